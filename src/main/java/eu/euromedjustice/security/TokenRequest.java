package eu.euromedjustice.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TokenRequest", description = "Credentials to exchange for an access token")
public record TokenRequest(
        @NotBlank @Size(max = 64) @Schema(required = true, example = "admin") String username,
        @NotBlank @BcryptLength @Schema(required = true, format = "password", maxLength = PasswordHasher.MAX_BYTES,
                description = "At most 72 bytes in UTF-8, all that bcrypt reads", example = "correct-horse-battery-staple")
        String password) {

    @Override
    public String toString() {
        return "TokenRequest[username=" + username + "]"; // never the password, even in a debug log
    }
}
