package eu.euromedjustice.roadmap;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import eu.euromedjustice.common.http.Params;
import eu.euromedjustice.common.http.Responses;
import eu.euromedjustice.common.http.UpdatedSinceParam;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageParams;
import eu.euromedjustice.common.problem.Problem;
import eu.euromedjustice.security.Roles;
import eu.euromedjustice.security.Viewer;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.Cache;
import org.jboss.resteasy.reactive.RestResponse;

/** Progress reports on a roadmap, made at meetings: read as the roadmap is; never changed once made. */
@Path("/api/v1/roadmaps/{id}/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Roadmaps")
@Cache(isPrivate = true, noCache = true)
public class ProgressReportResource {

    private final ProgressReportService reports;
    private final SecurityIdentity identity;

    public ProgressReportResource(ProgressReportService reports, SecurityIdentity identity) {
        this.reports = reports;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.MEMBER, Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "listProgressReports", summary = "List a roadmap's progress reports",
            description = "By the day reported, oldest first; with updatedSince, in the order of change.")
    @APIResponse(responseCode = "200", description = "One page of progress reports")
    public RestResponse<Page<ProgressReportDto>> list(@PathParam("id") @Parameter(description = "Roadmap id (UUID)") String id,
            @BeanParam PageParams paging, @BeanParam UpdatedSinceParam updatedSince, @Context HttpHeaders headers,
            @Context UriInfo uriInfo) {
        UUID roadmapId = Params.uuid("id", id);
        Instant since = updatedSince.toInstant();
        return Responses.page(headers, uriInfo, reports.list(roadmapId, since, viewer(),
                paging.toRequest(ProgressReportService.PAGE_SCOPE, roadmapId + " " + since)));
    }

    @GET
    @Path("/{reportId}")
    @RolesAllowed({Roles.PARTNER, Roles.MEMBER, Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "getProgressReport", summary = "Get a progress report")
    @APIResponse(responseCode = "200", description = "The progress report")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    public RestResponse<ProgressReportDto> get(@PathParam("id") String id,
            @PathParam("reportId") @Parameter(description = "Progress report id (UUID)") String reportId, @Context HttpHeaders headers) {
        UUID roadmapId = Params.uuid("id", id);
        UUID report = Params.uuid("reportId", reportId);
        Viewer viewer = viewer();
        return Responses.conditionalGet(headers, () -> reports.version(roadmapId, report, viewer),
                () -> reports.get(roadmapId, report, viewer));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MEMBER, Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "addProgressReport", summary = "Add a progress report",
            description = "A report made at a meeting on an adopted roadmap that is not closed. Its milestone updates are "
                    + "applied with it, all or none: when one is refused, nothing is recorded. An ADOPTED roadmap becomes "
                    + "IN_PROGRESS once work on a milestone has begun. EDITOR and ADMIN report on any roadmap; a MEMBER on the "
                    + "roadmaps of their own country, as themselves.")
    @APIResponse(responseCode = "201", description = "Added; Location names the new report",
            content = @Content(schema = @Schema(implementation = ProgressReportDto.class)))
    @APIResponse(responseCode = "409", description = "The roadmap is a draft or closed, or a milestone's status change is "
            + "not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ProgressReportDto> add(@PathParam("id") String id, @Valid @NotNull ProgressReportInput body,
            @Context UriInfo uriInfo) {
        return Responses.created(uriInfo, reports.add(Params.uuid("id", id), body, viewer(), identity.getPrincipal().getName()));
    }

    private Viewer viewer() {
        return Viewer.of(identity);
    }
}
