package eu.euromedjustice.common.problem;

import java.util.logging.Level;

import eu.euromedjustice.ApiTest;
import eu.euromedjustice.support.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * How failures are answered: client errors only for what was wrong with the request; everything
 * else a logged 500, or a 503 with Retry-After while the database cannot be reached; any status a
 * WebApplicationException carries is kept. Never internals in a body, never values in a log.
 */
@QuarkusTest
class ProblemMappingTest extends ApiTest {

    private static final String PROBLEMS = "https://euromed-justice.eu/problems/";
    private static final String FAILURE = FailureTestResource.PATH;

    @Test
    void shouldHideInternalsOfUnexpectedFailuresAndLogThem() {
        try (LogCapture logs = LogCapture.start()) {
            anonymous().get(FAILURE)
                    .then().statusCode(500)
                    .contentType(PROBLEM_JSON)
                    .body("type", equalTo(PROBLEMS + "internal-error"))
                    .body("requestId", notNullValue())
                    .body("detail", not(containsString("Exception")))
                    .body(not(containsString("eu.euromedjustice")))
                    .body(not(containsString(FailureTestResource.SECRET)));
            assertThat(logs.atLeast(Level.SEVERE)).hasSize(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/database-down", "/pool-exhausted"})
    void shouldAnswerServiceUnavailableWithRetryAfterWhileTheDatabaseCannotBeReached(String path) {
        anonymous().get(FAILURE + path)
                .then().statusCode(503)
                .contentType(PROBLEM_JSON)
                .header("Retry-After", equalTo(Problems.RETRY_AFTER_SECONDS))
                .body("type", equalTo(PROBLEMS + "service-unavailable"))
                .body("status", equalTo(503))
                .body(not(containsString("db.internal")))
                .body(not(containsString("5432")));
    }

    @Test
    void shouldAnswerServiceUnavailableWithRetryAfterWhenATransactionLostADeadlock() {
        anonymous().get(FAILURE + "/deadlock")
                .then().statusCode(503)
                .contentType(PROBLEM_JSON)
                .header("Retry-After", equalTo(Problems.RETRY_AFTER_SECONDS))
                .body("detail", containsString("concurrent"))
                .body(not(containsString("PERSON")));
    }

    @Test
    void shouldKeepTheStatusOfAWebApplicationExceptionItHasNoKindFor() {
        anonymous().get(FAILURE + "/status/410")
                .then().statusCode(410).contentType(PROBLEM_JSON)
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Gone"))
                .body("status", equalTo(410));
        anonymous().get(FAILURE + "/status/429")
                .then().statusCode(429).contentType(PROBLEM_JSON)
                .header("Retry-After", equalTo("7"))
                .body("type", equalTo(PROBLEMS + "too-many-requests"))
                .body("status", equalTo(429));
    }

    @Test
    void shouldAnswerAFailureWhileWritingTheResponseAsAnInternalErrorAndLogIt() {
        try (LogCapture logs = LogCapture.start()) {
            anonymous().get(FAILURE + "/unwritable")
                    .then().statusCode(500).contentType(PROBLEM_JSON)
                    .body("type", equalTo(PROBLEMS + "internal-error"))
                    .body(not(containsString("name")))
                    .body(not(containsString("internal.Thing")));
            anonymous().get(FAILURE + "/no-serializer")
                    .then().statusCode(500).contentType(PROBLEM_JSON)
                    .body("type", equalTo(PROBLEMS + "internal-error"))
                    .body("status", equalTo(500));
            assertThat(logs.atLeast(Level.SEVERE)).hasSize(2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"client-unique", "client-key"})
    void shouldAnswerAConflictOnlyForAUniqueKeyAClientCanCollideWith(String kind) {
        anonymous().post(FAILURE + "/constraint/" + kind)
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "conflict"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"primary-key", "foreign-key", "not-null"})
    void shouldAnswerOtherConstraintViolationsAsInternalErrorsWithoutLoggingValues(String kind) {
        try (LogCapture logs = LogCapture.start()) {
            anonymous().post(FAILURE + "/constraint/" + kind)
                    .then().statusCode(500).contentType(PROBLEM_JSON)
                    .body("type", equalTo(PROBLEMS + "internal-error"));
            assertThat(logs.atLeast(Level.SEVERE)).hasSize(1);
            assertThat(logs.text()).contains("constraint").doesNotContain("x_uk").doesNotContain("'ZZ'")
                    .doesNotContain("insert into");
        }
    }
}
