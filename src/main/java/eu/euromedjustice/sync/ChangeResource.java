package eu.euromedjustice.sync;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import eu.euromedjustice.common.http.Params;
import eu.euromedjustice.common.http.Responses;
import eu.euromedjustice.common.problem.ProblemException;
import eu.euromedjustice.security.Roles;
import eu.euromedjustice.security.Viewer;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.Cache;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sync")
@Cache(isPrivate = true, noCache = true) // what a caller sees depends on its role
public class ChangeResource {

    private static final String WEAK_TAG = "Weak entity tag of this answer; send it as If-None-Match to poll cheaply";
    private static final String WEAK_TAG_PATTERN = "^W/\"[0-9]+-[0-9a-f]+\"$";

    /** The types a feed reader may ask for: all but those only audited. */
    private static final Set<EntityType> FEED_TYPES = Collections.unmodifiableSet(
            EnumSet.copyOf(Arrays.stream(EntityType.values()).filter(EntityType::inFeed).toList()));

    private final ChangeService changes;
    private final SecurityIdentity identity;

    public ChangeResource(ChangeService changes, SecurityIdentity identity) {
        this.changes = changes;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.MEMBER, Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "listChanges", summary = "Read the change feed",
            description = "Every creation, update and deletion of the records partners synchronise, in commit order. Keep the "
                    + "'next' of each answer and send it as 'after' next time: you miss nothing and see nothing twice, "
                    + "deletions included. An entry says what changed and where; GET its path for the new state. Entries "
                    + "about records you may not read (documents that are not public, for PARTNER) are left out; a record "
                    + "that stops being visible to you shows as UPDATED and its GET then answers 404. The answer's weak "
                    + "ETag lets an idle poll with If-None-Match cost a 304.")
    @APIResponse(responseCode = "200", description = "The entries after the position, and the position to poll from next",
            headers = @Header(name = "ETag", description = WEAK_TAG, schema = @Schema(type = SchemaType.STRING, maxLength = 40,
                    pattern = WEAK_TAG_PATTERN)))
    @APIResponse(responseCode = "304", description = "Not modified: nothing new since the answer with this ETag",
            headers = @Header(name = "ETag", description = WEAK_TAG, schema = @Schema(type = SchemaType.STRING, maxLength = 40,
                    pattern = WEAK_TAG_PATTERN)))
    public RestResponse<ChangesDto> list(
            @QueryParam("after") @Parameter(description = "The 'next' of your last poll; 0 (the default) reads from the start",
                    example = "1042", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0", maximum = "9223372036854775807")) String after,
            @QueryParam("types") @Parameter(description = "Only these entity types, comma-separated (or the parameter repeated); "
                    + "all by default", example = "MEETING,AGENDA_ITEM",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 400, pattern = "^[A-Z_]+(,[A-Z_]+)*$")) List<String> types,
            @QueryParam("limit") @Parameter(description = "At most this many entries (1 to " + ChangeService.MAX_LIMIT + ", default "
                    + ChangeService.DEFAULT_LIMIT + ")", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                            maximum = "" + ChangeService.MAX_LIMIT)) String limit,
            @Context HttpHeaders headers, @Context UriInfo uriInfo) {
        long position = Params.number("after", after, 0, Long.MAX_VALUE, 0);
        Set<EntityType> selected = types(types);
        int size = (int) Params.number("limit", limit, 1, ChangeService.MAX_LIMIT, ChangeService.DEFAULT_LIMIT);
        Viewer viewer = Viewer.of(identity);
        ChangesDto batch = changes.after(position, selected, size, viewer);
        // entries never change and positions have no gaps, so the query and the end position name the answer
        EntityTag tag = new EntityTag(batch.next() + "-" + Integer.toHexString(
                List.of(position, new TreeSet<>(selected), size, new TreeSet<>(viewer.roles())).hashCode()), true);
        RestResponse.ResponseBuilder<ChangesDto> answer = Responses.notModified(headers, tag)
                ? RestResponse.ResponseBuilder.<ChangesDto>create(RestResponse.Status.NOT_MODIFIED).tag(tag)
                : RestResponse.ResponseBuilder.ok(batch).tag(tag);
        if (batch.more()) {
            answer.link(uriInfo.getRequestUriBuilder().replaceQueryParam("after", batch.next()).build(), "next");
        }
        return answer.build();
    }

    private static Set<EntityType> types(List<String> raw) {
        Set<EntityType> selected = EnumSet.noneOf(EntityType.class);
        for (String value : raw == null ? List.<String>of() : raw) {
            for (String name : value.split(",", -1)) {
                EntityType type = Params.enumValue("types", name.strip(), EntityType.class);
                if (type == null || !FEED_TYPES.contains(type)) {
                    throw ProblemException.invalidField("types", "must name entity types of the feed, comma-separated: " + FEED_TYPES);
                }
                selected.add(type);
            }
        }
        return selected.isEmpty() ? FEED_TYPES : selected;
    }
}
