package eu.euromedjustice.common.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;

import eu.euromedjustice.ApiTest;
import eu.euromedjustice.security.Role;
import eu.euromedjustice.support.LogCapture;
import eu.euromedjustice.support.RawHttp;
import eu.euromedjustice.support.Wait;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The HTTP message itself, sent byte for byte: versions, Host, framing, sizes, content
 * negotiation. Every answer the service gives is a problem with a request id; the few the HTTP
 * codec gives below the application (listed in the README) at least never hang or leak.
 */
@QuarkusTest
@TestProfile(HttpMessageTest.WithAccessLog.class)
public class HttpMessageTest extends ApiTest {

    private static final String PROBLEMS = "https://euromed-justice.eu/problems/";

    /** The access log on, as in production, to prove that no request makes it fail. */
    public static class WithAccessLog implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.access-log.enabled", "true");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"HTTP/9.9", "HTTP/2.0", "http/1.1", "HTTP/1.2"})
    void shouldRefuseVersionsItDoesNotSpeakWithAProblemAndALogLine(String version) {
        try (LogCapture logs = LogCapture.start()) {
            RawHttp.Answer answer = RawHttp.send("GET /api/v1/countries/MA " + version + "\r\nHost: localhost\r\n\r\n");

            assertProblem(answer, 505, "http-version-not-supported");
            assertThat(answer.header("connection")).isEqualTo("close");
            // the access log line is written once the answer is out: wait for it
            assertThat(Wait.until(Duration.ofSeconds(5), () -> logs.text().contains("\"GET /api/v1/countries/MA\" 505")))
                    .as(logs.text()).isTrue();
            assertThat(logs.atLeast(Level.SEVERE)).as(logs.text()).isEmpty();
        }
    }

    @Test
    void shouldRefuseTwoHostHeaders() {
        RawHttp.Answer answer = RawHttp.send("GET /api/v1/countries/MA HTTP/1.1\r\nHost: a.example\r\nHost: b.example\r\n\r\n");

        assertProblem(answer, 400, "malformed-request");
    }

    @Test
    void shouldRefuseAnHttp11RequestWithoutHostWithAProblem() {
        RawHttp.Answer answer = RawHttp.send("GET /api/v1/countries/MA HTTP/1.1\r\nConnection: close\r\n\r\n");

        assertProblem(answer, 400, "malformed-request");
        assertThat(answer.body()).contains("Host");
    }

    @Test
    void shouldServeHttp10WithoutHostIncludingLinksAndLocations() {
        RawHttp.Answer list = RawHttp.send("GET /api/v1/countries?limit=2 HTTP/1.0\r\n\r\n");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.header("link")).contains("rel=\"next\"").contains("/api/v1/countries?");

