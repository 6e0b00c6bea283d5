package eu.euromedjustice.common.paging;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a collection; {@code next} is absent on the last page. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page<T>(
        @Schema(required = true, description = "The items of this page, in the list's order")
        @JsonInclude(JsonInclude.Include.ALWAYS)
        List<T> items,
        @Schema(description = "Opaque cursor for the next page; absent on the last page",
                example = "b3JnYW5pc2F0aW9ucwowMTkzZjJhMy0...")
        String next) {

    /** The same page with its items converted, such as entities into DTO records. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), next);
    }
}
