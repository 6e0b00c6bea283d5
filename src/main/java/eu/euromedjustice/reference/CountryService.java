package eu.euromedjustice.reference;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

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

    /** For other features: the countries of a region and those of the codes, by code, in one query. */
    public List<CountryDto> inRegionOr(Region region, Collection<String> codes) {
        return countries.list("region = ?1 or code in ?2 order by code", region, codes.isEmpty() ? List.of("") : codes).stream()
                .map(ReferenceMapper::toDto).toList();
    }

    /** For other features: a country code a client sent must name a known country. */
    public void requireKnown(String field, String code) {
        if (code != null && countries.findByIdOptional(code).isEmpty()) {
            throw ProblemException.invalidField(field, "is not a known country code");
        }
    }

    /** The same for several codes, looked up in one query. */
    public void requireKnown(String field, Collection<String> codes) {
        if (!codes.isEmpty() && countries.count("code in ?1", codes) < codes.stream().distinct().count()) {
            throw ProblemException.invalidField(field, "is not a known country code");
        }
    }
}
