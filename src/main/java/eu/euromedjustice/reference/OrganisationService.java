package eu.euromedjustice.reference;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import eu.euromedjustice.common.http.Preconditions.IfMatch;
import eu.euromedjustice.common.json.MergePatch;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageRequest;
import eu.euromedjustice.common.problem.ProblemException;

@ApplicationScoped
public class OrganisationService {

    public static final String PAGE_SCOPE = "organisations";

    private final OrganisationRepository organisations;
    private final CountryService countries;
    private final MergePatch mergePatch;

    public OrganisationService(OrganisationRepository organisations, CountryService countries, MergePatch mergePatch) {
        this.organisations = organisations;
        this.countries = countries;
        this.mergePatch = mergePatch;
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
        Organisation organisation = find(id);
        ifMatch.check(organisation.version());
        organisations.delete(organisation);
        organisations.flush();
    }

    private Organisation find(UUID id) {
        return organisations.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Organisation", id));
    }
}
