package eu.euromedjustice.common.http;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The If-Match header and its documentation, declared once for every update and delete. */
public final class IfMatchParam {

    private IfMatchParam() {
    }

    /** For PUT and PATCH: required (428 without it). */
    public static class Required {

        @HeaderParam(HttpHeaders.IF_MATCH)
        @Parameter(description = "The ETag of your last GET, so that no one's change is lost", required = true, example = "\"0\"",
                schema = @Schema(type = SchemaType.STRING, maxLength = Preconditions.MAX_HEADER_LENGTH))
        public String value;

        public Preconditions.IfMatch toPrecondition() {
            return Preconditions.required(value);
        }
    }

    /** For DELETE: checked when sent. */
    public static class Optional {

        @HeaderParam(HttpHeaders.IF_MATCH)
        @Parameter(description = "The ETag of your last GET; when sent, the delete happens only if it is still current",
                example = "\"0\"", schema = @Schema(type = SchemaType.STRING, maxLength = Preconditions.MAX_HEADER_LENGTH))
        public String value;

        public Preconditions.IfMatch toPrecondition() {
            return Preconditions.optional(value);
        }
    }

    /** For a PUT that creates the resource or replaces it: left out to create, required once it exists. */
    public static class WhenExists {

        @HeaderParam(HttpHeaders.IF_MATCH)
        @Parameter(description = "Leave out to create; once the resource exists, the ETag of your last GET (428 without it)",
                example = "\"0\"", schema = @Schema(type = SchemaType.STRING, maxLength = Preconditions.MAX_HEADER_LENGTH))
        public String value;

        /** The tags sent, or null when the client sent none. */
        public Preconditions.IfMatch toPreconditionOrNull() {
            return value == null || value.isBlank() ? null : Preconditions.optional(value);
        }
    }
}
