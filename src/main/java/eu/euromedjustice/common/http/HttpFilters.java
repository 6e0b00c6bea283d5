package eu.euromedjustice.common.http;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.euromedjustice.common.AppConfig;
import eu.euromedjustice.common.persistence.DatabaseFailures;
import eu.euromedjustice.common.problem.Problem;
import eu.euromedjustice.common.problem.ProblemType;
import eu.euromedjustice.common.problem.Problems;
import io.quarkus.logging.Log;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.jboss.logging.MDC;

/**
 * What every HTTP exchange gets before and after the REST layer: a request id, the checks of the
 * HTTP message itself (version, Host, sizes), CORS, and problem responses for
 * what never reaches a resource (unknown paths, failures in the HTTP layer itself).
 *
 * <p>This is hand-written where Quarkus's own handlers cannot meet a requirement: every error must
 * be a problem+json body with a request id, and Quarkus's CORS filter answers other origins with a
 * bare 403, its body limit with a bare 413, and its header and line limits with empty 431 and 414.
 * The Netty limits in application.properties are set above the ones checked here, so that the
 * answer comes from here.
 */
@ApplicationScoped
public class HttpFilters {

    public static final long MAX_BODY_BYTES = 1024 * 1024;
    /** Longest request target accepted (RFC 9112 recommends at least 8000 octets). */
    public static final int MAX_URI_LENGTH = 8192;
    /** Largest sum of header names and values accepted. */
    public static final int MAX_HEADER_BYTES = 16 * 1024;

    /** The header machine clients may send their API key in (or as "Authorization: ApiKey ..."). */
    public static final String API_KEY_HEADER = "X-API-Key";

    /** The headers that say who calls, which a private answer varies by. */
    private static final String CALLER_HEADERS = "Authorization, " + API_KEY_HEADER;

    private static final Pattern CLIENT_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final String DECORATED = "emj.decorated";

    private static final String CORS_HEADERS = "Authorization, Content-Type, Accept, If-Match, If-None-Match, X-Request-Id";
    private static final String CORS_EXPOSED = "ETag, Location, Link, Retry-After, X-Request-Id, WWW-Authenticate";

    private final ObjectMapper json;
    private final AllowedMethods allowedMethods;
    private final Set<String> corsOrigins;

    public HttpFilters(ObjectMapper json, AllowedMethods allowedMethods, AppConfig config) {
        this.json = json;
        this.allowedMethods = allowedMethods;
        this.corsOrigins = Set.copyOf(config.corsOrigins().orElse(List.of()));
    }

