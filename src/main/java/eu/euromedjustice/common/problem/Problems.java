package eu.euromedjustice.common.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.http.HttpServerRequest;

/** Builds problem bodies and responses; the only place that knows their shape. */
public final class Problems {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    public static final String BEARER_CHALLENGE = "Bearer realm=\"euromed-justice\"";
    public static final String UNEXPECTED = "An unexpected error occurred. Quote the request id when reporting it.";
    /** Seconds a client should wait before retrying while the service cannot serve (503). */
    public static final String RETRY_AFTER_SECONDS = "5";

    /** RFC 9457's type for a problem that is no more than its HTTP status. */
    private static final URI ABOUT_BLANK = URI.create("about:blank");

    private Problems() {
    }

    public static Problem of(ProblemType type, String detail, List<Problem.FieldError> errors, HttpServerRequest request) {
        return new Problem(type.type(), type.title(), type.status(), printable(detail, Problem.MAX_DETAIL),
                instanceOf(request), requestIdOf(request), errors == null || errors.isEmpty() ? null : errors.stream()
                        .limit(Problem.MAX_ERRORS)
                        .map(error -> new Problem.FieldError(printable(error.field(), Problem.MAX_FIELD),
                                printable(error.message(), Problem.MAX_MESSAGE)))
                        .toList());
    }

    /** The problem for a bare HTTP status: the API's own kind where it has one, else {@code about:blank}. */
    public static Problem forStatus(int status, String detail, HttpServerRequest request) {
        ProblemType type = ProblemType.ofStatus(status);
        if (type != null) {
            return of(type, detail, null, request);
        }
        String title = HttpResponseStatus.valueOf(status).reasonPhrase();
        return new Problem(ABOUT_BLANK, title, status, printable(detail, Problem.MAX_DETAIL), instanceOf(request),
                requestIdOf(request), null);
    }

    public static Response.ResponseBuilder response(ProblemType type, String detail, List<Problem.FieldError> errors,
            HttpServerRequest request) {
        return response(of(type, detail, errors, request));
    }

    /** The response carrying a problem, with the headers its status calls for. */
    public static Response.ResponseBuilder response(Problem problem) {
        Response.ResponseBuilder builder = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem);
        headersFor(problem.status()).forEach(builder::header);
        return builder;
    }

    /** The headers a problem's status calls for: a challenge with 401, when to retry with 503. */
    public static Map<String, String> headersFor(int status) {
        return switch (status) {
            case 401 -> Map.of(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE);
            case 503 -> Map.of(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            default -> Map.of();
        };
    }

    private static URI instanceOf(HttpServerRequest request) {
        if (request == null || request.path() == null || request.path().length() > 8192) {
            return null;
        }
        try {
            return URI.create(request.path());
        } catch (IllegalArgumentException e) {
            return null; // a path that is not a valid URI reference is left out rather than echoed
        }
    }

    private static String requestIdOf(HttpServerRequest request) {
        return request == null ? null : request.getHeader(REQUEST_ID_HEADER);
    }

    /**
     * Problem texts may quote what a client sent; anything that cannot be written as JSON text or
     * would garble a log (control characters, unpaired surrogates) is replaced, and the text is
     * cut to the length the contract promises.
     */
    static String printable(String text, int maxLength) {
        if (text == null) {
            return null;
        }
        if (text.length() > maxLength) {
            text = text.substring(0, maxLength - 1) + "…";
        }
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean bad = Character.isISOControl(c) || (Character.isSurrogate(c) && !pair);
            if (bad && clean == null) {
                clean = new StringBuilder(text.substring(0, i));
            }
            if (clean != null) {
                clean.append(bad ? '\uFFFD' : c);
                if (pair) {
                    clean.append(text.charAt(++i));
                }
            } else if (pair) {
                i++;
            }
        }
        return clean == null ? text : clean.toString();
    }
}
