package eu.euromedjustice.support;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import eu.euromedjustice.security.Role;

/**
 * What the shared contract test of a versioned resource needs to know about one resource: where
 * its collection is, a valid new body, how it is keyed, a change to patch, and who may do what.
 * A new resource joins {@code VersionedResourceContractTest} with one of these.
 *
 * @param collection   the collection's path; a supplier, since a sub-resource needs a fresh parent
 * @param validBody    a body that creates a new item each time it is called (unique keys included)
 * @param keyParameter the name of the item's path parameter, which a 400 for a malformed key names
 * @param patch        a merge patch that changes the item, and the property and value it then has
 * @param replaceable  whether the resource takes PUT
 */
public record VersionedResource(String name, Supplier<String> collection, Supplier<Map<String, Object>> validBody,
        String idProperty, String keyParameter, String unknownId, List<String> malformedIds, Map<String, Object> patch, String patchedProperty,
        Object patchedValue, boolean replaceable, Set<Role> writers, Set<Role> readers, boolean anonymousReads) {

    public static Builder named(String name) {
        return new Builder(name);
    }

    /** The roles that may read but not write. */
    public Set<Role> readOnlyRoles() {
        Set<Role> readOnly = readers.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(readers);
        readOnly.removeAll(writers);
        return readOnly;
    }

    @Override
    public String toString() {
        return name; // the parameterised tests' display name
    }

    public static final class Builder {

        private final String name;
        private Supplier<String> collection;
        private Supplier<Map<String, Object>> validBody;
        private String idProperty = "id";
        private String keyParameter = "id";
        private String unknownId = "0193f2a3-5b7c-7d8e-9f01-23456789abcd";
        private List<String> malformedIds = List.of("not-a-uuid", "0193f2a35b7c7d8e9f0123456789abcd");
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

        public Builder readers(Role... roles) {
            this.readers = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(roles));
            return this;
        }

        public Builder anonymousReads() {
            this.anonymousReads = true;
            return this;
        }

        public VersionedResource build() {
            return new VersionedResource(name, collection, validBody, idProperty, keyParameter, unknownId, malformedIds, patch, patchedProperty,
                    patchedValue, replaceable, writers, readers, anonymousReads);
        }
    }
}
