package eu.euromedjustice.packaged;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * While PostgreSQL is down the service answers 503 problems with Retry-After, says it is not
 * ready without telling where its database is, stays alive, and serves again by itself once the
 * database is back. Needs the commands that stop and start the test cluster (.ci/run sets
 * EMJ_TEST_DB_STOP_COMMAND and EMJ_TEST_DB_START_COMMAND); the embedded H2 database cannot go away.
 */
class OutageIT {

    private static final String ORGANISATION = "{\"name\": {\"en\": \"Outage test\"}, \"type\": \"OTHER\"}";

    @Test
    void shouldAnswerServiceUnavailableWhileTheDatabaseIsDownAndRecoverByItself() throws Exception {
        String stop = System.getenv("EMJ_TEST_DB_STOP_COMMAND");
        String start = System.getenv("EMJ_TEST_DB_START_COMMAND");
        assumeTrue(PackagedDatabase.postgresql() && stop != null && start != null,
                "needs PostgreSQL and EMJ_TEST_DB_STOP_COMMAND / EMJ_TEST_DB_START_COMMAND");
        try (PackagedDatabase database = PackagedDatabase.fresh("outage");
                PackagedApp app = PackagedApp.on(database, "outage", Map.of()).startReady()) {
            String token = app.adminToken();
            assertThat(app.send("POST", "/api/v1/organisations", token, ORGANISATION, Map.of()).statusCode()).isEqualTo(201);

            run(stop);
            try {
                for (HttpResponse<String> down : new HttpResponse[] {
                        app.get("/api/v1/organisations", null),
                        app.get("/api/v1/me", token),
                        app.send("POST", "/api/v1/organisations", token, ORGANISATION, Map.of()),
                        app.send("POST", "/api/v1/auth/token", null,
                                "{\"username\": \"admin\", \"password\": \"" + PackagedApp.ADMIN_PASSWORD + "\"}", Map.of())}) {
                    assertThat(down.statusCode()).as(down.uri() + " " + down.body()).isEqualTo(503);
                    assertThat(down.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                    assertThat(down.headers().firstValue("Retry-After")).isPresent();
                    assertThat(down.body()).contains("service-unavailable").doesNotContain("5432").doesNotContain("127.0.0.1");
                }
                HttpResponse<String> ready = app.get("/q/health/ready", null);
                assertThat(ready.statusCode()).isEqualTo(503);
                assertThat(ready.body()).contains("DOWN").doesNotContain("127.0.0.1").doesNotContain("jdbc")
                        .doesNotContain(System.getenv("EMJ_TEST_JDBC_URL").replaceAll(".*:(\\d+)/.*", ":$1"));
                assertThat(app.get("/q/health/live", null).statusCode()).isEqualTo(200);
            } finally {
                run(start);
            }

            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            int status = 0;
            while (System.nanoTime() < deadline && status != 200) {
                status = app.get("/api/v1/organisations", null).statusCode();
                PackagedApp.sleep(250);
            }
            assertThat(status).as("the service serves again once the database is back").isEqualTo(200);
            assertThat(app.send("POST", "/api/v1/organisations", app.adminToken(), ORGANISATION, Map.of()).statusCode())
                    .isEqualTo(201);
            assertThat(app.get("/q/health/ready", null).statusCode()).isEqualTo(200);
        }
    }

    private static void run(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("sh", "-c", command).inheritIO().start();
        assertThat(process.waitFor()).as(command).isZero();
    }
}
