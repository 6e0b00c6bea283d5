package eu.euromedjustice.member;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.euromedjustice.security.UserDto;
import eu.euromedjustice.sync.AuditEventDto;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything the service holds about one person (GDPR articles 15 and 20). Features that record
 * more about people (meeting participations, audit entries) add their part here.
 */
@Schema(name = "PersonalData", description = "Everything held about one person, as one document")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonalDataDto(
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant exportedAt,
        @Schema(required = true, description = "The member record with its memberships") MemberDto member,
        @Schema(description = "The account linked to the member, without secrets") UserDto account,
        @Schema(required = true, description = "The audit log's entries about the person (member, memberships, meeting "
                + "participations, account), oldest first", maxItems = 100000) List<AuditEventDto> auditEvents) {
}
