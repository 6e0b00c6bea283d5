package eu.euromedjustice.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TokenRequest", description = "Credentials to exchange for an access token")
public record TokenRequest(
        @NotBlank @Size(max = 64) @Schema(required = true, example = "admin") String username,
        @NotBlank @Size(max = 200) @Schema(required = true, format = "password", example = "correct-horse-battery-staple")
        String password) {

    @Override
    public String toString() {
        return "TokenRequest[username=" + username + "]"; // never the password, even in a debug log
    }
}
