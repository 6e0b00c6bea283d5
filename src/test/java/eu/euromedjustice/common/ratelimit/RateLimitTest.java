package eu.euromedjustice.common.ratelimit;

import static eu.euromedjustice.support.ProblemAssertions.assertProblem;
import static eu.euromedjustice.support.ProblemAssertions.assertUnauthorized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import eu.euromedjustice.ApiTest;
import eu.euromedjustice.security.ApiKeyInput;
import eu.euromedjustice.security.ApiKeyService;
import eu.euromedjustice.security.CountingPasswordHasher;
import eu.euromedjustice.security.Role;
import eu.euromedjustice.security.UserInput;
import eu.euromedjustice.security.UserService;
import eu.euromedjustice.support.ProblemAssertions.Kind;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.http.conn.params.ConnRoutePNames;
import org.junit.jupiter.api.Test;

/**
 * Rate limits, low enough to reach (a profile of its own: one more start of the application).
 * Each test calls from loopback addresses of its own (all of 127.0.0.0/8 is this machine), so
 * that no test spends another's buckets.
 */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
class RateLimitTest extends ApiTest {

    static final int ANONYMOUS = 6;
    static final int SIGNED_IN = 4;
    static final int PER_USERNAME = 3;
    static final int PER_ADDRESS = 5;