        String marker = "http10-" + System.nanoTime();
        String body = "{\"name\": {\"en\": \"" + marker + "\"}, \"type\": \"OTHER\"}";
        RawHttp.Answer created = RawHttp.send("POST /api/v1/organisations HTTP/1.0\r\nAuthorization: Bearer " + token(Role.EDITOR)
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length
                + "\r\n\r\n" + body);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("location")).contains("/api/v1/organisations/");
        as(Role.EDITOR).queryParam("q", marker).get("/api/v1/organisations")
                .then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void shouldIgnoreAnUpgradeToCleartextHttp2AndAnswerOverHttp11() {
        RawHttp.Answer answer = RawHttp.send("GET /api/v1/countries/MA HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n\r\n");

        assertThat(answer.timedOut()).isFalse();
        assertThat(answer.statusLine()).startsWith("HTTP/1.1 200");
        assertThat(answer.body()).contains("\"code\":\"MA\"");
    }

    @Test
    void shouldNotHangOnTheHttp2ConnectionPreface() {
        RawHttp.Answer answer = RawHttp.send("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");

        assertThat(answer.timedOut()).isFalse();
        assertProblem(answer, 505, "http-version-not-supported");
    }

    @Test
    void shouldReadAChunkedBodyWithALongChunkExtension() {
        String json = "{}";
        RawHttp.Answer answer = RawHttp.send("POST /api/v1/auth/token HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(json.length()) + ";ext=" + "a".repeat(5000) + "\r\n" + json + "\r\n0\r\n\r\n");

        assertProblem(answer, 400, "validation-failed"); // read whole, then refused for its missing fields
    }

    @Test
    void shouldAnswerABrokenChunkSizeWithoutHanging() {
        RawHttp.Answer answer = RawHttp.send("POST /api/v1/auth/token HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");

        // Vert.x closes the connection on a framing error in the body, often before any handler runs
        // (README: what stays below the application); the client is not left waiting, and nothing breaks
        assertThat(answer.timedOut()).isFalse();
        assertThat(answer.closed()).isTrue();
        if (answer.status() > 0) {
            assertProblem(answer, 400, "malformed-request");
        }
        anonymous().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void shouldRefuseALongRequestTargetWithAProblem() {
        RawHttp.Answer answer = RawHttp.send("GET /api/v1/countries?q=" + "a".repeat(HttpFilters.MAX_URI_LENGTH)
                + " HTTP/1.1\r\nHost: localhost\r\n\r\n");

        assertProblem(answer, 414, "uri-too-long");
    }

    @Test
    void shouldRefuseLargeHeadersWithAProblem() {
        RawHttp.Answer answer = RawHttp.send("GET /api/v1/countries HTTP/1.1\r\nHost: localhost\r\nX-Padding: "
                + "a".repeat(HttpFilters.MAX_HEADER_BYTES) + "\r\n\r\n");

        assertProblem(answer, 431, "header-fields-too-large");
    }

    @Test
    void shouldStillAnswerWhatIsTooLargeForTheHttpCodec() {
        // past Netty's own limits the codec answers before the application: no body, but no hang either
        RawHttp.Answer line = RawHttp.send("GET /api/v1/countries?q=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertThat(line.status()).isEqualTo(414);
        RawHttp.Answer headers = RawHttp.send("GET /api/v1/countries HTTP/1.1\r\nHost: localhost\r\nX-Padding: "
                + "a".repeat(70_000) + "\r\n\r\n");
        assertThat(headers.status()).isEqualTo(431);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/countries/%zz", "/api/v1/countries?region=%zz", "/api/v1/countries/%"})
    void shouldRefuseBadPercentEncoding(String target) {
        RawHttp.Answer answer = RawHttp.send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.timedOut()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json;q=0", "*/*;q=0", "application/json;q=0, */*", "text/html, application/*;q=0"})
    void shouldRefuseAWriteBeforeMakingItWhenNoAnswerIsAcceptable(String accept) {
        String marker = "accept-" + System.nanoTime();

        as(Role.EDITOR).header("Accept", accept).contentType(ContentType.JSON)
                .body(Map.of("name", Map.of("en", marker), "type", "OTHER"))
                .post("/api/v1/organisations")
                .then().statusCode(406).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "not-acceptable"));

        as(Role.EDITOR).queryParam("q", marker).get("/api/v1/organisations")
                .then().statusCode(200).body("items.size()", equalTo(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/*", "*/*", "application/json;q=0.5, */*;q=0", "text/html, application/json;q=0.001"})
    void shouldServeWhatTheAcceptHeaderAllows(String accept) {
        anonymous().header("Accept", accept).get("/api/v1/countries/MA").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json;q=2", "application/json;q=abc", "application/json;q"})
    void shouldRefuseAnAcceptHeaderItCannotRead(String accept) {
        anonymous().header("Accept", accept).get("/api/v1/countries/MA")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("Accept"));
    }

    private static void assertProblem(RawHttp.Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.statusLine() + "\n" + answer.body()).isEqualTo(status);
        assertThat(answer.header("content-type")).isEqualTo(PROBLEM_JSON);
        assertThat(answer.header("x-request-id")).isNotBlank();
        assertThat(answer.body()).contains("\"type\":\"" + PROBLEMS + type + "\"").contains("\"status\":" + status);
    }
}
