package eu.euromedjustice.reference;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageRequest;
import eu.euromedjustice.common.problem.ProblemException;

@ApplicationScoped
public class CountryService {

    public static final String PAGE_SCOPE = "countries";

    private final CountryRepository countries;

    public CountryService(CountryRepository countries) {
        this.countries = countries;
    }

    public Page<CountryDto> list(Region region, Instant updatedSince, PageRequest page) {
        return countries.findPage(region, updatedSince, page).map(ReferenceMapper::toDto);
    }

    public CountryDto get(String code) {
        return countries.findByIdOptional(code).map(ReferenceMapper::toDto)
                .orElseThrow(() -> ProblemException.notFound("Country", code));
    }

    /** For other features: a country code a client sent must name a known country. */
    public void requireKnown(String field, String code) {
        if (code != null && countries.findByIdOptional(code).isEmpty()) {
            throw ProblemException.invalidField(field, "is not a known country code");
        }
    }
}
