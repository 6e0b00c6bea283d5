package eu.euromedjustice.common.persistence;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import eu.euromedjustice.common.i18n.SearchText;

/**
 * A short list of tags (enum names, language tags) stored as one text column ",A,B,": read with
 * its row, so a page of rows needs no query per row, and filtered with a portable LIKE on
 * {@link #containing}. Tags never contain commas (their formats are validated).
 */
public final class TagColumn {

    private TagColumn() {
    }

    public static String encode(Collection<String> tags) {
        return tags.isEmpty() ? "" : "," + String.join(",", tags) + ",";
    }

    public static List<String> decode(String column) {
        return column == null || column.isEmpty() ? List.of()
                : Arrays.stream(column.substring(1, column.length() - 1).split(",")).toList();
    }

    /** The LIKE pattern (escape character '\\') of a column holding this tag exactly. */
    public static String containing(String tag) {
        return "%," + SearchText.escapeLike(tag) + ",%";
    }

    /** The LIKE pattern (escape character '\\') of a column holding a tag that starts with this prefix, such as "fr-" for fr-CA. */
    public static String containingPrefix(String prefix) {
        return "%," + SearchText.escapeLike(prefix) + "%";
    }
}
