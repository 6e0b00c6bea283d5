package eu.euromedjustice.common.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The unique sort key of a keyset-paged list: one or more entity attributes, how each is read
 * from a cursor and written into one. Repositories declare one per order they offer.
 */
public final class Keyset<E> {

    private final List<Key<E>> keys;
    private final boolean descending;

    private Keyset(List<Key<E>> keys, boolean descending) {
        this.keys = keys;
        this.descending = descending;
    }

    /** Ascending by the keys, the first deciding. */
    @SafeVarargs
    public static <E> Keyset<E> of(Key<E>... keys) {
        return new Keyset<>(List.of(keys), false);
    }

    /** The same keys in the reverse order, such as the newest first; the same index serves it. */
    public Keyset<E> descending() {
        return new Keyset<>(keys, true);
    }

    boolean isDescending() {
        return descending;
    }

    /**
     * @param attribute the HQL path, such as {@code updatedAt}
     * @param parse     reads the attribute's value from its text in a cursor
     * @param value     the attribute's value of an entity, written into a cursor as its toString()
     */
    public static <E> Key<E> key(String attribute, Function<String, ?> parse, Function<E, ?> value) {
        return new Key<>(attribute, parse, value);
    }

    List<String> attributes() {
        return keys.stream().map(Key::attribute).toList();
    }

    /** The values of the last key seen, as the query needs them; a cursor that does not fit was tampered with. */
    List<Object> valuesOf(List<String> after) {
        if (after.size() != keys.size()) {
            throw PageRequest.invalidCursor();
        }
        List<Object> values = new ArrayList<>();
        try {
            for (int i = 0; i < keys.size(); i++) {
                values.add(keys.get(i).parse().apply(after.get(i)));
            }
        } catch (RuntimeException e) {
            throw PageRequest.invalidCursor();
        }
        return values;
    }

    List<String> keyOf(E row) {
        return keys.stream().map(key -> String.valueOf(key.value().apply(row))).toList();
    }

    public record Key<E>(String attribute, Function<String, ?> parse, Function<E, ?> value) {
    }
}
