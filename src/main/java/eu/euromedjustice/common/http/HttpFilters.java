package eu.euromedjustice.common.http;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.euromedjustice.common.AppConfig;
import eu.euromedjustice.common.problem.Problem;
import eu.euromedjustice.common.problem.ProblemType;
import eu.euromedjustice.common.problem.Problems;
import io.quarkus.logging.Log;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.jboss.logging.MDC;

/**
 * What every HTTP exchange gets before and after the REST layer: a request id, security headers,
 * the body size limit, and problem responses for what never reaches a resource (unknown paths,
 * failures in the HTTP layer itself), and CORS.
 */
@ApplicationScoped
public class HttpFilters {

    public static final long MAX_BODY_BYTES = 1024 * 1024;

    private static final Pattern CLIENT_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    private static final String CORS_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
    private static final String CORS_HEADERS = "Authorization, Content-Type, Accept, If-Match, If-None-Match, X-Request-Id";
    private static final String CORS_EXPOSED = "ETag, Location, Link, X-Request-Id, WWW-Authenticate";

    private final ObjectMapper json;
    private final Set<String> corsOrigins;

    public HttpFilters(ObjectMapper json, AppConfig config) {
        this.json = json;
        this.corsOrigins = Set.copyOf(config.corsOrigins().orElse(List.of()));
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::prepare);
        // a chunked body has no length to check up front: read it here, failing with 413 past the limit
        BodyHandler chunkedBodies = BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES);
        router.route("/api/*").order(Integer.MIN_VALUE + 1).handler(ctx -> {
            if (isChunkedWrite(ctx)) {
                chunkedBodies.handle(ctx);
            } else {
                ctx.next();
            }
        });
        router.route("/api/*").order(Integer.MIN_VALUE + 2).handler(ctx -> {
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
        String requestId = ctx.request().getHeader(Problems.REQUEST_ID_HEADER);
        if (requestId == null || !CLIENT_REQUEST_ID.matcher(requestId).matches()) {
            requestId = UUID.randomUUID().toString();
            // later layers (problem bodies, logs) read the id from the request itself
            ctx.request().headers().set(Problems.REQUEST_ID_HEADER, requestId);
        }
        MDC.put("requestId", requestId);
        ctx.response().putHeader(Problems.REQUEST_ID_HEADER, requestId);
        ctx.response().putHeader("X-Content-Type-Options", "nosniff");
        if (ctx.request().path().startsWith("/api/")) {
            ctx.response().putHeader("Content-Security-Policy", API_CSP);
            ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        }
        if (answeredCors(ctx)) {
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
     * CORS for the configured SPA origins. Other origins simply get no CORS headers, so the browser
     * keeps the response from the page; the API itself never answers with a body-less rejection.
     *
     * @return true when this was a preflight request, now answered
     */
    private boolean answeredCors(RoutingContext ctx) {
        String origin = ctx.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return false;
        }
        ctx.response().putHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        if (!corsOrigins.contains(origin)) {
            return false;
        }
        ctx.response().putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        ctx.response().putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, CORS_EXPOSED);
        boolean preflight = ctx.request().method() == HttpMethod.OPTIONS
                && ctx.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
        if (!preflight) {
            return false;
        }
        ctx.response().putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, CORS_METHODS)
                .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, CORS_HEADERS)
                .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "3600")
                .setStatusCode(204)
                .end();
        return true;
    }

    private void failure(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            return;
        }
        int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
        if (status == 413) {
            send(ctx, ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than the limit of 1 MiB.");
            return;
        }
        if (status >= 500) {
            Log.error("HTTP layer failure", ctx.failure());
            send(ctx, ProblemType.INTERNAL_ERROR, Problems.UNEXPECTED);
            return;
        }
        ProblemType type = ProblemType.forStatus(status);
        send(ctx, type, type.title() + ".");
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
        Problem problem = Problems.of(type, detail, null, ctx.request());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + type.status() + "}";
        }
        ctx.response().setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (type == ProblemType.UNAUTHORIZED) {
            ctx.response().putHeader("WWW-Authenticate", Problems.BEARER_CHALLENGE);
        }
        ctx.response().end(body);
    }
}
