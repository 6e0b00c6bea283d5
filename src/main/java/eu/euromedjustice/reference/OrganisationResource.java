package eu.euromedjustice.reference;

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

@Path("/api/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
public class OrganisationResource {

    private final OrganisationService organisations;

    public OrganisationResource(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GET
    @PermitAll
    @PublicCache
    @Operation(operationId = "listOrganisations", summary = "List organisations",
            description = "Organisations in creation order, optionally filtered by type, country and free text.")
    @APIResponse(responseCode = "200", description = "One page of organisations")
    public RestResponse<Page<OrganisationDto>> list(@BeanParam PageParams paging,
            @QueryParam("type") @Parameter(description = "Only organisations of this type",
                    schema = @Schema(implementation = OrganisationType.class)) String type,
            @QueryParam("country") @Parameter(description = "Only organisations of this country (ISO 3166-1 alpha-2)",
                    example = "TN", schema = @Schema(type = SchemaType.STRING, maxLength = 2, pattern = "^[A-Z]{2}$")) String country,
            @QueryParam("q") @Parameter(description = "Text contained in the acronym or a name (any language), case-insensitive",
                    example = "justice", schema = @Schema(type = SchemaType.STRING, maxLength = 200)) String text,
            @BeanParam UpdatedSinceParam updatedSince,
            @Context HttpHeaders headers, @Context UriInfo uriInfo) {
        OrganisationFilter filter = new OrganisationFilter(
                Params.enumValue("type", type, OrganisationType.class),
                Params.optional(country, raw -> Params.countryCode("country", raw)),
                Params.text("q", text, 200),
                updatedSince.toInstant());
        return Responses.page(headers, uriInfo,
                organisations.list(filter, paging.toRequest(OrganisationService.PAGE_SCOPE, filter)));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @PublicCache
    @Operation(operationId = "getOrganisation", summary = "Get an organisation",
            description = "Public reference data. The ETag is the version; send it as If-None-Match to poll cheaply.")
    @APIResponse(responseCode = "200", description = "The organisation")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    public RestResponse<OrganisationDto> get(@PathParam("id") @Parameter(description = "Organisation id (UUID)") String id,
            @Context HttpHeaders headers) {
        OrganisationDto organisation = organisations.get(Params.uuid("id", id));
        return Responses.conditionalGet(headers, organisation);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "createOrganisation", summary = "Create an organisation")
    @APIResponse(responseCode = "201", description = "Created; Location names the new organisation",
            content = @Content(schema = @Schema(implementation = OrganisationDto.class)))
    public RestResponse<OrganisationDto> create(@Valid @NotNull OrganisationInput body, @Context UriInfo uriInfo) {
        OrganisationDto organisation = organisations.create(body);
        return Responses.created(uriInfo, organisation);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "replaceOrganisation", summary = "Replace an organisation",
            description = "Needs If-Match with the organisation's current ETag.")
    @APIResponse(responseCode = "200", description = "The organisation as replaced")
    public RestResponse<OrganisationDto> replace(@PathParam("id") String id,
            @BeanParam IfMatchParam.Required ifMatch,
            @Valid @NotNull OrganisationInput body) {
        OrganisationDto organisation = organisations.replace(Params.uuid("id", id), ifMatch.toPrecondition(), body);
        return Responses.ok(organisation);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "patchOrganisation", summary = "Change some properties of an organisation",
            description = "JSON Merge Patch (RFC 7396): name the properties to change; null removes an optional one. "
                    + "Needs If-Match with the organisation's current ETag.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = OrganisationInput.class), example = "{\"website\": \"https://www.eurojust.europa.eu\"}"))
    @APIResponse(responseCode = "200", description = "The organisation as changed")
    public RestResponse<OrganisationDto> patch(@PathParam("id") String id,
            @BeanParam IfMatchParam.Required ifMatch,
            JsonNode patch) {
        OrganisationDto organisation = organisations.patch(Params.uuid("id", id), ifMatch.toPrecondition(), patch);
        return Responses.ok(organisation);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "deleteOrganisation", summary = "Delete an organisation",
            description = "An organisation that members or memberships refer to cannot be deleted. Honours If-Match when sent.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Something still refers to the organisation; the detail names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") String id,
            @BeanParam IfMatchParam.Optional ifMatch) {
        organisations.delete(Params.uuid("id", id), ifMatch.toPrecondition());
    }
}
