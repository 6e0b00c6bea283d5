package eu.euromedjustice.fiche;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import eu.euromedjustice.common.http.Preconditions.IfMatch;
import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.json.MergePatch;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageRequest;
import eu.euromedjustice.common.persistence.References;
import eu.euromedjustice.common.persistence.TagColumn;
import eu.euromedjustice.common.problem.ProblemException;

@ApplicationScoped
public class MeasureService {

    public static final String PAGE_SCOPE = "measures";

    private final MeasureRepository measures;
    private final FicheRepository fiches;
    private final FicheRevisionRepository revisions;
    private final MergePatch mergePatch;
    private final References references;

    public MeasureService(MeasureRepository measures, FicheRepository fiches, FicheRevisionRepository revisions, MergePatch mergePatch,
            References references) {
        this.measures = measures;
        this.fiches = fiches;
        this.revisions = revisions;
        this.mergePatch = mergePatch;
        this.references = references;
    }

    public Page<MeasureDto> list(MeasureFilter filter, PageRequest page) {
        return measures.findPage(filter, page).map(FicheMapper::toDto);
    }

    public MeasureDto get(String code) {
        return FicheMapper.toDto(find(code));
    }

    @Transactional
    public MeasureDto create(MeasureInput input) {
        if (input.code() == null) {
            throw ProblemException.invalidField("code", "must not be null");
        }
        if (measures.findByIdOptional(input.code()).isPresent()) {
            throw ProblemException.conflict("A measure with code '" + input.code() + "' already exists.");
        }
        Measure measure = new Measure();
        measure.code = input.code();
        apply(input, measure);
        measures.persistAndFlush(measure);
        return FicheMapper.toDto(measure);
    }

    @Transactional
    public MeasureDto replace(String code, IfMatch ifMatch, MeasureInput input) {
        Measure measure = find(code);
        ifMatch.check(measure.version());
        update(measure, input);
        return FicheMapper.toDto(measure);
    }

    @Transactional
    public MeasureDto patch(String code, IfMatch ifMatch, JsonNode patch) {
        Measure measure = find(code);
        ifMatch.check(measure.version());
        update(measure, mergePatch.apply(FicheMapper.toInput(measure), patch, MeasureInput.class));
        return FicheMapper.toDto(measure);
    }

    @Transactional
    public void delete(String code, IfMatch ifMatch) {
        // locked against requireKnown, as for organisations: a reference written now shows in the checks
        Measure measure = measures.findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Measure", code));
        ifMatch.check(measure.version());
        List<String> relating = measures.codesRelatedTo(code);
        if (!relating.isEmpty()) {
            throw ProblemException.conflict("Measure '" + code + "' is still a related measure of " + String.join(", ", relating)
                    + ". Remove it from their relatedMeasureCodes first.");
        }
        references.requireUnreferenced(Measure.class, code, "Measure '" + code + "'", "");
        measures.delete(measure);
        measures.flush();
    }

    /**
     * For fiches: every code a client sent must name an existing measure other than {@code self}.
     * The rows stay locked (shared where the database can) until the transaction ends, as in
     * OrganisationService.requireKnown.
     */
    public void requireKnown(String field, Collection<String> codes, String self) {
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            if (code.equals(self)) {
                throw ProblemException.invalidField(field, "must not name the measure itself (" + self + ")");
            }
            if (!seen.add(code)) {
                throw ProblemException.invalidField(field, "names " + code + " twice");
            }
            if (measures.findByIdOptional(code, LockModeType.PESSIMISTIC_READ).isEmpty()) {
                throw ProblemException.invalidField(field, "'" + code + "' is not the code of an existing measure");
            }
        }
    }

    /** The measures of these codes by code, those that exist. */
    Map<String, Measure> byCode(Collection<String> codes) {
        return measures.findByCodes(codes).stream().collect(Collectors.toMap(measure -> measure.code, Function.identity()));
    }

    Measure find(String code) {
        return measures.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("Measure", code));
    }

    /**
     * Every fiche and revision shows its measure's theme and title: when either changes, their
     * versions (ETags) and updatedAt move on too, so that no cache or partner keeps the old ones.
     * All the measure's fiches are locked first, before the measure's row is written (a fiche's
     * writes lock the fiche, then read measures): one published meanwhile is seen published, and touched.
     */
    private void update(Measure measure, MeasureInput input) {
        List<Fiche> shown = fiches.findLockedOf(measure.code).stream().filter(fiche -> fiche.revision != null).toList();
        Theme theme = measure.theme;
        LanguageMap title = measure.title;
        apply(input, measure);
        if (measure.theme != theme || !Objects.equals(measure.title, title)) {
            shown.forEach(Fiche::touch);
            revisions.findOf(shown.stream().map(fiche -> fiche.id).toList()).forEach(FicheRevision::touch);
        }
        measures.flush();
    }

    private void apply(MeasureInput input, Measure measure) {
        if (input.code() != null && !input.code().equals(measure.code)) {
            throw ProblemException.invalidField("code", "is the key of this measure and cannot change");
        }
        List<String> related = input.relatedMeasureCodes() == null ? List.of() : input.relatedMeasureCodes();
        requireKnown("relatedMeasureCodes", related, measure.code);
        measure.theme = input.theme();
        measure.title = input.title();
        measure.description = input.description();
        measure.relatedCodes = TagColumn.encode(related);
    }
}
