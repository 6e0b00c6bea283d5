package eu.euromedjustice.common.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongPredicate;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The views (DTOs or bytes) made lately, each with the tag of the data it was made from, the least
 * recently used dropped beyond a capacity. A view is given again only while its tag is current, which
 * the caller checks against the database on every use: several instances each keep their own and
 * none can serve what another changed.
 */
public final class RecentViews<K, V> {

    private record Kept<V>(long tag, V view) {
    }

    private final Map<K, Kept<V>> kept;

    public RecentViews(int capacity) {
        kept = Collections.synchronizedMap(new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Kept<V>> eldest) {
                return size() > capacity;
            }
        });
    }

    /**
     * The view kept for the key when {@code current} accepts its tag; otherwise a new one from
     * {@code make}, kept with the tag that {@code tagOf} reads from it.
     */
    public V get(K key, LongPredicate current, Supplier<V> make, ToLongFunction<V> tagOf) {
        Kept<V> found = kept.get(key);
        if (found != null && current.test(found.tag())) {
            return found.view();
        }
        V view = make.get();
        kept.put(key, new Kept<>(tagOf.applyAsLong(view), view));
        return view;
    }

    /** The same, when the current tag is known beforehand. */
    public V get(K key, long tag, Supplier<V> make) {
        return get(key, found -> found == tag, make, view -> tag);
    }
}
