package eu.euromedjustice.sync;

import java.time.Instant;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import eu.euromedjustice.common.http.Params;
import eu.euromedjustice.common.http.Responses;
import eu.euromedjustice.common.http.UpdatedSinceParam;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageParams;
import eu.euromedjustice.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.Cache;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sync")
@Cache(isPrivate = true, noCache = true)
public class AuditResource {

    private static final Pattern PRINTABLE = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final AuditService audit;

    public AuditResource(AuditService audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listAuditEvents", summary = "Read the audit log",
            description = "Who changed what and when, newest first: every write of every record, by a user, an API key or the "
                    + "service itself, with the versions before and after and the request id. Read-only: no one can change "
                    + "or delete an entry through the API.")
    @APIResponse(responseCode = "200", description = "One page of audit events")
    public RestResponse<Page<AuditEventDto>> list(@BeanParam PageParams paging,
            @QueryParam("entityType") @Parameter(description = "Only writes of this kind of record",
                    schema = @Schema(implementation = EntityType.class)) String entityType,
            @QueryParam("entityId") @Parameter(description = "Only writes of the record with this id (as its entityId shows it)",
                    example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200)) String entityId,
            @QueryParam("actor") @Parameter(description = "Only writes by this actor: a username, apikey:<prefix> or system",
                    example = "editor", schema = @Schema(type = SchemaType.STRING, maxLength = 200)) String actor,
            @QueryParam("from") @Parameter(description = "Only writes at or after this instant (RFC 3339)", example = "2026-11-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 35)) String from,
            @QueryParam("to") @Parameter(description = "Only writes before this instant (RFC 3339)", example = "2026-12-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 35)) String to,
            @BeanParam UpdatedSinceParam updatedSince,
            @Context HttpHeaders headers, @Context UriInfo uriInfo) {
        Instant since = updatedSince.toInstant();
        Instant fromInstant = Params.instant("from", from);
        AuditFilter filter = new AuditFilter(
                Params.enumValue("entityType", entityType, EntityType.class),
                Params.optional(entityId, raw -> Params.matching("entityId", raw, PRINTABLE, "must be 1 to 200 printable characters")),
                Params.optional(actor, raw -> Params.matching("actor", raw, PRINTABLE, "must be 1 to 200 printable characters")),
                // entries never change, so "changed since" is "written since", for clients that sync every list alike
                since != null && (fromInstant == null || since.isAfter(fromInstant)) ? since : fromInstant,
                Params.instant("to", to));
        return Responses.page(headers, uriInfo, audit.list(filter, paging.toRequest(AuditService.PAGE_SCOPE, filter)));
    }
}