    private static final String COUNTRIES = "/api/v1/countries";
    private static final String ME = "/api/v1/me";
    private static final String TOKEN = "/api/v1/auth/token";

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "emj.rate-limit.anonymous-per-minute", Integer.toString(ANONYMOUS),
                    "emj.rate-limit.anonymous-burst", Integer.toString(ANONYMOUS),
                    "emj.rate-limit.signed-in-per-minute", Integer.toString(SIGNED_IN),
                    "emj.rate-limit.signed-in-burst", Integer.toString(SIGNED_IN),
                    "emj.rate-limit.login-per-username-per-minute", Integer.toString(PER_USERNAME),
                    "emj.rate-limit.login-per-address-per-minute", Integer.toString(PER_ADDRESS));
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(CountingPasswordHasher.class);
        }
    }

    @Inject
    UserService users;

    @Inject
    CountingPasswordHasher hasher;

    @Inject
    ApiKeyService apiKeys;

    @Test
    void shouldRefuseAnAnonymousClientOverItsLimitWithRetryAfterAndAProblem() {
        for (int i = 0; i < ANONYMOUS; i++) {
            from("127.0.0.11").get(COUNTRIES).then().statusCode(200);
        }

        Response refused = from("127.0.0.11").header("X-Request-Id", "limit-test-1").get(COUNTRIES);

        assertTooManyRequests(refused)
                .body("detail", containsString("from this address"))
                .body("instance", equalTo(COUNTRIES))
                .body("requestId", equalTo("limit-test-1"));
        from("127.0.0.12").get(COUNTRIES).then().statusCode(200);
    }

    @Test
    void shouldNotLimitHealthOrSwaggerUi() {
        exhaustAnonymous("127.0.0.13");

        from("127.0.0.13").get("/q/health/ready").then().statusCode(200);
        from("127.0.0.13").accept(ContentType.HTML).get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void shouldIgnoreForgedForwardingHeadersWithoutProxySettings() {
        exhaustAnonymous("127.0.0.14");

        assertTooManyRequests(from("127.0.0.14").header("X-Forwarded-For", "198.51.100.23").get(COUNTRIES));
        assertTooManyRequests(from("127.0.0.14").header("Forwarded", "for=198.51.100.23").get(COUNTRIES));
    }

    @Test
    void shouldCountABadTokenAgainstItsAddressAndStillAnswerUnauthorized() {
        for (int i = 0; i < ANONYMOUS; i++) {
            assertUnauthorized(from("127.0.0.15").auth().oauth2("not-a-token").get(ME));
        }

        assertTooManyRequests(from("127.0.0.15").auth().oauth2("not-a-token").get(ME));
    }

    @Test
    void shouldGiveEachSignedInAccountABucketOfItsOwn() {
        String first = newAccount(Role.MEMBER);
        String second = newAccount(Role.MEMBER);
        String firstToken = tokenOf(first, "127.0.0.16");
        String secondToken = tokenOf(second, "127.0.0.16");
        exhaustAnonymous("127.0.0.16");

        for (int i = 0; i < SIGNED_IN; i++) {
            from("127.0.0.16").auth().oauth2(firstToken).get(ME).then().statusCode(200);
        }
        assertTooManyRequests(from("127.0.0.16").auth().oauth2(firstToken).get(ME))
                .body("detail", containsString("account"));

        from("127.0.0.16").auth().oauth2(secondToken).get(ME).then().statusCode(200)
                .body("username", equalTo(second));
    }

    @Test
    void shouldGiveEachApiKeyABucketOfItsOwn() {
        String first = apiKeys.create(new ApiKeyInput("Limited sync", null, null), UUID.randomUUID()).secret();
        String second = apiKeys.create(new ApiKeyInput("Other sync", null, null), UUID.randomUUID()).secret();
        exhaustAnonymous("127.0.0.19");

        for (int i = 0; i < SIGNED_IN; i++) {
            from("127.0.0.19").header("X-API-Key", first).get(COUNTRIES).then().statusCode(200);
        }
        assertTooManyRequests(from("127.0.0.19").header("X-API-Key", first).get(COUNTRIES))
                .body("detail", containsString("API key"));

        from("127.0.0.19").header("X-API-Key", second).get(COUNTRIES).then().statusCode(200);
    }

    @Test
    void shouldLimitLoginAttemptsPerUsernameFromAnyAddressBeforeCheckingThePassword() {
        String username = newAccount(Role.EDITOR);
        for (int i = 0; i < PER_USERNAME; i++) {
            assertUnauthorized(login("127.0.0.17", username, "a-wrong-password-" + i));
        }
        long verifications = hasher.verifications();

        Response refused = login("127.0.0.18", username, TEST_PASSWORD);

        assertTooManyRequests(refused).body("detail", containsString("username"));
        assertThat(hasher.verifications()).as("bcrypt runs for a refused attempt").isEqualTo(verifications);
    }

    @Test
    void shouldLimitLoginAttemptsPerAddressWhateverTheUsername() {
        for (int i = 0; i < PER_ADDRESS; i++) {
            assertUnauthorized(login("127.0.0.19", uniqueName("nobody"), "a-guessed-password"));
        }
        long verifications = hasher.verifications();

        assertTooManyRequests(login("127.0.0.19", uniqueName("nobody"), "a-guessed-password"))
                .body("detail", containsString("login attempts"));

        assertThat(hasher.verifications()).isEqualTo(verifications);
        assertUnauthorized(login("127.0.0.20", uniqueName("nobody"), "a-guessed-password"));
        assertThat(hasher.verifications()).as("an admitted attempt is checked").isEqualTo(verifications + 1);
    }

    /** A request from its own loopback address: a client of its own, as far as the limits can tell. */
    private static RequestSpecification from(String address) {
        InetAddress local;
        try {
            local = InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(address, e);
        }
        return anonymous().baseUri("http://127.0.0.1").config(RestAssured.config().httpClient(
                HttpClientConfig.httpClientConfig().setParam(ConnRoutePNames.LOCAL_ADDRESS, local)));
    }

    private static Response login(String address, String username, String password) {
        return from(address).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post(TOKEN);
    }

    private static String tokenOf(String username, String address) {
        return login(address, username, TEST_PASSWORD).then().statusCode(200).extract().path("accessToken");
    }

    private static void exhaustAnonymous(String address) {
        Response answer;
        int sent = 0;
        do {
            answer = from(address).get(COUNTRIES);
            sent++;
        } while (answer.statusCode() == 200 && sent <= ANONYMOUS);
        assertTooManyRequests(answer);
    }

    /** An account made directly, so that no request of the test's own is spent on it. */
    private String newAccount(Role role) {
        return users.create(new UserInput(uniqueName(role.name().toLowerCase()), TEST_PASSWORD, EnumSet.of(role), true))
                .username();
    }

    private static io.restassured.response.ValidatableResponse assertTooManyRequests(Response response) {
        String retryAfter = response.header("Retry-After");
        assertThat(retryAfter).as("Retry-After").isNotNull().matches("[1-9][0-9]*");
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 60);
        return assertProblem(response, Kind.TOO_MANY_REQUESTS);
    }
}
