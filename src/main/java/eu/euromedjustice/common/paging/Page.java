package eu.euromedjustice.common.paging;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a collection; {@code next} is absent on the last page. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page<T>(
        @Schema(required = true, description = "The items of this page, in the list's order", maxItems = PageRequest.MAX_LIMIT)
        @JsonInclude(JsonInclude.Include.ALWAYS)
        List<T> items,
        @Schema(description = "Opaque cursor for the next page; absent on the last page", maxLength = Page.MAX_CURSOR_LENGTH,
                example = "WyJvcmdhbmlzYXRpb25zIiwiNGZ2LWN6...")
        String next) {

    /** Cursors carry the sort key of an item; keys are short, so this bounds them with room to spare. */
    public static final int MAX_CURSOR_LENGTH = 4096;

    /** The same page with its items converted, such as entities into DTO records. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), next);
    }
}
