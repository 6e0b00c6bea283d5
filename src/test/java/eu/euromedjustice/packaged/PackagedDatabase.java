package eu.euromedjustice.packaged;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import eu.euromedjustice.support.TestSigningKeys;

/**
 * A fresh, empty database for packaged instances: an H2 data directory, or a new database on the
 * PostgreSQL server the build's tests use (EMJ_TEST_JDBC_URL), dropped again at the end.
 */
final class PackagedDatabase implements AutoCloseable {

    static final Path WORK = Path.of("target", "packaged");
    private static final Path KEYS = WORK.resolve("keys");

    private final String name;
    private final Path dataDir;

    private PackagedDatabase(String name, Path dataDir) {
        this.name = name;
        this.dataDir = dataDir;
    }

    static boolean postgresql() {
        return "postgresql".equals(System.getenv("EMJ_DB_KIND"));
    }

    static PackagedDatabase fresh(String purpose) {
        String name = "emj_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8);
        Path dataDir = WORK.resolve(name);
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (postgresql()) {
            execute("create database " + name);
        }
        return new PackagedDatabase(name, dataDir);
    }

    /** The environment that points an instance at this database, as production configures it. */
    Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>();
        environment.put("EMJ_DATA_DIR", dataDir.toAbsolutePath().toString());
        if (postgresql()) {
            environment.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl());
            environment.put("QUARKUS_DATASOURCE_USERNAME", System.getenv("EMJ_TEST_DB_USERNAME"));
            environment.put("QUARKUS_DATASOURCE_PASSWORD", System.getenv("EMJ_TEST_DB_PASSWORD"));
            Path privateKey = KEYS.resolve("private.pem");
            Path publicKey = KEYS.resolve("public.pem");
            synchronized (PackagedDatabase.class) {
                if (!Files.exists(privateKey)) {
                    TestSigningKeys.write(privateKey, publicKey);
                }
            }
            environment.put("EMJ_JWT_PRIVATE_KEY_LOCATION", privateKey.toAbsolutePath().toString());
            environment.put("EMJ_JWT_PUBLIC_KEY_LOCATION", publicKey.toAbsolutePath().toString());
        }
        return environment;
    }

    /** A connection of the test's own to the PostgreSQL database (H2 files are locked by their one instance). */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), System.getenv("EMJ_TEST_DB_USERNAME"), System.getenv("EMJ_TEST_DB_PASSWORD"));
    }

    /** A count on PostgreSQL. */
    long count(String sql) {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String jdbcUrl() {
        String server = System.getenv("EMJ_TEST_JDBC_URL");
        return server.substring(0, server.lastIndexOf('/') + 1) + name;
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(System.getenv("EMJ_TEST_JDBC_URL"),
                System.getenv("EMJ_TEST_DB_USERNAME"), System.getenv("EMJ_TEST_DB_PASSWORD"));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (postgresql()) {
            execute("drop database if exists " + name + " with (force)");
        }
    }
}
