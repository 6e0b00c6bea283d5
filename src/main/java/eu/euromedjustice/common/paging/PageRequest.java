package eu.euromedjustice.common.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

import eu.euromedjustice.common.http.Params;
import eu.euromedjustice.common.problem.ProblemException;

/**
 * A validated request for one page of a keyset-paged list: how many items, and the sort key of
 * the last item already seen (null for the first page). The cursor a client holds is this key,
 * bound to the list it came from and base64url-encoded, so it is opaque and cannot be replayed
 * against another list.
 */
public record PageRequest(String scope, int limit, String after) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private static final String SEPARATOR = "\n";

    public static PageRequest of(String scope, String limit, String cursor) {
        return new PageRequest(scope, parseLimit(limit), cursor == null ? null : decode(scope, cursor));
    }

    /** The key of the last item seen, converted; a key that does not convert is a tampered cursor. */
    public <K> K afterAs(Function<String, K> converter) {
        if (after == null) {
            return null;
        }
        try {
            return converter.apply(after);
        } catch (RuntimeException e) {
            throw invalidCursor();
        }
    }

    /** One page from {@code limit + 1} rows fetched in key order: the extra row only says that there is more. */
    public <E, T> Page<T> page(List<E> rows, Function<E, T> mapper, Function<E, String> key) {
        boolean more = rows.size() > limit;
        List<E> shown = more ? rows.subList(0, limit) : rows;
        String next = more ? encode(scope, key.apply(shown.get(shown.size() - 1))) : null;
        return new Page<>(shown.stream().map(mapper).toList(), next);
    }

    /** Rows to fetch for one page. */
    public int fetchSize() {
        return limit + 1;
    }

    static String encode(String scope, String key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((scope + SEPARATOR + key).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String scope, String cursor) {
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalidCursor();
        }
        int separator = decoded.indexOf(SEPARATOR);
        if (separator < 0 || !decoded.substring(0, separator).equals(scope) || separator == decoded.length() - 1
                || Params.hasControlCharacter(decoded.substring(separator + 1))) {
            throw invalidCursor();
        }
        return decoded.substring(separator + 1);
    }

    private static int parseLimit(String limit) {
        if (limit == null || limit.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        int value;
        try {
            value = Integer.parseInt(limit);
        } catch (NumberFormatException e) {
            value = -1;
        }
        if (value < 1 || value > MAX_LIMIT) {
            throw ProblemException.invalidField("limit", "must be a whole number from 1 to " + MAX_LIMIT);
        }
        return value;
    }

    private static ProblemException invalidCursor() {
        return ProblemException.invalidField("cursor",
                "is not a cursor of this list; use the 'next' value of a previous page unchanged");
    }
}