    void install(@Observes Router router) {
        // after Quarkus's access log (Integer.MIN_VALUE), so that the answers given here are logged too
        router.route().order(Integer.MIN_VALUE + 1).handler(this::prepare);
        // a chunked body has no length to check up front: read it here, failing with 413 past the limit
        BodyHandler chunkedBodies = BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES);
        router.route("/api/*").order(Integer.MIN_VALUE + 2).handler(ctx -> {
            if (isChunkedWrite(ctx)) {
                chunkedBodies.handle(ctx);
            } else {
                ctx.next();
            }
        });
        router.route("/api/*").order(Integer.MIN_VALUE + 3).handler(ctx -> {
            // the REST layer waits forever for an empty body read ahead of it; there is nothing to wait for
            if (isChunkedWrite(ctx) && ctx.body().length() <= 0) {
                send(ctx, ProblemType.MALFORMED_REQUEST, "The chunked request body is empty.");
            } else {
                ctx.next();
            }
        });
        router.route().last().handler(ctx -> send(ctx, ProblemType.NOT_FOUND, "There is no resource at " + ctx.request().path() + "."));
        router.route().failureHandler(this::failure);
    }

    private void prepare(RoutingContext ctx) {
        decorate(ctx);
        if (answeredMessageCheck(ctx) || answeredCors(ctx) || answeredOptions(ctx)) {
            return;
        }
        if (ctx.request().path().contains("//")) {
            // an empty segment is an empty id, such as /members//erase: the REST layer would read the path
            // without it, as another resource, and answer for that one
            send(ctx, ProblemType.NOT_FOUND, "There is no resource at " + ctx.request().path() + ": a path segment is empty.");
            return;
        }
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isTooLarge(length)) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            send(ctx, ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than the limit of 1 MiB.");
            return;
        }
        ctx.next();
    }

    /**
     * The request id and the default Cache-Control, once per exchange. (The fixed headers every
     * response carries come from Quarkus's header configuration in application.properties.)
     */
    private static void decorate(RoutingContext ctx) {
        if (ctx.get(DECORATED) != null) {
            return;
        }
        ctx.put(DECORATED, Boolean.TRUE);
        String requestId = ctx.request().getHeader(Problems.REQUEST_ID_HEADER);
        if (requestId == null || !CLIENT_REQUEST_ID.matcher(requestId).matches()) {
            requestId = UUID.randomUUID().toString();
            // later layers (problem bodies, logs) read the id from the request itself
            ctx.request().headers().set(Problems.REQUEST_ID_HEADER, requestId);
        }
        MDC.put("requestId", requestId);
        ctx.response().putHeader(Problems.REQUEST_ID_HEADER, requestId);
        if (ctx.request().path().startsWith("/api/")) {
            // revalidate by default; a resource that says otherwise (no-store, private, PublicCache) replaces it, not
            // adds to it. A public read's errors keep this default, so that no shared cache keeps a 404.
            ctx.addHeadersEndHandler(ignored -> {
                String cacheControl = ctx.response().headers().get(HttpHeaders.CACHE_CONTROL);
                if (cacheControl == null) {
                    ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
                } else if (cacheControl.contains("private")) {
                    // a private answer depends on who asks: a browser must not revalidate one caller's copy for another
                    String vary = ctx.response().headers().get(HttpHeaders.VARY);
                    ctx.response().headers().set(HttpHeaders.VARY, vary == null ? CALLER_HEADERS : vary + ", " + CALLER_HEADERS);
                }
            });
        }
    }

    /**
     * The HTTP message itself: a version this server speaks, one Host (RFC 9112, section 3.2), and
     * a request line and headers within the limits.
     *
     * @return true when the request was refused
     */
    private boolean answeredMessageCheck(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.version() == null) {
            refuseVersion(ctx);
            return true;
        }
        if (request.headers().getAll(HttpHeaders.HOST).size() > 1) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            send(ctx, ProblemType.MALFORMED_REQUEST, "The request has more than one Host header.");
            return true;
        }
        if (request.uri().length() > MAX_URI_LENGTH) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            send(ctx, ProblemType.URI_TOO_LONG, "The request target is longer than " + MAX_URI_LENGTH + " characters.");
            return true;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length();
        }
        if (headerBytes > MAX_HEADER_BYTES) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            send(ctx, ProblemType.HEADER_FIELDS_TOO_LARGE,
                    "The request headers are larger than " + MAX_HEADER_BYTES + " bytes in all.");
            return true;
        }
        return false;
    }

    /** Vert.x serves any HTTP/x.y request line, though it speaks only HTTP/1.0 and 1.1 here. */
    private void refuseVersion(RoutingContext ctx) {
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        send(ctx, ProblemType.HTTP_VERSION_NOT_SUPPORTED, "This server speaks HTTP/1.1 and HTTP/1.0 only.");
    }

    /**
     * CORS for the configured SPA origins. Other origins get no CORS headers, so the browser keeps
     * the response from the page, and their preflights a 403 problem that says why.
     *
     * @return true when this was a preflight request, now answered
     */
    private boolean answeredCors(RoutingContext ctx) {
        String origin = ctx.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return false;
        }
        boolean allowed = corsOrigins.contains(origin);
        if (allowed) {
            ctx.response().putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            ctx.response().putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, CORS_EXPOSED);
        }
        boolean preflight = ctx.request().method() == HttpMethod.OPTIONS
                && ctx.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
        if (!preflight) {
            return false;
        }
        if (!allowed) {
            send(ctx, ProblemType.FORBIDDEN, "Browsers may call this API only from the configured origins.");
            return true;
        }
        Set<String> methods = allowedMethods.at(ctx.request().path());
        if (methods.isEmpty()) {
            send(ctx, ProblemType.NOT_FOUND, "There is no resource at " + ctx.request().path() + ".");
            return true;
        }
        ctx.response().putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, String.join(", ", methods))
                .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, CORS_HEADERS)
                .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "3600")
                .setStatusCode(204)
                .end();
        return true;
    }

    /**
     * OPTIONS on the API names the methods of the path, the same list a 405 carries. (The REST
     * layer would list every method of the resource class, whatever the path.)
     */
    private boolean answeredOptions(RoutingContext ctx) {
        if (ctx.request().method() != HttpMethod.OPTIONS || !ctx.request().path().startsWith("/api/")) {
            return false;
        }
        Set<String> methods = allowedMethods.at(ctx.request().path());
        if (methods.isEmpty()) {
            send(ctx, ProblemType.NOT_FOUND, "There is no resource at " + ctx.request().path() + ".");
        } else {
            ctx.response().putHeader(HttpHeaders.ALLOW, String.join(", ", methods)).setStatusCode(204).end();
        }
        return true;
    }

    private void failure(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            if (!ctx.response().ended()) {
                ctx.response().reset(); // half an answer must not look like a whole one
            }
            return;
        }
        decorate(ctx);
        if (ctx.request().version() == null) {
            refuseVersion(ctx);
            return;
        }
        int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
        if (status == 413) {
            send(ctx, ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than the limit of 1 MiB.");
            return;
        }
        if (status >= 500 && DatabaseFailures.isUnavailable(ctx.failure())) {
            Log.warnf("Database unavailable: %s", DatabaseFailures.summary(ctx.failure()));
            send(ctx, ProblemType.SERVICE_UNAVAILABLE, "The service cannot reach its database just now; retry later.");
            return;
        }
        if (status >= 500) {
            Log.error("HTTP layer failure", ctx.failure());
            send(ctx, ProblemType.INTERNAL_ERROR, Problems.UNEXPECTED);
            return;
        }
        send(ctx, Problems.forStatus(status, detailOf(ctx, status), ctx.request()));
    }

    private static String detailOf(RoutingContext ctx, int status) {
        if (status == 400 && ctx.request().version() != HttpVersion.HTTP_1_0 && ctx.request().host() == null) {
            return "An HTTP/1.1 request needs a Host header.";
        }
        return switch (status) {
            case 400 -> "The request is not a well-formed HTTP request.";
            case 404 -> "There is no resource at " + ctx.request().path() + ".";
            default -> "The request cannot be served (HTTP " + status + ").";
        };
    }

    private static boolean isChunkedWrite(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        return (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH)
                && ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null
                && ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    private static boolean isTooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > MAX_BODY_BYTES;
        } catch (NumberFormatException e) {
            return false; // the HTTP codec rejects a malformed length itself
        }
    }

    private void send(RoutingContext ctx, ProblemType type, String detail) {
        send(ctx, Problems.of(type, detail, null, ctx.request()));
    }

    private void send(RoutingContext ctx, Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.status() + "}";
        }
        ctx.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        Problems.headersFor(problem.status()).forEach(ctx.response()::putHeader);
        ctx.response().end(body);
    }
}
