package eu.euromedjustice.common.http;

import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;

import eu.euromedjustice.common.problem.ProblemException;
import eu.euromedjustice.common.problem.ProblemType;

/**
 * If-Match handling. The resource turns the header into an {@link IfMatch}; the service checks it
 * against the version it loaded, inside its transaction, so no update is silently lost.
 */
public final class Preconditions {

    /** The longest If-Match header read: far more tags than any client needs. */
    public static final int MAX_HEADER_LENGTH = 1024;

    private Preconditions() {
    }

    /** For PUT and PATCH: the header is mandatory (428 without it). */
    public static IfMatch required(String header) {
        if (header == null || header.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "This update needs an If-Match header with the ETag from your last GET, so that no one's change is lost.");
        }
        return optional(header);
    }

    /** For DELETE: checked when sent. */
    public static IfMatch optional(String header) {
        if (header == null || header.isBlank()) {
            return IfMatch.ANY;
        }
        if (header.length() > MAX_HEADER_LENGTH) {
            throw ProblemException.invalidField(HttpHeaders.IF_MATCH, "must be at most " + MAX_HEADER_LENGTH + " characters");
        }
        return new IfMatch(Arrays.stream(header.split(",")).map(String::trim).toList());
    }

    /** The entity tags a client named in If-Match; {@link #ANY} when it sent none or "*". */
    public record IfMatch(List<String> tags) {

        public static final IfMatch ANY = new IfMatch(List.of("*"));

        public void check(long currentVersion) {
            String current = "\"" + currentVersion + "\"";
            // If-Match uses strong comparison, so weak tags (W/"…") never match
            if (!tags.contains("*") && !tags.contains(current)) {
                throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                        "The resource has changed since you read it (its ETag is now " + current
                                + "); fetch it again and reapply your change.");
            }
        }
    }
}
