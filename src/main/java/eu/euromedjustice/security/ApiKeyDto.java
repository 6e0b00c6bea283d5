package eu.euromedjustice.security;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.euromedjustice.common.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiKey", description = "An API key of a machine client; its secret is shown once, in the answer to its creation, "
        + "and is kept only as a hash")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiKeyDto(
        @Schema(required = true, example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID id,
        @Schema(required = true, example = "Eurojust case-management sync", maxLength = ApiKeyInput.MAX_NAME_LENGTH) String name,
        @Schema(required = true, description = "The start of the secret (emj_<prefix>_...), to tell keys apart without it",
                example = "k3x9q2ma", minLength = ApiKeySecret.PREFIX_LENGTH, maxLength = ApiKeySecret.PREFIX_LENGTH,
                pattern = "^[a-z0-9]{8}$") String prefix,
        @Schema(required = true, example = "PARTNER") ApiKeyRole role,
        @Schema(description = "The secret to send as 'X-API-Key: <secret>' or 'Authorization: ApiKey <secret>'. "
                + "Only in the answer to the creation: it cannot be shown again", example = ApiKeySecret.EXAMPLE,
                minLength = ApiKeySecret.LENGTH, maxLength = ApiKeySecret.LENGTH, pattern = ApiKeySecret.PATTERN) String secret,
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant createdAt,
        @Schema(required = true, description = "The account that created the key", example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd")
        UUID createdBy,
        @Schema(description = "When the key was last used, to the minute; absent when never. Not part of the version",
                example = "2026-11-28T08:00:12Z") Instant lastUsedAt,
        @Schema(description = "When the key stops working; absent when it does not expire", example = "2027-11-27T00:00:00Z")
        Instant expiresAt,
        @Schema(required = true, description = "Whether the key was revoked; a revoked key stops working at once and for good",
                example = "false") boolean revoked,
        @Schema(description = "When the key was revoked; absent while it is not", example = "2026-12-01T09:30:00Z") Instant revokedAt,
        @Schema(required = true, description = "Changes when the key is revoked; the ETag carries it too", example = "0",
                minimum = "0", maximum = "9223372036854775807") long version) implements Versioned {

    @Override
    public Object key() {
        return id;
    }

    /** The same key with its secret, for the one answer that shows it. */
    public ApiKeyDto withSecret(String newSecret) {
        return new ApiKeyDto(id, name, prefix, role, newSecret, createdAt, createdBy, lastUsedAt, expiresAt, revoked, revokedAt, version);
    }

    @Override
    public String toString() {
        return "ApiKeyDto[id=" + id + ", prefix=" + prefix + ", role=" + role + ", revoked=" + revoked + "]";
    }
}
