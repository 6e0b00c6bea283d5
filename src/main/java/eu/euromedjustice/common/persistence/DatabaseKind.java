package eu.euromedjustice.common.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which database this build runs on. The embedded H2 database serves one instance on one machine
 * and may make conveniences of its own (generated secrets, demo data); PostgreSQL serves several
 * instances and must be configured explicitly.
 */
@ApplicationScoped
public class DatabaseKind {

    private final boolean embedded;

    public DatabaseKind(@ConfigProperty(name = "quarkus.datasource.db-kind") String kind) {
        this.embedded = "h2".equals(kind);
    }

    public boolean embedded() {
        return embedded;
    }
}
