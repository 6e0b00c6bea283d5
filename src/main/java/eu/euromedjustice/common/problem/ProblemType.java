package eu.euromedjustice.common.problem;

import java.net.URI;

/**
 * The kinds of problem the API reports. Each has a stable type URI that clients may switch on;
 * the list is documented in the README. A status without a kind of its own is reported with
 * RFC 9457's {@code about:blank} type (see {@link Problems#forStatus}).
 */
public enum ProblemType {
    MALFORMED_REQUEST(400, "malformed-request", "Malformed request"),
    VALIDATION_FAILED(400, "validation-failed", "Validation failed"),
    UNAUTHORIZED(401, "unauthorized", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Forbidden"),
    NOT_FOUND(404, "not-found", "Resource not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict"),
    PRECONDITION_FAILED(412, "precondition-failed", "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
    URI_TOO_LONG(414, "uri-too-long", "URI too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Precondition required"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    HEADER_FIELDS_TOO_LARGE(431, "header-fields-too-large", "Request header fields too large"),
    INTERNAL_ERROR(500, "internal-error", "Internal server error"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service unavailable"),
    HTTP_VERSION_NOT_SUPPORTED(505, "http-version-not-supported", "HTTP version not supported");

    public static final String BASE_URI = "https://euromed-justice.eu/problems/";

    private final int status;
    private final URI type;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.type = URI.create(BASE_URI + slug);
        this.title = title;
    }

    public int status() {
        return status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** The generic kind for an HTTP status, or null when the API has none for it. */
    public static ProblemType ofStatus(int status) {
        for (ProblemType candidate : values()) {
            if (candidate.status == status && candidate != VALIDATION_FAILED) {
                return candidate;
            }
        }
        return null;
    }
}
