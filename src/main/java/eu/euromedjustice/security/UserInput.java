package eu.euromedjustice.security;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The writable properties of an account. On create the password is required; on a merge patch it
 * is left out unless it changes. bcrypt reads at most 72 bytes, hence the upper bound.
 */
@Schema(name = "UserInput", description = "The writable properties of an account")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserInput(
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}",
                message = "must be 3 to 64 lower-case letters, digits, dots, hyphens or underscores, starting with a letter or digit")
        @Schema(required = true, example = "n.haddad", maxLength = 64) String username,
        @Size(min = PasswordHasher.MIN_LENGTH, max = PasswordHasher.MAX_BYTES, message = "must be 12 to 72 characters")
        @BcryptLength
        @JsonProperty(access = JsonProperty.Access.WRITE_ONLY)
        @Schema(writeOnly = true, format = "password", description = "Required on create; at least 12 characters",
                example = "a-long-and-unguessable-passphrase") String password,
        @NotNull @NotEmpty @Schema(required = true, example = "[\"EDITOR\"]", maxItems = 4, uniqueItems = true) Set<@NotNull Role> roles,
        @Schema(description = "Disabled accounts cannot log in and their tokens stop working; default true",
                example = "true") Boolean enabled,
        @Schema(description = "Links the account to a member (one account per member); null unlinks it",
                example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID memberId) {

    public UserInput(String username, String password, Set<Role> roles, Boolean enabled) {
        this(username, password, roles, enabled, null);
    }

    @Override
    public String toString() {
        return "UserInput[username=" + username + ", roles=" + roles + ", enabled=" + enabled + ", memberId=" + memberId + "]";
    }
}
