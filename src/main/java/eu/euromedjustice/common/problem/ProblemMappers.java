package eu.euromedjustice.common.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import eu.euromedjustice.common.http.AllowedMethods;
import eu.euromedjustice.common.http.RequestFilters;
import eu.euromedjustice.common.json.JsonFields;
import eu.euromedjustice.common.persistence.DatabaseFailures;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import org.hibernate.StaleStateException;
import org.hibernate.exception.DataException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one mapper from exceptions to RFC 9457 problem responses. Client errors are only what went
 * wrong reading and checking the request; everything else is logged with the request id and
 * answered 500 (or 503 while the database cannot be reached). Details never carry class names,
 * stack traces, SQL or the values of a failed statement.
 */
public class ProblemMappers {

    /**
     * The attribute of an {@link AuthenticationFailedException} that holds the problem's detail,
     * when the failure has a more telling one than a bad bearer token (a bad API key, say).
     */
    public static final String PROBLEM_DETAIL = "problemDetail";

    private final AllowedMethods allowedMethods;

    public ProblemMappers(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return Problems.response(e.type(), e.getMessage(), e.errors(), request).build();
    }

    /** Over a rate limit: when to try again, in whole seconds. */
    @ServerExceptionMapper
    public Response tooManyRequests(TooManyRequestsException e, HttpServerRequest request) {
        return Problems.response(e.type(), e.getMessage(), null, request)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            if (isReturnValue(violation.getPropertyPath())) {
                return unexpected(e, request);
            }
            errors.add(new Problem.FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
        String detail = errors.size() == 1 ? "The request has 1 invalid field."
                : "The request has " + errors.size() + " invalid fields.";
        return Problems.response(ProblemType.VALIDATION_FAILED, detail, errors, request).build();
    }

    /** A JSON failure is the client's only while the request is read, never once the service is answering. */
    @ServerExceptionMapper
    public Response json(JsonProcessingException e, HttpServerRequest request, ContainerRequestContext context) {
        boolean reading = context == null || context.getProperty(RequestFilters.RESPONDING) == null;
        return reading && JsonFields.isReadingFailure(e) ? problem(JsonFields.problemOf(e), request) : unexpected(e, request);
    }

    // the JSON provider maps these three itself, with an empty body, unless a mapper names them exactly
    @ServerExceptionMapper
    public Response unusableJsonType(InvalidDefinitionException e, HttpServerRequest request) {
        return unexpected(e, request);
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, HttpServerRequest request, ContainerRequestContext context) {
        return json(e, request, context);
    }

    @ServerExceptionMapper
    public Response unparsableJson(JsonParseException e, HttpServerRequest request, ContainerRequestContext context) {
        return json(e, request, context);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return Problems.response(ProblemType.UNAUTHORIZED,
                "This operation needs a valid bearer token (get one from POST /api/v1/auth/token) or API key.", null, request)
                .build();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        if (DatabaseFailures.isUnavailable(e)) {
            return unavailable(e, request); // the account could not be looked up: not the token's fault
        }
        String detail = e.getAttribute(PROBLEM_DETAIL);
        return Problems.response(ProblemType.UNAUTHORIZED,
                detail != null ? detail : "The bearer token is invalid, expired, or belongs to a disabled account.", null, request)
                .header(HttpHeaders.WWW_AUTHENTICATE, null)
                .header(HttpHeaders.WWW_AUTHENTICATE, Problems.BEARER_CHALLENGE + ", error=\"invalid_token\"")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return Problems.response(ProblemType.FORBIDDEN, "Your roles do not allow this operation.", null, request)
                .build();
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, HttpServerRequest request) {
        return concurrentUpdate(request);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, HttpServerRequest request) {
        return concurrentUpdate(request);
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException e, HttpServerRequest request) {
        if (e instanceof DataException || e.getCause() instanceof DataException) {
            // a backstop: values are checked before they reach the database, but the database has the last word
            return Problems.response(ProblemType.MALFORMED_REQUEST,
                    "A value in the request cannot be stored (out of range or not representable).", null, request)
                    .build();
        }
        if (DatabaseFailures.isClientUniqueKeyConflict(e)) {
            // a race lost against a concurrent write of the same unique value; services check first
            return Problems.response(ProblemType.CONFLICT,
                    "The request conflicts with the current state of another resource: a value that must be unique is taken.",
                    null, request).build();
        }
        if (DatabaseFailures.isClientReferenceConflict(e)) {
            // a reference and a delete of its target raced; services check first
            return Problems.response(ProblemType.CONFLICT,
                    "The request conflicts with a concurrent change: it refers to something deleted meanwhile, "
                            + "or deletes something that was referred to meanwhile.", null, request).build();
        }
        return unexpected(e, request);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request, ContainerRequestContext context) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, request, context);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status < 400) {
            return original;
        }
        if (status >= 500) {
            Log.errorf(e, "Request failed with status %d", status);
        }
        Response.ResponseBuilder builder = Problems.response(Problems.forStatus(status, detailOf(e, request), request));
        original.getStringHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        if (e instanceof NotAllowedException && request != null && original.getHeaderString(HttpHeaders.ALLOW) == null) {
            Set<String> allowed = allowedMethods.at(request.path());
            if (!allowed.isEmpty()) {
                builder.header(HttpHeaders.ALLOW, String.join(", ", allowed));
            }
        }
        return builder.build();
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (DatabaseFailures.isUnavailable(e)) {
            return unavailable(e, request);
        }
        if (DatabaseFailures.isTransactionConflict(e)) {
            // a deadlock or lock timeout between concurrent requests: nothing was applied, and a retry will pass
            Log.warnf("Transaction conflict: %s", DatabaseFailures.summary(e));
            return Problems.response(ProblemType.SERVICE_UNAVAILABLE,
                    "The request met a concurrent one and was not applied; retry after the time in Retry-After.", null, request)
                    .build();
        }
        if (DatabaseFailures.involvesDatabase(e)) {
            Log.errorf("Unexpected database failure: %s", DatabaseFailures.summary(e));
        } else {
            Log.error("Unexpected failure", e);
        }
        return Problems.response(ProblemType.INTERNAL_ERROR, Problems.UNEXPECTED, null, request).build();
    }

    private static Response unavailable(Throwable e, HttpServerRequest request) {
        Log.warnf("Database unavailable: %s", DatabaseFailures.summary(e));
        return Problems.response(ProblemType.SERVICE_UNAVAILABLE,
                "The service cannot reach its database just now; retry after the time in Retry-After.", null, request)
                .build();
    }

    private static Response concurrentUpdate(HttpServerRequest request) {
        return Problems.response(ProblemType.PRECONDITION_FAILED,
                "The resource was changed by someone else meanwhile; fetch it again and retry with its new ETag.",
                null, request).build();
    }

    private static String detailOf(WebApplicationException e, HttpServerRequest request) {
        if (e instanceof NotFoundException) {
            return "There is no resource at " + (request == null ? "this path" : request.path()) + ".";
        }
        if (e instanceof NotAllowedException) {
            return "The method " + (request == null ? "" : request.method().name() + " ")
                    + "is not allowed on this resource.";
        }
        if (e instanceof NotSupportedException) {
            return "The request's Content-Type is not supported here; send application/json"
                    + " (or application/merge-patch+json for PATCH).";
        }
        if (e instanceof NotAcceptableException) {
            return "This resource cannot produce any media type the Accept header allows; accept application/json.";
        }
        int status = e.getResponse().getStatus();
        return status == 500 ? Problems.UNEXPECTED : HttpResponseStatus.valueOf(status).reasonPhrase() + ".";
    }

    private static boolean isReturnValue(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /** "create.arg0.name" becomes "name"; a violated parameter is named by itself. */
    private static String fieldOf(Path path) {
        String parameter = null;
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE, BEAN -> {
                }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    if (node.getIndex() != null && field.length() > 0) {
                        field.append('[').append(node.getIndex()).append(']');
                    } else if (node.getKey() != null && field.length() > 0) {
                        field.append('.').append(node.getKey());
                    }
                    // a container element's node is named "<list element>": the index before it says which
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        if (field.length() > 0) {
                            field.append('.');
                        }
                        field.append(node.getName());
                    }
                }
            }
        }
        if (field.length() > 0) {
            return field.toString();
        }
        return parameter == null ? "request" : parameter;
    }
}
