package eu.euromedjustice.common.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details body, the shape of every error response. The bounds documented
 * here are kept by {@link Problems}, which builds every instance.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details, returned as application/problem+json for every error.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(required = true, description = "URI identifying the problem type; about:blank when the HTTP status says all",
                format = "uri", maxLength = 200, example = "https://euromed-justice.eu/problems/validation-failed")
        URI type,
        @Schema(required = true, description = "Short, human-readable summary of the problem type", maxLength = 200,
                example = "Validation failed")
        String title,
        @Schema(required = true, type = SchemaType.INTEGER, format = "int32", minimum = "100", maximum = "599",
                description = "HTTP status code", example = "400")
        int status,
        @Schema(description = "Explanation specific to this occurrence", maxLength = Problem.MAX_DETAIL,
                example = "The request body has 1 invalid field.")
        String detail,
        @Schema(description = "The request path this problem occurred on (a URI reference)", format = "uri-reference",
                maxLength = 8192, example = "/api/v1/organisations")
        URI instance,
        @Schema(description = "The request id, as echoed in the X-Request-Id header; quote it when reporting a problem",
                maxLength = 128, example = "3f1c9a52-8d7e-4b6f-9a41-0c2f5e7d8b19")
        String requestId,
        @Schema(description = "One entry per invalid field, for validation failures", maxItems = Problem.MAX_ERRORS)
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final int MAX_DETAIL = 10_000;
    static final int MAX_ERRORS = 100;
    static final int MAX_FIELD = 300;
    static final int MAX_MESSAGE = 1000;

    @Schema(name = "FieldError", description = "One invalid field of a request")
    public record FieldError(
            @Schema(required = true, maxLength = MAX_FIELD,
                    description = "Path of the field in the request (body property, query or path parameter, or header)",
                    example = "name")
            String field,
            @Schema(required = true, maxLength = MAX_MESSAGE, description = "What is wrong with it",
                    example = "must contain an English (en) text")
            String message) {
    }
}
