package eu.euromedjustice.common.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while the database answers. Replaces Quarkus's own data source check, whose public answer
 * names the database host and port when the database is down; the reason goes to the log instead.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 3;

    private final DataSource dataSource;

    public DatabaseReadiness(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(TIMEOUT_SECONDS)) {
                return HealthCheckResponse.up("Database");
            }
            Log.warn("Readiness: the database connection is not valid");
        } catch (SQLException e) {
            Log.warnf("Readiness: the database cannot be reached: %s", DatabaseFailures.summary(e));
        }
        return HealthCheckResponse.down("Database");
    }
}
