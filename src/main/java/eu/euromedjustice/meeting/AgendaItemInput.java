package eu.euromedjustice.meeting;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.i18n.LanguageText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.UniqueElements;

/** What a client writes to add an agenda item (and what a merge patch is applied to). */
@Schema(name = "AgendaItemInput", description = "The writable properties of an agenda item")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgendaItemInput(
        @Min(1) @Max(MAX_ITEMS)
        @Schema(description = "1 for the first item. On add, default after the last item; the items from there on move "
                + "down one. Changing it moves the item, the others close up, so positions stay 1 to n", example = "1",
                minimum = "1", maximum = "200") Integer position,
        @NotNull @LanguageText(maxLength = 300)
        @Schema(required = true, example = "{\"en\": \"National coordination models\"}") LanguageMap title,
        @LanguageText(englishRequired = false, maxLength = 5000) LanguageMap description,
        @Schema(description = "Local date-time in the meeting's time zone, on one of its days", example = "2017-05-08T09:30:00")
        LocalDateTime startsAt,
        @Schema(description = "Local date-time in the meeting's time zone, not before startsAt, which it needs",
                example = "2017-05-08T11:00:00") LocalDateTime endsAt,
        @NotNull @Schema(required = true) AgendaItemType type,
        @Size(max = 20) @UniqueElements
        @Schema(description = "Ids of the speaking members, in order; each must be a participant of the meeting; default none",
                maxItems = 20, uniqueItems = true) List<@NotNull UUID> speakerIds) {

    /** The most items an agenda has. */
    public static final int MAX_ITEMS = 200;
}
