package eu.euromedjustice.common.paging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.euromedjustice.common.persistence.StorableText;
import eu.euromedjustice.common.problem.ProblemException;

/**
 * A validated request for one page of a keyset-paged list: how many items, and the sort key of
 * the last item already seen (empty for the first page). The cursor a client holds is that key,
 * bound to the list, its filters and its limit, as base64url-encoded JSON: opaque, safe for keys
 * in any script, and refused when replayed against another list or other filters.
 */
public record PageRequest(String scope, String binding, int limit, List<String> after) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> PARTS = new TypeReference<>() {
    };
    private static final Pattern LIMIT = Pattern.compile("[0-9]{1,3}");

    /**
     * @param filter the list's filters as given (null values for absent ones); its string form
     *               binds the cursor, so it must be canonical, as a record's is
     */
    public static PageRequest of(String scope, Object filter, String limit, String cursor) {
        int size = parseLimit(limit);
        String binding = bindingOf(filter, size);
        return new PageRequest(scope, binding, size, cursor == null ? List.of() : decode(scope, binding, cursor));
    }

    /** True on the first page. */
    public boolean isFirst() {
        return after.isEmpty();
    }

    /** Rows to fetch for one page: one more than shown, which only tells whether there is more. */
    public int fetchSize() {
        return limit + 1;
    }

    /** One page from {@code limit + 1} rows fetched in key order. */
    public <E> Page<E> page(List<E> rows, Keyset<E> keyset) {
        boolean more = rows.size() > limit;
        List<E> shown = more ? List.copyOf(rows.subList(0, limit)) : rows;
        String next = more ? encode(scope, binding, keyset.keyOf(shown.get(shown.size() - 1))) : null;
        return new Page<>(shown, next);
    }

    static String encode(String scope, String binding, List<String> key) {
        List<String> parts = new ArrayList<>(List.of(scope, binding));
        parts.addAll(key);
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(parts));
        } catch (IOException e) {
            throw new IllegalStateException("A cursor cannot be written", e);
        }
    }

    private static List<String> decode(String scope, String binding, String cursor) {
        if (cursor.length() > Page.MAX_CURSOR_LENGTH) {
            throw invalidCursor();
        }
        List<String> parts;
        try {
            parts = JSON.readValue(Base64.getUrlDecoder().decode(cursor), PARTS);
        } catch (IOException | IllegalArgumentException e) {
            throw invalidCursor();
        }
        if (parts == null || parts.size() < 3 || !scope.equals(parts.get(0)) || parts.contains(null)
                || parts.stream().anyMatch(part -> !StorableText.isStorable(part))) {
            throw invalidCursor();
        }
        if (!binding.equals(parts.get(1))) {
            throw ProblemException.invalidField("cursor",
                    "belongs to the same list with other filters or another limit; keep them as they were, or start afresh");
        }
        return List.copyOf(parts.subList(2, parts.size()));
    }

    private static String bindingOf(Object filter, int limit) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((filter + "\n" + limit).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 9));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static int parseLimit(String limit) {
        if (limit == null || limit.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        // ASCII digits only: Integer.parseInt would also read other scripts' digits
        int value = LIMIT.matcher(limit).matches() ? Integer.parseInt(limit) : -1;
        if (value < 1 || value > MAX_LIMIT) {
            throw ProblemException.invalidField("limit", "must be a whole number from 1 to " + MAX_LIMIT);
        }
        return value;
    }

    static ProblemException invalidCursor() {
        return ProblemException.invalidField("cursor",
                "is not a cursor of this list; use the 'next' value of a previous page unchanged");
    }
}
