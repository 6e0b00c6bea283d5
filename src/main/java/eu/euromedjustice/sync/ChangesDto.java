package eu.euromedjustice.sync;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Changes", description = "One batch of the change feed")
public record ChangesDto(
        @Schema(required = true, description = "Entries after the requested position, in seq order", maxItems = ChangeService.MAX_LIMIT)
        List<ChangeDto> items,
        @Schema(required = true, description = "Store this and send it as 'after' on the next poll: every entry up to it "
                + "that you may see has been delivered", example = "1042", minimum = "0", maximum = "9223372036854775807")
        long next,
        @Schema(required = true, description = "True when more entries are waiting: poll again at once rather than later")
        boolean more) {
}
