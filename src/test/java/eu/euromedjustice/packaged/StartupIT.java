package eu.euromedjustice.packaged;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import eu.euromedjustice.support.Parallel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The packaged application refuses to start when it could not work (rather than failing every
 * login later), and instances that start together on an empty database all start.
 */
class StartupIT {

    private static final Duration EXIT = Duration.ofSeconds(90);
    private static final int SAME_MOMENT_ROUNDS = 3;
    private static final Map<String, String> PRODUCTION_COST = Map.of("EMJ_SECURITY_BCRYPT_COST", "12");

    @Test
    void shouldRefuseToStartWithAMissingKeyFile() {
        try (PackagedDatabase database = PackagedDatabase.fresh("keys");
                PackagedApp app = PackagedApp.on(database, "missing-key", Map.of(
                        "EMJ_JWT_PRIVATE_KEY_LOCATION", "/nonexistent/jwt-private.pem",
                        "EMJ_JWT_PUBLIC_KEY_LOCATION", "/nonexistent/jwt-public.pem")).start()) {
            Integer exit = app.awaitExit(EXIT);

            assertThat(exit).as(app.logTail()).isNotNull().isNotZero();
            assertThat(app.logText()).contains("/nonexistent/jwt-").contains("does not exist");
        }
    }

    @Test
    void shouldRefuseToStartOnPostgresqlWithoutAnAdministratorPasswordOrKeys() {
        assumeTrue(PackagedDatabase.postgresql(), "PostgreSQL only");
        try (PackagedDatabase database = PackagedDatabase.fresh("required")) {
            try (PackagedApp app = PackagedApp.on(database, "no-admin-password", Map.of("EMJ_ADMIN_PASSWORD", "")).start()) {
                assertThat(app.awaitExit(EXIT)).as(app.logTail()).isNotNull().isNotZero();
                assertThat(app.logText()).contains("EMJ_ADMIN_PASSWORD").doesNotContain("generated password");
            }
            try (PackagedApp app = PackagedApp.on(database, "no-keys",
                    Map.of("EMJ_JWT_PRIVATE_KEY_LOCATION", "", "EMJ_JWT_PUBLIC_KEY_LOCATION", "")).start()) {
                assertThat(app.awaitExit(EXIT)).as(app.logTail()).isNotNull().isNotZero();
                assertThat(app.logText()).contains("EMJ_JWT_PRIVATE_KEY_LOCATION");
            }
        }
    }

    @Test
    void shouldPrintAGeneratedAdministratorPasswordOnlyOnTheEmbeddedDatabase() {
        assumeFalse(PackagedDatabase.postgresql(), "embedded H2 only");
        try (PackagedDatabase database = PackagedDatabase.fresh("generated");
                PackagedApp app = PackagedApp.on(database, "generated-password", Map.of("EMJ_ADMIN_PASSWORD", "")).startReady()) {
            assertThat(app.logText()).contains("Created administrator 'admin' with generated password: ");
        }
    }

    @Test
    void shouldStartTwoInstancesTogetherOnAnEmptyDatabaseAndCreateEverythingOnce() {
        assumeTrue(PackagedDatabase.postgresql(), "several instances share PostgreSQL; the embedded H2 file serves one");
        try (PackagedDatabase database = PackagedDatabase.fresh("twins")) {
            List<PackagedApp> apps = new ArrayList<>();
            try {
                for (String name : new String[] {"twin-1", "twin-2"}) {
                    apps.add(PackagedApp.on(database, name, Map.of("EMJ_DEMO_DATA_ENABLED", "true")).start());
                }
                for (PackagedApp app : apps) {
                    app.awaitReady(Duration.ofSeconds(120));
                    assertThat(app.get("/api/v1/me", app.adminToken()).statusCode()).isEqualTo(200);
                }
                assertThat(database.count("select count(*) from app_user where username = 'admin'")).isEqualTo(1);
                assertThat(database.count("select count(*) from app_user")).isEqualTo(4); // admin and three demo accounts
                assertThat(database.count("select count(*) from expert_group")).isEqualTo(1);
                assertThat(database.count("select count(*) from organisation")).isEqualTo(13);
                assertThat(database.count("select count(*) from app_setting where name = 'demo-data-loaded'")).isEqualTo(1);
            } finally {
                apps.forEach(PackagedApp::close);
            }
        }
    }

    /**
     * Both processes are launched at the same moment, several times, each time on a new empty
     * database, with the production bcrypt cost, which keeps the administrator's transaction open
     * long enough for the other instance to run into it.
     */
    @Test
    void shouldStartTwoInstancesLaunchedAtTheSameMomentAndLetBothLogInTheAdministrator() throws Exception {
        assumeTrue(PackagedDatabase.postgresql(), "several instances share PostgreSQL; the embedded H2 file serves one");
        for (int round = 1; round <= SAME_MOMENT_ROUNDS; round++) {
            try (PackagedDatabase database = PackagedDatabase.fresh("same_moment");
                    PackagedApp first = PackagedApp.on(database, "same-moment-" + round + "-a", PRODUCTION_COST);
                    PackagedApp second = PackagedApp.on(database, "same-moment-" + round + "-b", PRODUCTION_COST)) {
                Parallel.atOnce(first::start, second::start);

                for (PackagedApp app : List.of(first, second)) {
                    app.awaitReady(Duration.ofSeconds(120));
                    assertThat(app.adminToken()).as("round %d", round).isNotBlank();
                }
                assertThat(database.count("select count(*) from app_user where username = 'admin'")).isEqualTo(1);
            }
        }
    }
}
