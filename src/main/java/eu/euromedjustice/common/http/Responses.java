package eu.euromedjustice.common.http;

import java.net.URI;
import java.util.function.Supplier;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import eu.euromedjustice.common.paging.Page;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The HTTP side of the conventions every resource shares: ETags and conditional GET, paged lists
 * with their Link header, and creation with Location.
 */
public final class Responses {

    private Responses() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * 200 with the ETag, or 304 when the client's If-None-Match already names this version
     * (weak comparison, as RFC 9110 asks for If-None-Match).
     */
    public static <T> RestResponse<T> conditionalGet(HttpHeaders headers, long version, T body) {
        return conditionalGet(headers, version, () -> body);
    }

    /** The same, for a body that costs something to make: made only when it is sent. */
    public static <T> RestResponse<T> conditionalGet(HttpHeaders headers, long version, Supplier<T> body) {
        EntityTag tag = etag(version);
        String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && namesVersion(ifNoneMatch, version)) {
            return RestResponse.ResponseBuilder.<T>create(Response.Status.NOT_MODIFIED).tag(tag).build();
        }
        return RestResponse.ResponseBuilder.ok(body.get()).tag(tag).build();
    }

    private static boolean namesVersion(String ifNoneMatch, long version) {
        String current = "\"" + version + "\"";
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(current)) {
                return true;
            }
        }
        return false;
    }

    public static <T> RestResponse<T> ok(long version, T body) {
        return RestResponse.ResponseBuilder.ok(body).tag(etag(version)).build();
    }

    public static <T> RestResponse<T> created(UriInfo uriInfo, String id, long version, T body) {
        URI location = uriInfo.getAbsolutePathBuilder().path(id).build();
        return RestResponse.ResponseBuilder.<T>created(location).entity(body).tag(etag(version)).build();
    }

    public static <T> RestResponse<Page<T>> page(UriInfo uriInfo, Page<T> page) {
        RestResponse.ResponseBuilder<Page<T>> builder = RestResponse.ResponseBuilder.ok(page);
        if (page.next() != null) {
            builder.link(uriInfo.getRequestUriBuilder().replaceQueryParam("cursor", page.next()).build(), "next");
        }
        return builder.build();
    }
}
