package eu.euromedjustice.security;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.euromedjustice.common.http.Versioned;
import eu.euromedjustice.member.MemberDto;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "User", description = "An account; passwords and their hashes are never returned")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserDto(
        @Schema(required = true, example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID id,
        @Schema(required = true, example = "n.haddad", maxLength = 64) String username,
        @Schema(required = true, example = "[\"EDITOR\"]", maxItems = 4, uniqueItems = true) List<Role> roles,
        @Schema(required = true, example = "true") boolean enabled,
        @Schema(description = "The member this account belongs to, if linked", example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd")
        UUID memberId,
        @Schema(description = "The linked member as this account sees it; only in GET /api/v1/me") MemberDto member,
        @Schema(required = true, description = "Changes with every update; the ETag carries it too", example = "0",
                minimum = "0", maximum = "9223372036854775807") long version,
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant createdAt,
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant updatedAt) implements Versioned {

    @Override
    public Object key() {
        return id;
    }

    /** The same account with its member embedded. */
    public UserDto withMember(MemberDto linked) {
        return new UserDto(id, username, roles, enabled, memberId, linked, version, createdAt, updatedAt);
    }
}
