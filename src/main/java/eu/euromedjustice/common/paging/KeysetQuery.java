package eu.euromedjustice.common.paging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import eu.euromedjustice.common.i18n.SearchText;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Builds and runs the HQL of one keyset page: the optional filters that were given, "after the
 * last key seen" as one row-value comparison (which an index on the key columns serves), and the
 * order by the same key, so repositories only say which clauses apply.
 */
public final class KeysetQuery<E> {

    private final Keyset<E> keyset;
    private final PageRequest page;
    private final StringBuilder where = new StringBuilder("1 = 1");
    private final Map<String, Object> parameters = new HashMap<>();

    private KeysetQuery(Keyset<E> keyset, PageRequest page) {
        this.keyset = keyset;
        this.page = page;
    }

    public static <E> KeysetQuery<E> of(Keyset<E> keyset, PageRequest page) {
        return new KeysetQuery<>(keyset, page);
    }

    /** Adds "and {clause}" with the named parameter, unless the value is null (the filter is absent). */
    public KeysetQuery<E> and(String clause, String parameter, Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** Adds "and {clause}" with several named parameters, unless there are none (the filter is absent). */
    public KeysetQuery<E> and(String clause, Map<String, ?> clauseParameters) {
        if (!clauseParameters.isEmpty()) {
            where.append(" and ").append(clause);
            parameters.putAll(clauseParameters);
        }
        return this;
    }

    /** Adds "and {attribute} like ..." for every word of a free-text search (see SearchText), unless there is none. */
    public KeysetQuery<E> andWords(String attribute, String text) {
        List<String> patterns = text == null ? List.of() : SearchText.wordPatterns(text);
        for (int i = 0; i < patterns.size(); i++) {
            String parameter = attribute + "Word" + i;
            where.append(" and ").append(attribute).append(" like :").append(parameter).append(" escape '\\'");
            parameters.put(parameter, patterns.get(i));
        }
        return this;
    }

    public Page<E> fetch(PanacheRepositoryBase<E, ?> repository) {
        return page.page(repository.find(whereAndOrder(), parameters).page(0, page.fetchSize()).list(), keyset);
    }

    /**
     * The keys and versions of the items {@link #fetch} gives, in the same order, without loading
     * the entities: all that a tag of them needs (a calendar feed's, before its kept bytes are sent).
     */
    public List<Object[]> fetchVersions(PanacheRepositoryBase<E, ?> repository, String entity, String key) {
        var query = repository.getEntityManager().createQuery("select " + key + ", version from " + entity + " where "
                + whereAndOrder(), Object[].class).setMaxResults(page.fetchSize());
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private String whereAndOrder() {
        List<String> attributes = keyset.attributes();
        if (!page.isFirst()) {
            List<Object> values = keyset.valuesOf(page.after());
            StringBuilder after = new StringBuilder();
            for (int i = 0; i < values.size(); i++) {
                after.append(i == 0 ? "" : ", ").append(":after").append(i);
                parameters.put("after" + i, values.get(i));
            }
            String comparison = keyset.isDescending() ? " < " : " > ";
            where.append(attributes.size() == 1
                    ? " and " + attributes.get(0) + comparison + after
                    : " and (" + String.join(", ", attributes) + ")" + comparison + "(" + after + ")");
        }
        String direction = keyset.isDescending() ? " desc" : "";
        return where + " order by " + attributes.stream().map(attribute -> attribute + direction).collect(Collectors.joining(", "));
    }
}
