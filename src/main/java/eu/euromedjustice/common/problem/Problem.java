package eu.euromedjustice.common.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body, the shape of every error response. */
@Schema(name = "Problem", description = "RFC 9457 problem details, returned as application/problem+json for every error.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = "URI identifying the problem type", example = "https://euromed-justice.eu/problems/validation-failed")
        URI type,
        @Schema(description = "Short, human-readable summary of the problem type", example = "Validation failed")
        String title,
        @Schema(description = "HTTP status code", example = "400")
        int status,
        @Schema(description = "Explanation specific to this occurrence", example = "The request body has 1 invalid field.")
        String detail,
        @Schema(description = "The request path this problem occurred on", example = "/api/v1/organisations")
        URI instance,
        @Schema(description = "The request id, as echoed in the X-Request-Id header; quote it when reporting a problem",
                example = "3f1c9a52-8d7e-4b6f-9a41-0c2f5e7d8b19")
        String requestId,
        @Schema(description = "One entry per invalid field, for validation failures")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldError", description = "One invalid field of a request")
    public record FieldError(
            @Schema(description = "Path of the field in the request (body property, query or path parameter, or header)",
                    example = "name")
            String field,
            @Schema(description = "What is wrong with it", example = "must contain an English (en) text")
            String message) {
    }
}
