package eu.euromedjustice.support;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import static eu.euromedjustice.ApiTest.PROBLEM_JSON;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * The RFC 9457 problem shapes the API tests expect. The type URIs and titles are written out
 * here, not taken from the application, because clients switch on them.
 */
public final class ProblemAssertions {

    public static final String TYPE_BASE = "https://euromed-justice.eu/problems/";

    public enum Kind {
        MALFORMED_REQUEST(400, "malformed-request", "Malformed request"),
        VALIDATION_FAILED(400, "validation-failed", "Validation failed"),
        UNAUTHORIZED(401, "unauthorized", "Authentication required"),
        FORBIDDEN(403, "forbidden", "Forbidden"),
        NOT_FOUND(404, "not-found", "Resource not found"),
        METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
        CONFLICT(409, "conflict", "Conflict"),
        PRECONDITION_FAILED(412, "precondition-failed", "Precondition failed"),
        UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
        PRECONDITION_REQUIRED(428, "precondition-required", "Precondition required"),
        TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests");

        public final int status;
        public final String type;
        public final String title;

        Kind(int status, String slug, String title) {
            this.status = status;
            this.type = TYPE_BASE + slug;
            this.title = title;
        }
    }

    private ProblemAssertions() {
    }

    /** Status, media type and the type/title/status members of a problem of this kind. */
    public static ValidatableResponse assertProblem(Response response, Kind kind) {
        return response.then()
                .statusCode(kind.status)
                .contentType(startsWith(PROBLEM_JSON))
                .body("type", equalTo(kind.type))
                .body("title", equalTo(kind.title))
                .body("status", equalTo(kind.status));
    }

    /** A 400 validation problem whose errors name the field. */
    public static ValidatableResponse assertInvalidField(Response response, String field) {
        return assertProblem(response, Kind.VALIDATION_FAILED)
                .body("errors.field", hasItem(field));
    }

    /** A 401 problem with a bearer challenge. */
    public static ValidatableResponse assertUnauthorized(Response response) {
        return assertProblem(response, Kind.UNAUTHORIZED)
                .header("WWW-Authenticate", startsWith("Bearer"));
    }
}
