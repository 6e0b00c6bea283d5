package eu.euromedjustice.meeting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.euromedjustice.common.http.Versioned;
import eu.euromedjustice.common.i18n.LanguageMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgendaItem", description = "One item of a meeting's agenda. Times are local to the meeting's time zone.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgendaItemDto(
        @Schema(required = true, example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID id,
        @Schema(required = true, example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID meetingId,
        @Schema(required = true, description = "1 to the number of items, each once", example = "1", minimum = "1",
                maximum = "200") int position,
        @Schema(required = true) LanguageMap title,
        LanguageMap description,
        @Schema(example = "2017-05-08T09:30:00") LocalDateTime startsAt,
        @Schema(example = "2017-05-08T11:00:00") LocalDateTime endsAt,
        @Schema(required = true) AgendaItemType type,
        @Schema(required = true, description = "Ids of the speaking members, in order; their names are among the "
                + "meeting's participants", maxItems = 20, uniqueItems = true) List<UUID> speakerIds,
        @Schema(required = true, example = "0", minimum = "0", maximum = "9223372036854775807") long version,
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant createdAt,
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant updatedAt) implements Versioned {

    @Override
    public Object key() {
        return id;
    }
}
