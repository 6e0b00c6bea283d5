package eu.euromedjustice.fiche;

import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.JsonNode;
import eu.euromedjustice.common.http.IfMatchParam;
import eu.euromedjustice.common.http.Params;
import eu.euromedjustice.common.http.PublicCache;
import eu.euromedjustice.common.http.Responses;
import eu.euromedjustice.common.http.UpdatedSinceParam;
import eu.euromedjustice.common.json.MergePatch;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageParams;
import eu.euromedjustice.common.problem.Problem;
import eu.euromedjustice.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/measures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fiches")
public class MeasureResource {

    private static final String FICHES_SHOW = "Fiches show their measure's theme and title: when either changes, so do the ETag and "
            + "updatedAt of each of its fiches and revisions.";

    private static final Pattern CODE = Pattern.compile(MeasureCode.PATTERN);

    private final MeasureService measures;

    public MeasureResource(MeasureService measures) {
        this.measures = measures;
    }

    @GET
    @PermitAll
    @PublicCache
    @Operation(operationId = "listMeasures", summary = "List the measures of the catalogue",
            description = "Judicial-cooperation measures in code order, optionally of one theme or matching a text.")
    @APIResponse(responseCode = "200", description = "One page of measures")
    public RestResponse<Page<MeasureDto>> list(@BeanParam PageParams paging,
            @QueryParam("theme") @Parameter(description = "Only measures of this theme",
                    schema = @Schema(implementation = Theme.class)) String theme,
            @QueryParam("q") @Parameter(description = "Words contained in the code, a title or a description (any language), "
                    + "ignoring case and accents", example = "interception", schema = @Schema(type = SchemaType.STRING, maxLength = 200)) String text,
            @BeanParam UpdatedSinceParam updatedSince,
            @Context HttpHeaders headers, @Context UriInfo uriInfo) {
        MeasureFilter filter = new MeasureFilter(Params.enumValue("theme", theme, Theme.class), Params.text("q", text, 200),
                updatedSince.toInstant());
        return Responses.page(headers, uriInfo, measures.list(filter, paging.toRequest(MeasureService.PAGE_SCOPE, filter)));
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @PublicCache
    @Operation(operationId = "getMeasure", summary = "Get a measure by its code")
    @APIResponse(responseCode = "200", description = "The measure")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    public RestResponse<MeasureDto> get(@BeanParam CodeParam code, @Context HttpHeaders headers) {
        return Responses.conditionalGet(headers, measures.get(code.value()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "createMeasure", summary = "Add a measure to the catalogue")
    @APIResponse(responseCode = "201", description = "Created; Location names the new measure",
            content = @Content(schema = @Schema(implementation = MeasureDto.class)))
    @APIResponse(responseCode = "409", description = "A measure with this code exists already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<MeasureDto> create(@Valid @NotNull MeasureInput body, @Context UriInfo uriInfo) {
        return Responses.created(uriInfo, measures.create(body));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{code}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "replaceMeasure", summary = "Replace a measure",
            description = "The code cannot change. Needs If-Match with the measure's current ETag. " + FICHES_SHOW)
    @APIResponse(responseCode = "200", description = "The measure as replaced")
    public RestResponse<MeasureDto> replace(@BeanParam CodeParam code, @BeanParam IfMatchParam.Required ifMatch,
            @Valid @NotNull MeasureInput body) {
        return Responses.ok(measures.replace(code.value(), ifMatch.toPrecondition(), body));
    }

    @PATCH
    @Path("/{code}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "patchMeasure", summary = "Change some properties of a measure",
            description = "JSON Merge Patch (RFC 7396). Needs If-Match with the measure's current ETag. " + FICHES_SHOW)
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = MeasureInput.class), example = "{\"relatedMeasureCodes\": [\"A.50\"]}"))
    @APIResponse(responseCode = "200", description = "The measure as changed")
    public RestResponse<MeasureDto> patch(@BeanParam CodeParam code, @BeanParam IfMatchParam.Required ifMatch, JsonNode patch) {
        return Responses.ok(measures.patch(code.value(), ifMatch.toPrecondition(), patch));
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "deleteMeasure", summary = "Delete a measure",
            description = "A measure that fiches, drafts or other measures refer to cannot be deleted. Honours If-Match when sent.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Something still refers to the measure; the detail names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@BeanParam CodeParam code, @BeanParam IfMatchParam.Optional ifMatch) {
        measures.delete(code.value(), ifMatch.toPrecondition());
    }

    /** The {code} path parameter, documented once. */
    public static class CodeParam {

        @PathParam("code")
        @Parameter(description = "Measure code", example = "A.11",
                schema = @Schema(type = SchemaType.STRING, maxLength = 16, pattern = "^" + MeasureCode.PATTERN + "$"))
        public String raw;

        String value() {
            return Params.matching("code", raw, CODE, MeasureCode.MESSAGE);
        }
    }
}
