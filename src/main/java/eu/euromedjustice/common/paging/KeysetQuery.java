package eu.euromedjustice.common.paging;

import java.util.HashMap;
import java.util.Map;

/**
 * Builds the HQL of one keyset page: the optional filters that were given, the "after the last
 * key seen" condition, and the order by the same key, so repositories only say which clauses apply.
 */
public final class KeysetQuery {

    private final StringBuilder where = new StringBuilder("1 = 1");
    private final Map<String, Object> parameters = new HashMap<>();
    private final String key;

    private KeysetQuery(String key) {
        this.key = key;
    }

    /** A page ordered by the given unique attribute. */
    public static KeysetQuery orderedBy(String key) {
        return new KeysetQuery(key);
    }

    /** Adds "and {clause}" with the named parameter, unless the value is null (the filter is absent). */
    public KeysetQuery and(String clause, String parameter, Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** Only rows after the last key of the previous page; nothing on the first page. */
    public KeysetQuery after(Object lastKey) {
        return and(key + " > :after", "after", lastKey);
    }

    public String hql() {
        return where + " order by " + key;
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}
