package eu.euromedjustice.security;

import java.time.Instant;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an administrator gives to create an API key. The name is trimmed. */
@Schema(name = "ApiKeyInput", description = "A new API key")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiKeyInput(
        @NotBlank @Size(max = MAX_NAME_LENGTH)
        @Schema(required = true, description = "Who or what uses the key; leading and trailing spaces are dropped",
                example = "Eurojust case-management sync", maxLength = MAX_NAME_LENGTH) String name,
        @Schema(description = "The role the key acts with; default PARTNER (read-only). ADMIN is not allowed", example = "PARTNER")
        ApiKeyRole role,
        @Future
        @Schema(description = "When the key stops working (RFC 3339, in the future); absent: it works until revoked",
                example = "2027-11-27T00:00:00Z") Instant expiresAt) {

    public static final int MAX_NAME_LENGTH = 100;

    public ApiKeyInput {
        name = name == null ? null : name.strip();
    }
}
