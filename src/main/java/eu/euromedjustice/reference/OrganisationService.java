package eu.euromedjustice.reference;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
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
import eu.euromedjustice.common.problem.ProblemException;

@ApplicationScoped
public class OrganisationService {

    public static final String PAGE_SCOPE = "organisations";

    private final OrganisationRepository organisations;
    private final CountryService countries;
    private final MergePatch mergePatch;
    private final References references;

    public OrganisationService(OrganisationRepository organisations, CountryService countries, MergePatch mergePatch,
            References references) {
        this.organisations = organisations;
        this.countries = countries;
        this.mergePatch = mergePatch;
        this.references = references;
    }

    public Page<OrganisationDto> list(OrganisationFilter filter, PageRequest page) {
        return organisations.findPage(filter, page).map(ReferenceMapper::toDto);
    }

    public OrganisationDto get(UUID id) {
        return ReferenceMapper.toDto(find(id));
    }

    @Transactional
    public OrganisationDto create(OrganisationInput input) {
        countries.requireKnown("countryCode", input.countryCode());
        Organisation organisation = new Organisation();
        ReferenceMapper.apply(input, organisation);
        organisations.persistAndFlush(organisation);
        return ReferenceMapper.toDto(organisation);
    }

    @Transactional
    public OrganisationDto replace(UUID id, IfMatch ifMatch, OrganisationInput input) {
        Organisation organisation = find(id);
        ifMatch.check(organisation.version());
        countries.requireKnown("countryCode", input.countryCode());
        ReferenceMapper.apply(input, organisation);
        organisations.flush();
        return ReferenceMapper.toDto(organisation);
    }

    @Transactional
    public OrganisationDto patch(UUID id, IfMatch ifMatch, JsonNode patch) {
        Organisation organisation = find(id);
        ifMatch.check(organisation.version());
        OrganisationInput input = mergePatch.apply(ReferenceMapper.toInput(organisation), patch, OrganisationInput.class);
        countries.requireKnown("countryCode", input.countryCode());
        ReferenceMapper.apply(input, organisation);
        organisations.flush();
        return ReferenceMapper.toDto(organisation);
    }

    @Transactional
    public void delete(UUID id, IfMatch ifMatch) {
        // locked against requireKnown: a reference being written now either shows in the check or finds no organisation
        Organisation organisation = organisations.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Organisation", id));
        ifMatch.check(organisation.version());
        references.requireUnreferenced(Organisation.class, id,
                "Organisation '" + (organisation.acronym == null ? id : organisation.acronym) + "'", "");
        organisations.delete(organisation);
        organisations.flush();
    }

    /**
     * For other features: an organisation id a client sent must name an existing organisation. The
     * row stays locked (shared where the database can) until the transaction ends, so that a
     * concurrent delete waits and then sees the new reference; H2 does not make foreign keys wait.
     */
    public void requireKnown(String field, UUID id) {
        if (id != null && organisations.findByIdOptional(id, LockModeType.PESSIMISTIC_READ).isEmpty()) {
            throw ProblemException.invalidField(field, "is not the id of an existing organisation");
        }
    }

    /** For other features: the names of the organisations of these ids that exist, by id. */
    public Map<UUID, LanguageMap> names(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : organisations.list("id in ?1", ids).stream()
                .collect(Collectors.toMap(organisation -> organisation.id, organisation -> organisation.name));
    }

    private Organisation find(UUID id) {
        return organisations.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Organisation", id));
    }
}
