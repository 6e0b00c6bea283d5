package eu.euromedjustice.common.problem;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.Response;

import io.vertx.core.http.HttpServerRequest;

/** Builds problem bodies and responses; the only place that knows their shape. */
public final class Problems {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    public static final String BEARER_CHALLENGE = "Bearer realm=\"euromed-justice\"";
    public static final String UNEXPECTED = "An unexpected error occurred. Quote the request id when reporting it.";

    private Problems() {
    }

    public static Problem of(ProblemType type, String detail, List<Problem.FieldError> errors, HttpServerRequest request) {
        String path = request == null ? null : request.path();
        String requestId = request == null ? null : request.getHeader(REQUEST_ID_HEADER);
        return new Problem(type.type(), type.title(), type.status(), detail, instanceOf(path), requestId,
                errors == null || errors.isEmpty() ? null : errors);
    }

    public static Response.ResponseBuilder response(ProblemType type, String detail, List<Problem.FieldError> errors,
            HttpServerRequest request) {
        Response.ResponseBuilder builder = Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .entity(of(type, detail, errors, request));
        if (type == ProblemType.UNAUTHORIZED) {
            builder.header("WWW-Authenticate", BEARER_CHALLENGE);
        }
        return builder;
    }

    private static URI instanceOf(String path) {
        if (path == null) {
            return null;
        }
        try {
            return URI.create(path);
        } catch (IllegalArgumentException e) {
            return null; // a path that is not a valid URI reference is left out rather than echoed
        }
    }
}
