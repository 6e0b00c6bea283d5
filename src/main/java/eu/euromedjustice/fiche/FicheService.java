package eu.euromedjustice.fiche;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageRequest;
import eu.euromedjustice.common.problem.ProblemException;
import eu.euromedjustice.common.problem.ProblemType;
import eu.euromedjustice.reference.CountryService;
import eu.euromedjustice.reference.OrganisationService;

/** Reading published fiches: the current revision, the one valid on a day, the history and its diffs, lists and comparisons. */
@ApplicationScoped
public class FicheService {

    public static final String PAGE_SCOPE = "fiches";
    public static final String REVISIONS_SCOPE = "fiche-revisions";
    /** The most columns a comparison shows. */
    public static final int MAX_COLUMNS = 100;

    private final FicheRepository fiches;
    private final FicheRevisionRepository revisions;
    private final MeasureService measures;
    private final CountryService countries;
    private final OrganisationService organisations;

    public FicheService(FicheRepository fiches, FicheRevisionRepository revisions, MeasureService measures, CountryService countries,
            OrganisationService organisations) {
        this.fiches = fiches;
        this.revisions = revisions;
        this.measures = measures;
        this.countries = countries;
        this.organisations = organisations;
    }

    /** The current revision of a fiche: its version (the ETag), and the fiche itself, made only when it is sent. */
    public record Current(long version, Supplier<FicheDto> fiche) {
    }

    /** The current revision, or 404 when there is none; one read of the fiche row answers a matching If-None-Match. */
    public Current current(String country, String measure) {
        Fiche fiche = published(country, measure);
        return new Current(fiche.version(), () -> FicheMapper.toDto(fiche, measures.find(measure)));
    }

    public FicheDto validOn(String country, String measure, LocalDate day) {
        Fiche fiche = withRevisions(country, measure);
        FicheRevision revision = revisions.findValidOn(fiche.id, day).orElseThrow(() -> new ProblemException(
                ProblemType.NOT_FOUND,
                "Fiche '" + fiche.key() + "' had no revision in force on " + day + "."));
        return FicheMapper.toDto(fiche, measures.find(measure), revision);
    }

    /** The version that {@link #validOn} shows, in one query; when there is none, validOn answers with its problem. */
    public long versionOn(String country, String measure, LocalDate day) {
        return revisions.findVersionValidOn(country, measure, day).orElseGet(() -> validOn(country, measure, day).version());
    }

    public Page<FicheRevisionDto> revisions(String country, String measure, PageRequest page) {
        Fiche fiche = withRevisions(country, measure);
        return revisions.findPage(fiche.id, page).map(FicheMapper::toSummary);
    }

    public FicheDto revision(String country, String measure, int number) {
        Fiche fiche = withRevisions(country, measure);
        return FicheMapper.toDto(fiche, measures.find(measure), revision(fiche, number));
    }

    /** The version that {@link #revision} shows, in one query; when there is none, revision answers with its problem. */
    public long revisionVersion(String country, String measure, int number) {
        return revisions.findVersion(country, measure, number).orElseGet(() -> revision(country, measure, number).version());
    }

    /**
     * What changed from revision {@code against} (by default the one before) to revision
     * {@code number}; for revision 1 by default, every field it has, against nothing.
     */
    public FicheDiffDto diff(String country, String measure, int number, Integer against) {
        Fiche fiche = withRevisions(country, measure);
        FicheRevision after = revision(fiche, number);
        Integer earlier = against != null ? against : number > 1 ? Integer.valueOf(number - 1) : null;
        FicheRevision before = earlier == null ? null : revisions.find(fiche.id, earlier)
                .orElseThrow(() -> ProblemException.invalidField("against", "fiche " + fiche.key() + " has no revision " + earlier));
        return new FicheDiffDto(fiche.countryCode, fiche.measureCode, number, earlier,
                FicheFields.diff(before == null ? null : before.content, after.content), FicheDisclaimer.TEXT);
    }

    public Page<FicheDto> list(FicheFilter filter, PageRequest page) {
        Page<Fiche> found = fiches.findPublished(filter, page);
        Map<String, Measure> measuresByCode = measures.byCode(found.items().stream().map(fiche -> fiche.measureCode).collect(Collectors.toSet()));
        return found.map(fiche -> FicheMapper.toDto(fiche, measuresByCode.get(fiche.measureCode)));
    }

