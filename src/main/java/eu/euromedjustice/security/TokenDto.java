package eu.euromedjustice.security;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Token", description = "An access token to send as 'Authorization: Bearer <accessToken>'")
public record TokenDto(
        @Schema(required = true, description = "Signed JWT (RS256) carrying the user's roles",
                example = "eyJraWQiOiJ...", maxLength = 4096) String accessToken,
        @Schema(required = true, example = "Bearer", enumeration = "Bearer") String tokenType,
        @Schema(required = true, description = "Seconds until the token expires", example = "3600",
                minimum = "60", maximum = "31622400") long expiresIn) {
}
