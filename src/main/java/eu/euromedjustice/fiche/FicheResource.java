package eu.euromedjustice.fiche;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import eu.euromedjustice.common.http.IfMatchParam;
import eu.euromedjustice.common.http.Params;
import eu.euromedjustice.common.http.PublicCache;
import eu.euromedjustice.common.http.Responses;
import eu.euromedjustice.common.http.UpdatedSinceParam;
import eu.euromedjustice.common.i18n.LanguageTag;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageParams;
import eu.euromedjustice.common.problem.Problem;
import eu.euromedjustice.common.problem.ProblemException;
import eu.euromedjustice.reference.CountryCode;
import eu.euromedjustice.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/fiches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fiches")
public class FicheResource {

    private static final Pattern LANGUAGE = Pattern.compile(LanguageTag.PATTERN);
    private static final Pattern MEASURE_CODE = Pattern.compile(MeasureCode.PATTERN);
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");

    private final FicheService fiches;
    private final FicheWorkflow workflow;

    public FicheResource(FicheService fiches, FicheWorkflow workflow) {
        this.fiches = fiches;
        this.workflow = workflow;
    }

    @GET
    @PermitAll
    @PublicCache
    @Operation(operationId = "listFiches", summary = "List published fiches",
            description = "The current revision of every published fiche, by country and then measure, narrowed by the filters "
                    + "(all must hold). For example, which countries accept requests in English for A.11: measure=A.11&acceptedLanguage=en.")
    @APIResponse(responseCode = "200", description = "One page of fiches")
    public RestResponse<Page<FicheDto>> list(@BeanParam PageParams paging,
            @QueryParam("country") @Parameter(description = "Only fiches of these countries (repeat the parameter for several)",
                    schema = @Schema(type = SchemaType.ARRAY, maxItems = FicheService.MAX_COLUMNS,
                            implementation = CountryCode.class)) List<String> country,
            @QueryParam("measure") @Parameter(description = "Only fiches of this measure", example = "A.11",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 16)) String measure,
            @QueryParam("theme") @Parameter(description = "Only fiches of measures of this theme",
                    schema = @Schema(implementation = Theme.class)) String theme,
            @QueryParam("possibility") @Parameter(description = "Only fiches with this possibility",
                    schema = @Schema(implementation = Possibility.class)) String possibility,
            @QueryParam("acceptedLanguage") @Parameter(description = "Only countries that accept requests in this language "
                    + "(en also finds en-GB)", example = "en", schema = @Schema(type = SchemaType.STRING, maxLength = 15)) String language,
            @QueryParam("channel") @Parameter(description = "Only fiches that allow this channel",
                    schema = @Schema(implementation = Channel.class)) String channel,
            @QueryParam("dualCriminality") @Parameter(description = "Only fiches with this rule on dual criminality",
                    schema = @Schema(implementation = DualCriminality.class)) String dualCriminality,
            @QueryParam("q") @Parameter(description = "Words contained in any text of the fiche, in any language, ignoring case and accents",
                    example = "videoconference", schema = @Schema(type = SchemaType.STRING, maxLength = 200)) String text,
            @BeanParam UpdatedSinceParam updatedSince,
            @Context HttpHeaders headers, @Context UriInfo uriInfo) {
        FicheFilter filter = new FicheFilter(
                codes("country", country == null ? List.of() : country, COUNTRY_CODE, "must be ISO 3166-1 alpha-2 codes such as MA"),
                Params.optional(measure, raw -> Params.matching("measure", raw, MEASURE_CODE, MeasureCode.MESSAGE)),
                Params.enumValue("theme", theme, Theme.class),
                Params.enumValue("possibility", possibility, Possibility.class),
                Params.optional(language, raw -> Params.matching("acceptedLanguage", raw, LANGUAGE, LanguageTag.MESSAGE)),
                Params.enumValue("channel", channel, Channel.class),
                Params.enumValue("dualCriminality", dualCriminality, DualCriminality.class),
                Params.text("q", text, 200),
                updatedSince.toInstant());
        return Responses.page(headers, uriInfo, fiches.list(filter, paging.toRequest(FicheService.PAGE_SCOPE, filter)));
    }

    @GET
    @Path("/compare")
    @Produces({MediaType.APPLICATION_JSON, FicheComparisonCsv.MEDIA_TYPE})
    @PermitAll
    @PublicCache
    @Operation(operationId = "compareFiches", summary = "Compare fiches side by side, as JSON or as CSV",
            description = "Either one measure across countries (measure, and optionally countries: without them, every country with a "
                    + "published fiche of the measure), or one country across measures (country, and optionally measures). A named "
                    + "country or measure without a published fiche is a column marked NO_PUBLISHED_FICHE, without values. "
                    + "Accept: text/csv gives the same matrix as a spreadsheet: UTF-8 with a byte order mark, a row per language "
                    + "where the text depends on it.")
    @APIResponse(responseCode = "200", description = "The comparison", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FicheComparisonDto.class)),
            @Content(mediaType = FicheComparisonCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, maxLength = 10000000))})
    public FicheComparisonDto compare(
            @QueryParam("measure") @Parameter(description = "The measure to compare across countries", example = "A.11",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 16)) String measure,
            @QueryParam("countries") @Parameter(description = "Comma-separated countries, in the order of the columns", example = "DZ,MA,TN",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 400)) String countries,
            @QueryParam("country") @Parameter(description = "The country to compare across measures", example = "MA",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 2)) String country,
            @QueryParam("measures") @Parameter(description = "Comma-separated measure codes, in the order of the columns",
                    example = "A.11,A.50", schema = @Schema(type = SchemaType.STRING, maxLength = 2000)) String measures) {
        boolean byMeasure = measure != null && !measure.isEmpty();
        boolean byCountry = country != null && !country.isEmpty();
        if (byMeasure == byCountry) {
            throw ProblemException.invalidField("measure", "give either measure (to compare countries) or country (to compare measures)");
        }
        if (byMeasure) {
            if (measures != null) {
                throw ProblemException.invalidField("measures", "goes with country, not with measure");
            }
            return fiches.compare(null, Params.matching("measure", measure, MEASURE_CODE, MeasureCode.MESSAGE),
                    codes("countries", split(countries), COUNTRY_CODE, "must be ISO 3166-1 alpha-2 codes such as DZ,MA,TN"));
        }
        if (countries != null) {
            throw ProblemException.invalidField("countries", "goes with measure, not with country");
        }
        return fiches.compare(Params.countryCode("country", country), null,
                codes("measures", split(measures), MEASURE_CODE, "must be measure codes such as A.11,A.50"));
    }

    @GET
    @Path("/{country}/{measure}")
    @PermitAll
    @PublicCache
    @Operation(operationId = "getFiche", summary = "Get the fiche of a country for a measure",
            description = "Its current revision, or with asOf the revision that was in force that day. 404 when there is none "
                    + "(never published, archived, or not yet valid then).")
    @APIResponse(responseCode = "200", description = "The fiche")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    public RestResponse<FicheDto> get(@BeanParam FicheKey key,
            @QueryParam("asOf") @Parameter(description = "The day whose revision to show", example = "2018-01-31",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10)) String asOf,
            @Context HttpHeaders headers) {
        String country = key.country();
        String measure = key.measure();
        LocalDate day = Params.date("asOf", asOf);
        if (day != null) {
            return Responses.conditionalGet(headers, () -> fiches.versionOn(country, measure, day),
                    () -> fiches.validOn(country, measure, day));
        }
        FicheService.Current current = fiches.current(country, measure);
        return Responses.conditionalGet(headers, current.version(), current.fiche());
    }

    @GET
    @Path("/{country}/{measure}/revisions")
    @PermitAll
    @PublicCache
    @Operation(operationId = "listFicheRevisions", summary = "List the revisions of a fiche",
            description = "Every published revision, oldest first: when and by whom it was published, its period of validity, "
                    + "and what it changed.")
    @APIResponse(responseCode = "200", description = "One page of revisions")
    public RestResponse<Page<FicheRevisionDto>> revisions(@BeanParam FicheKey key, @BeanParam PageParams paging,
            @Context HttpHeaders headers, @Context UriInfo uriInfo) {
        String country = key.country();
        String measure = key.measure();
        return Responses.page(headers, uriInfo, fiches.revisions(country, measure,
                paging.toRequest(FicheService.REVISIONS_SCOPE, country + "/" + measure)));
    }

    @GET
    @Path("/{country}/{measure}/revisions/{number}")
    @PermitAll
    @PublicCache
    @Operation(operationId = "getFicheRevision", summary = "Get one revision of a fiche")
    @APIResponse(responseCode = "200", description = "The revision")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    public RestResponse<FicheDto> revision(@BeanParam FicheKey key, @PathParam("number") @Parameter(description = "The revision's number",
            example = "1", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "2147483647")) String number,
            @Context HttpHeaders headers) {
        int revision = revisionNumber("number", number);
        return Responses.conditionalGet(headers, () -> fiches.revisionVersion(key.country(), key.measure(), revision),
                () -> fiches.revision(key.country(), key.measure(), revision));
    }

    @GET
    @Path("/{country}/{measure}/revisions/{number}/diff")
    @PermitAll
    @PublicCache
    @Operation(operationId = "diffFicheRevisions", summary = "What a revision changed",
            description = "The content fields that differ between revision number and revision against (by default the one before), "
                    + "each with its value before and after.")
    @APIResponse(responseCode = "200", description = "The changed fields")
    public FicheDiffDto diff(@BeanParam FicheKey key, @PathParam("number") @Parameter(description = "The later revision's number",
            example = "2", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "2147483647")) String number,
            @QueryParam("against") @Parameter(description = "The earlier revision's number; by default number - 1", example = "1",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "2147483647")) String against) {
        Integer earlier = against == null || against.isEmpty() ? null : revisionNumber("against", against);
        return fiches.diff(key.country(), key.measure(), revisionNumber("number", number), earlier);
    }

    @POST
    @Path("/{country}/{measure}/archive")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "archiveFiche", summary = "Archive a published fiche",
            description = "From today the fiche has no current revision and leaves the lists; its revisions stay readable, and a new "
                    + "draft can be published later. Honours If-Match (the fiche's ETag) when sent.")
    @APIResponse(responseCode = "200", description = "The revision that was current, now valid until today")
    @APIResponse(responseCode = "409", description = "The fiche is not published (archived already)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<FicheDto> archive(@BeanParam FicheKey key, @BeanParam IfMatchParam.Optional ifMatch) {
        return Responses.ok(workflow.archive(key.country(), key.measure(), ifMatch.toPrecondition()));
    }

    private static int revisionNumber(String field, String raw) {
        if (raw == null || raw.isEmpty()) {
            throw ProblemException.invalidField(field, "must be a revision number from 1");
        }
        return (int) Params.number(field, raw, 1, Integer.MAX_VALUE, 0);
    }

    private static List<String> split(String raw) {
        return raw == null || raw.isBlank() ? List.of() : List.of(raw.split(",", -1));
    }

    /** Codes of a list parameter: each well-formed, none twice, at most as many as a comparison shows. */
    private static List<String> codes(String field, List<String> raw, Pattern pattern, String message) {
        if (raw.size() > FicheService.MAX_COLUMNS) {
            throw ProblemException.invalidField(field, "must name at most " + FicheService.MAX_COLUMNS);
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String code : raw) {
            if (!codes.add(Params.matching(field, code.strip(), pattern, message))) {
                throw ProblemException.invalidField(field, "names " + code.strip() + " twice");
            }
        }
        return new ArrayList<>(codes);
    }
}
