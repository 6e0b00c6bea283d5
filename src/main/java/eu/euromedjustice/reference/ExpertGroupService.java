package eu.euromedjustice.reference;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import eu.euromedjustice.common.http.Preconditions.IfMatch;
import eu.euromedjustice.common.json.MergePatch;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageRequest;
import eu.euromedjustice.common.persistence.References;
import eu.euromedjustice.common.problem.ProblemException;

@ApplicationScoped
public class ExpertGroupService {

    public static final String PAGE_SCOPE = "expert-groups";

    private final ExpertGroupRepository groups;
    private final MergePatch mergePatch;
    private final References references;

    public ExpertGroupService(ExpertGroupRepository groups, MergePatch mergePatch, References references) {
        this.groups = groups;
        this.mergePatch = mergePatch;
        this.references = references;
    }

    public Page<ExpertGroupDto> list(Instant updatedSince, PageRequest page) {
        return groups.findPage(updatedSince, page).map(ReferenceMapper::toDto);
    }

    public ExpertGroupDto get(String code) {
        return ReferenceMapper.toDto(find(code));
    }

    @Transactional
    public ExpertGroupDto create(ExpertGroupInput input) {
        if (input.code() == null) {
            throw ProblemException.invalidField("code", "must not be null");
        }
        if (groups.findByIdOptional(input.code()).isPresent()) {
            throw ProblemException.conflict("An expert group with code '" + input.code() + "' already exists.");
        }
        requireOrderedPeriod(input);
        ExpertGroup group = new ExpertGroup();
        group.code = input.code();
        ReferenceMapper.apply(input, group);
        groups.persistAndFlush(group);
        return ReferenceMapper.toDto(group);
    }

    @Transactional
    public ExpertGroupDto replace(String code, IfMatch ifMatch, ExpertGroupInput input) {
        ExpertGroup group = find(code);
        ifMatch.check(group.version());
        update(group, input);
        return ReferenceMapper.toDto(group);
    }

    @Transactional
    public ExpertGroupDto patch(String code, IfMatch ifMatch, JsonNode patch) {
        ExpertGroup group = find(code);
        ifMatch.check(group.version());
        update(group, mergePatch.apply(ReferenceMapper.toInput(group), patch, ExpertGroupInput.class));
        return ReferenceMapper.toDto(group);
    }

    @Transactional
    public void delete(String code, IfMatch ifMatch) {
        // locked against requireKnown, as for organisations
        ExpertGroup group = groups.findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Expert group", code));
        ifMatch.check(group.version());
        references.requireUnreferenced(ExpertGroup.class, code, "Expert group '" + code + "'", "");
        groups.delete(group);
        groups.flush();
    }

    private void update(ExpertGroup group, ExpertGroupInput input) {
        if (input.code() != null && !input.code().equals(group.code)) {
            throw ProblemException.invalidField("code", "is the key of this expert group and cannot change");
        }
        requireOrderedPeriod(input);
        ReferenceMapper.apply(input, group);
        groups.flush();
    }

    private static void requireOrderedPeriod(ExpertGroupInput input) {
        if (input.startDate() != null && input.endDate() != null && input.endDate().isBefore(input.startDate())) {
            throw ProblemException.invalidField("endDate", "must not be before startDate");
        }
    }

    /** For other features: an expert group code a client sent must name an existing group. */
    public void requireKnown(String field, String code) {
        // locked until the transaction ends, so that a concurrent delete sees the new reference (see OrganisationService)
        if (code != null && groups.findByIdOptional(code, LockModeType.PESSIMISTIC_READ).isEmpty()) {
            throw ProblemException.invalidField(field, "is not the code of an existing expert group");
        }
    }

    private ExpertGroup find(String code) {
        return groups.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("Expert group", code));
    }
}
