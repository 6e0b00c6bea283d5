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
    public static <T extends Versioned> RestResponse<T> conditionalGet(HttpHeaders headers, T body) {
        return conditionalGet(headers, etag(body.version()), () -> body);
    }

    /** The same, for a body that costs something to make: made only when it is sent. */
    public static <T> RestResponse<T> conditionalGet(HttpHeaders headers, long version, Supplier<T> body) {
        return conditionalGet(headers, etag(version), body);
    }

    private static <T> RestResponse<T> conditionalGet(HttpHeaders headers, EntityTag tag, Supplier<T> body) {
        if (notModified(headers, tag)) {
            return RestResponse.ResponseBuilder.<T>create(Response.Status.NOT_MODIFIED).tag(tag).build();
        }
        return RestResponse.ResponseBuilder.ok(body.get()).tag(tag).build();
    }

    /** True when If-None-Match names the tag, or is "*": weak comparison, so W/"x" and "x" are the same tag. */
    private static boolean notModified(HttpHeaders headers, EntityTag tag) {
        String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch == null) {
            return false;
        }
        String current = "\"" + tag.getValue() + "\"";
        for (String candidate : ifNoneMatch.split(",")) {
            String named = candidate.trim();
            if (named.startsWith("W/")) {
                named = named.substring(2);
            }
            if (named.equals("*") || named.equals(current)) {
                return true;
            }
        }
        return false;
    }

    public static <T extends Versioned> RestResponse<T> ok(T body) {
        return RestResponse.ResponseBuilder.ok(body).tag(etag(body.version())).build();
    }

    /** 201 with the new resource's URL (the request's path and the resource's key) in Location. */
    public static <T extends Versioned> RestResponse<T> created(UriInfo uriInfo, T body) {
        URI location = uriInfo.getAbsolutePathBuilder().path(body.key().toString()).build();
        return RestResponse.ResponseBuilder.<T>created(location).entity(body).tag(etag(body.version())).build();
    }

    public static <T> RestResponse<Page<T>> page(UriInfo uriInfo, Page<T> page) {
        RestResponse.ResponseBuilder<Page<T>> builder = RestResponse.ResponseBuilder.ok(page);
        if (page.next() != null) {
            builder.link(uriInfo.getRequestUriBuilder().replaceQueryParam("cursor", page.next()).build(), "next");
        }
        return builder.build();
    }
}
