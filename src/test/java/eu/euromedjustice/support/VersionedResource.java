package eu.euromedjustice.support;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import eu.euromedjustice.security.Role;

/**
 * What the shared contract test of a versioned resource needs to know about one resource: where
 * a new item is created, a valid new body, how it is keyed, a change to patch, and who may do what.
 * A new resource joins {@code VersionedResourceContractTest} with one of these.
 *
 * <p>Most resources are items of a collection, created by POST to it. A singleton (a fiche's draft)
 * is created instead by PUT without If-Match at its own path: it has no collection, and a fresh
 * item path (where nothing exists yet) stands in for an unknown key.
 *
 * @param collection    the collection's path, null for a resource created by PUT; a supplier, since a sub-resource needs a fresh parent
 * @param freshItemPath for a resource created by PUT: the path of a new item that does not exist yet, null otherwise
 * @param validBody     a body that creates a new item each time it is called (unique keys included)
 * @param keyParameter  the name of the item's path parameter, which a 400 for a malformed key names
 * @param malformedItemPaths for a resource created by PUT: item paths with a malformed key, each with the parameter a 400 names
 * @param patch         a merge patch that changes the item, and the property and value it then has
 * @param replaceable   whether the resource takes PUT (to replace an item)
 */
public record VersionedResource(String name, Supplier<String> collection, Supplier<String> freshItemPath,
        Supplier<Map<String, Object>> validBody, String idProperty, String keyParameter, String unknownId, List<String> malformedIds,
        Map<String, String> malformedItemPaths, Map<String, Object> patch, String patchedProperty, Object patchedValue, boolean replaceable,
        Set<Role> writers, Set<Role> readers, boolean anonymousReads) {

    public static Builder named(String name) {
        return new Builder(name);
    }

    /** Whether a new item is created by PUT without If-Match at its own path, rather than by POST to a collection. */
    public boolean createdByPut() {
        return freshItemPath != null;
    }

    /** Where a new item is created: a collection to POST to, or a fresh item path to PUT at. A new one on each call. */
    public String creationTarget() {
        return createdByPut() ? freshItemPath.get() : collection.get();
    }

    /** The path of an item that does not exist. */
    public String unknownItem() {
        return createdByPut() ? freshItemPath.get() : collection.get() + "/" + unknownId;
    }

    /** Item paths with a malformed key, each with the name of the parameter a 400 names. */
    public Map<String, String> malformedItems() {
        if (createdByPut()) {
            return malformedItemPaths;
        }
        String items = collection.get();
        Map<String, String> malformed = new LinkedHashMap<>();
        malformedIds.forEach(id -> malformed.put(items + "/" + id, keyParameter));
        return malformed;
    }

    /** The roles that may not write: those that only read, and those that may not even read. */
    public Set<Role> nonWriters() {
        return writers.isEmpty() ? EnumSet.allOf(Role.class) : EnumSet.complementOf(EnumSet.copyOf(writers));
    }

    /** The roles that may not read the resource at all (403). */
    public Set<Role> nonReaders() {
        return readers.isEmpty() ? EnumSet.allOf(Role.class) : EnumSet.complementOf(EnumSet.copyOf(readers));
    }

    @Override
    public String toString() {
        return name; // the parameterised tests' display name
    }

    public static final class Builder {

        private final String name;
        private Supplier<String> collection;
        private Supplier<String> freshItemPath;
        private Supplier<Map<String, Object>> validBody;
        private String idProperty = "id";
        private String keyParameter = "id";
        private String unknownId = "0193f2a3-5b7c-7d8e-9f01-23456789abcd";
        private List<String> malformedIds = List.of("not-a-uuid", "0193f2a35b7c7d8e9f0123456789abcd");
        private final Map<String, String> malformedItemPaths = new LinkedHashMap<>();
        private Map<String, Object> patch;
        private String patchedProperty;
        private Object patchedValue;
        private boolean replaceable = true;
        private Set<Role> writers = EnumSet.of(Role.EDITOR, Role.ADMIN);
        private Set<Role> readers = EnumSet.allOf(Role.class);
        private boolean anonymousReads;

        private Builder(String name) {
            this.name = name;
        }

        public Builder collection(String path) {
            return collection(() -> path);
        }

        public Builder collection(Supplier<String> path) {
            this.collection = path;
            return this;
        }

        /**
         * For a singleton created by PUT without If-Match at its own path: each call gives the path of
         * a new item that does not exist yet (its parents created, if need be).
         */
        public Builder createdByPut(Supplier<String> freshItemPath) {
            this.freshItemPath = freshItemPath;
            return this;
        }

        public Builder validBody(Supplier<Map<String, Object>> body) {
            this.validBody = body;
            return this;
        }

        /** The property that holds the key used in the item's path, and keys that name nothing or are malformed. */
        public Builder key(String property, String unknown, List<String> malformed) {
            this.idProperty = property;
            this.keyParameter = property;
            this.unknownId = unknown;
            this.malformedIds = malformed;
            return this;
        }

        /** The name of the item's path parameter, when it is not the key property's (a sub-resource's). */
        public Builder keyParameter(String parameter) {
            this.keyParameter = parameter;
            return this;
        }

        /** For a resource created by PUT: an item path with a malformed key, and the path parameter a 400 names. */
        public Builder malformedItem(String path, String parameter) {
            this.malformedItemPaths.put(path, parameter);
            return this;
        }

        public Builder patch(Map<String, Object> patch, String property, Object value) {
            this.patch = patch;
            this.patchedProperty = property;
            this.patchedValue = value;
            return this;
        }

        public Builder notReplaceable() {
            this.replaceable = false;
            return this;
        }

        public Builder writers(Role... roles) {
            this.writers = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(roles));
            return this;
        }

        public Builder readers(Role... roles) {
            this.readers = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(roles));
            return this;
        }

        public Builder anonymousReads() {
            this.anonymousReads = true;
            return this;
        }

        public VersionedResource build() {
            if ((collection == null) == (freshItemPath == null)) {
                throw new IllegalStateException(name + ": give either a collection or createdByPut, not both or neither");
            }
            return new VersionedResource(name, collection, freshItemPath, validBody, idProperty, keyParameter, unknownId, malformedIds,
                    Collections.unmodifiableMap(new LinkedHashMap<>(malformedItemPaths)), patch, patchedProperty, patchedValue, replaceable,
                    writers, readers, anonymousReads);
        }
    }
}
