package eu.euromedjustice.common.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import eu.euromedjustice.common.paging.Page;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The HTTP side of the conventions every resource shares: ETags and conditional GET, paged lists
 * with their Link header and ETag, and creation with Location.
 */
public final class Responses {

    /** The bytes of a list ETag's SHA-256 digest that it keeps: 128 bits, as hex. */
    private static final int LIST_TAG_BYTES = 16;

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

    /**
     * The same, for a body that costs more statements than its version: only when the request has
     * If-None-Match is the current version asked for (one read, which must answer 404 or 403 where
     * the body would, so that a resource the caller may not see never answers 304), and a match
     * answers 304 without making the body. Otherwise the body is made and tagged with its own
     * version, which may have moved on meanwhile. Without If-None-Match nothing more is read.
     */
    public static <T extends Versioned> RestResponse<T> conditionalGet(HttpHeaders headers, LongSupplier currentVersion,
            Supplier<T> body) {
        if (headers.getHeaderString(HttpHeaders.IF_NONE_MATCH) != null) {
            EntityTag current = etag(currentVersion.getAsLong());
            if (notModified(headers, current)) {
                return notModifiedResponse(current);
            }
        }
        return conditionalGet(headers, body.get());
    }

    private static <T> RestResponse<T> conditionalGet(HttpHeaders headers, EntityTag tag, Supplier<T> body) {
        if (notModified(headers, tag)) {
            return notModifiedResponse(tag);
        }
        return RestResponse.ResponseBuilder.ok(body.get()).tag(tag).build();
    }

    private static <T> RestResponse<T> notModifiedResponse(EntityTag tag) {
        return RestResponse.ResponseBuilder.<T>create(Response.Status.NOT_MODIFIED).tag(tag).build();
    }

    /** True when If-None-Match names the tag, or is "*": weak comparison, so W/"x" and "x" are the same tag. */
    public static boolean notModified(HttpHeaders headers, EntityTag tag) {
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

    /** 201 for a PUT that created the resource at the request's own URL. */
    public static <T extends Versioned> RestResponse<T> createdHere(UriInfo uriInfo, T body) {
        return RestResponse.ResponseBuilder.<T>created(uriInfo.getAbsolutePath()).entity(body).tag(etag(body.version())).build();
    }

    /** A page of a list whose items look the same to every caller. */
    public static <T extends Versioned> RestResponse<Page<T>> page(HttpHeaders headers, UriInfo uriInfo, Page<T> page) {
        return page(headers, uriInfo, page, null);
    }

    /**
     * A page with its Link to the next one and a weak ETag, or 304 without a body when If-None-Match
     * names that tag: a partner polling an unchanged list gets nothing serialised.
     *
     * @param viewer what else decides how the items look, such as the caller's roles and linked
     *               member (whose contact details it sees); null when nothing does. Its string form
     *               goes into the tag, so it must be canonical, as a record's is.
     */
    public static <T extends Versioned> RestResponse<Page<T>> page(HttpHeaders headers, UriInfo uriInfo, Page<T> page,
            Object viewer) {
        EntityTag tag = listTag(page, viewer);
        if (notModified(headers, tag)) {
            return notModifiedResponse(tag);
        }
        RestResponse.ResponseBuilder<Page<T>> builder = RestResponse.ResponseBuilder.ok(page).tag(tag);
        if (page.next() != null) {
            builder.link(uriInfo.getRequestUriBuilder().replaceQueryParam("cursor", page.next()).build(), "next");
        }
        return builder.build();
    }

    /**
     * What decides a page's content, hashed: each item's key and version (every change of what an
     * item shows moves its version on), the cursor of the next page (an item coming or going after
     * this page) and the viewer. Weak, since it names the content, not the bytes.
     */
    static EntityTag listTag(Page<? extends Versioned> page, Object viewer) {
        MessageDigest digest = sha256();
        for (Versioned item : page.items()) {
            digest.update((item.key() + " " + item.version() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        digest.update(("next " + page.next() + "\nviewer " + viewer).getBytes(StandardCharsets.UTF_8));
        byte[] hash = digest.digest();
        return new EntityTag(HexFormat.of().formatHex(hash, 0, LIST_TAG_BYTES), true);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