    /**
     * One measure across countries ({@code countryCode} null), or one country across measures: the
     * given keys in their order, each marked when it has no published fiche, or, when none are given,
     * every key with a published fiche.
     */
    public FicheComparisonDto compare(String countryCode, String measureCode, List<String> keys) {
        boolean acrossCountries = countryCode == null;
        List<Fiche> found = fiches.findPublished(countryCode, measureCode, keys);
        Function<Fiche, String> keyOf = fiche -> acrossCountries ? fiche.countryCode : fiche.measureCode;
        Map<String, Fiche> byKey = found.stream().collect(Collectors.toMap(keyOf, Function.identity()));
        // a fiche's country and measure exist (foreign keys): only the codes without one are looked up, each
        // kind in one query, so that a comparison costs three statements however many columns it has
        List<String> withoutFiche = keys.stream().filter(key -> !byKey.containsKey(key)).toList();
        if (acrossCountries) {
            if (found.isEmpty()) {
                requireMeasures("measure", List.of(measureCode));
            }
            countries.requireKnown("countries", withoutFiche);
        } else {
            if (found.isEmpty()) {
                countries.requireKnown("country", countryCode);
            }
            requireMeasures("measures", withoutFiche);
        }
        List<String> shown = keys.isEmpty() ? found.stream().map(keyOf).toList() : keys;

        List<FicheComparisonDto.Column> columns = new ArrayList<>();
        Map<String, Map<String, JsonNode>> valuesByKey = new LinkedHashMap<>();
        for (String key : shown) {
            Fiche fiche = byKey.get(key);
            String country = acrossCountries ? key : countryCode;
            String measure = acrossCountries ? measureCode : key;
            if (fiche == null) {
                columns.add(new FicheComparisonDto.Column(key, country, measure, FicheComparisonDto.ColumnStatus.NO_PUBLISHED_FICHE, null, null));
            } else {
                columns.add(new FicheComparisonDto.Column(key, country, measure, FicheComparisonDto.ColumnStatus.PUBLISHED, fiche.revision,
                        fiche.validFrom));
                valuesByKey.put(key, FicheFields.values(fiche.content));
            }
        }
        List<FicheComparisonDto.Row> rows = new ArrayList<>();
        for (String field : FicheFields.NAMES) {
            Map<String, JsonNode> values = new LinkedHashMap<>();
            Set<JsonNode> distinct = new HashSet<>();
            valuesByKey.forEach((key, fieldValues) -> {
                JsonNode value = fieldValues.get(field);
                distinct.add(value == null ? NullNode.instance : value);
                if (value != null) {
                    values.put(key, value);
                }
            });
            rows.add(new FicheComparisonDto.Row(field, distinct.size() > 1, values));
        }
        Set<UUID> authorities = new HashSet<>();
        byKey.values().forEach(fiche -> Stream.of(fiche.content.receivingAuthority(), fiche.content.executingAuthority())
                .filter(authority -> authority != null && authority.organisationId() != null)
                .forEach(authority -> authorities.add(authority.organisationId())));
        Map<String, LanguageMap> names = new TreeMap<>();
        organisations.names(authorities).forEach((id, name) -> names.put(id.toString(), name));
        return new FicheComparisonDto(acrossCountries ? measureCode : null, countryCode, columns, rows, names, FicheDisclaimer.TEXT);
    }

    private void requireMeasures(String field, List<String> codes) {
        Map<String, Measure> known = measures.byCode(codes);
        for (String code : codes) {
            if (!known.containsKey(code)) {
                throw ProblemException.invalidField(field, "'" + code + "' is not the code of an existing measure");
            }
        }
    }

    private FicheRevision revision(Fiche fiche, int number) {
        return revisions.find(fiche.id, number)
                .orElseThrow(() -> ProblemException.notFound("Revision " + number + " of fiche", fiche.key()));
    }

    /** The fiche, if it is published now. */
    private Fiche published(String country, String measure) {
        Fiche fiche = withRevisions(country, measure);
        if (!fiche.isPublished()) {
            throw new ProblemException(ProblemType.NOT_FOUND, "Fiche '" + fiche.key()
                    + "' was archived on " + fiche.archivedOn + "; its revisions remain readable.");
        }
        return fiche;
    }

    /** The fiche, if it was ever published. */
    private Fiche withRevisions(String country, String measure) {
        return fiches.find(country, measure).filter(fiche -> fiche.revision != null)
                .orElseThrow(() -> ProblemException.notFound("Fiche", country + "/" + measure));
    }
}
