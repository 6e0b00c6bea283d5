package eu.euromedjustice.common.http;

import java.util.Map;

import eu.euromedjustice.ApiTest;
import eu.euromedjustice.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static eu.euromedjustice.support.ProblemAssertions.assertInvalidField;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** The conventions of DESIGN section 4 that hold for every endpoint: errors, headers, limits, CORS. */
@QuarkusTest
class HttpConventionsTest extends ApiTest {

    private static final String PROBLEMS = "https://euromed-justice.eu/problems/";
    private static final String SPA_ORIGIN = "https://spa.example.org";
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void shouldAnswerUnknownPathsWithNotFoundProblem() {
        for (String path : new String[] {"/api/v1/no-such-thing", "/nothing-here", "/api/v2/countries"}) {
            anonymous().get(path)
                    .then().statusCode(404)
                    .contentType(PROBLEM_JSON)
                    .body("type", equalTo(PROBLEMS + "not-found"))
                    .body("title", equalTo("Resource not found"))
                    .body("status", equalTo(404))
                    .body("instance", equalTo(path))
                    .body("requestId", matchesPattern(UUID_PATTERN));
        }
    }

    @Test
    void shouldRefuseAQueryParameterThatTakesOneValueGivenTwiceNamingIt() {
        assertInvalidField(anonymous().queryParam("status", "PLANNED", "HELD").get("/api/v1/meetings"), "status");
        assertInvalidField(anonymous().queryParam("limit", 5).queryParam("limit", 6).get("/api/v1/countries"), "limit");
        assertInvalidField(anonymous().queryParam("q", "a").queryParam("q", "b").get("/api/v1/fiches"), "q");
        // a list takes each
        anonymous().queryParam("country", "MA", "TN").get("/api/v1/fiches").then().statusCode(200);
        anonymous().queryParam("limit", 5).get("/api/v1/countries").then().statusCode(200);
    }

    @Test
    void shouldAnswerWrongMethodWithMethodNotAllowedProblem() {
        as(Role.ADMIN).delete("/api/v1/countries")
                .then().statusCode(405)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "method-not-allowed"))
                .body("detail", containsString("DELETE"));
    }

    @Test
    void shouldAnswerUnsupportedContentTypeWithProblem() {
        anonymous().contentType(ContentType.XML).body("<credentials/>")
                .post("/api/v1/auth/token")
                .then().statusCode(415)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "unsupported-media-type"));
    }

    @Test
    void shouldAnswerUnacceptableAcceptWithProblem() {
        anonymous().accept(ContentType.XML).get("/api/v1/countries/MA")
                .then().statusCode(406)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "not-acceptable"));
    }

    @Test
    void shouldExplainWhereJsonIsMalformed() {
        anonymous().contentType(ContentType.JSON).body("{\"username\": \"admin\",\n \"password\": }")
                .post("/api/v1/auth/token")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "malformed-request"))
                .body("detail", containsString("line 2"));
    }

    @Test
    void shouldRejectBodyOfWrongShapeAndUnknownProperties() {
        anonymous().contentType(ContentType.JSON).body("[1, 2]")
                .post("/api/v1/auth/token")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "malformed-request"));
        anonymous().contentType(ContentType.JSON)
                .body(Map.of("username", "admin", "password", "whatever-it-is", "rememberMe", true))
                .post("/api/v1/auth/token")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "validation-failed"))
                .body("errors[0].field", equalTo("rememberMe"))
                .body("errors[0].message", equalTo("is not a known property"));
    }

    @Test
    void shouldNameEveryInvalidFieldOfABody() {
        anonymous().contentType(ContentType.JSON).body("{}")
                .post("/api/v1/auth/token")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "validation-failed"))
                .body("errors", hasSize(2))
                .body("errors.field", org.hamcrest.Matchers.contains("password", "username"));
    }

    @Test
    void shouldRejectBodiesOverOneMebibyteWithProblem() {
        String oversized = "{\"username\": \"" + "x".repeat(1024 * 1024) + "\", \"password\": \"p\"}";
        anonymous().contentType(ContentType.JSON).body(oversized)
                .post("/api/v1/auth/token")
                .then().statusCode(413)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "payload-too-large"));
    }

    @Test
    void shouldRejectChunkedBodiesOverOneMebibyteWithProblem() {
        byte[] oversized = ("{\"username\": \"" + "x".repeat(1024 * 1024) + "\"}").getBytes();
        anonymous().contentType(ContentType.JSON)
                .body(new java.io.ByteArrayInputStream(oversized))
                .post("/api/v1/auth/token")
                .then().statusCode(413)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "payload-too-large"));
    }

    @Test
    void shouldGenerateARequestIdAndEchoIt() {
        String requestId = anonymous().get("/api/v1/countries/ZZ")
                .then().statusCode(404)
                .header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .extract().header("X-Request-Id");
        anonymous().get("/api/v1/countries/ZZ").then().header("X-Request-Id", not(equalTo(requestId)));
    }

    @Test
    void shouldEchoTheClientsRequestIdInHeaderAndProblem() {
        anonymous().header("X-Request-Id", "spa-4711.retry-2").get("/api/v1/countries/ZZ")
                .then().statusCode(404)
                .header("X-Request-Id", equalTo("spa-4711.retry-2"))
                .body("requestId", equalTo("spa-4711.retry-2"));
    }

    @Test
    void shouldReplaceARequestIdThatCouldInjectIntoLogs() {
        anonymous().header("X-Request-Id", "evil\u0007id with spaces").get("/api/v1/countries/MA")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID_PATTERN));
    }

    @Test
    void shouldSendSecurityHeadersOnApiResponses() {
        anonymous().get("/api/v1/countries/MA")
                .then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", containsString("default-src 'none'"));
    }

    @Test
    void shouldKeepSwaggerUiUsableUnderItsOwnPolicy() {
        anonymous().accept(ContentType.HTML).get("/q/swagger-ui/index.html")
                .then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", nullValue());
    }

    @Test
    void shouldAllowConfiguredSpaOriginAndAnswerPreflightWithThePathsMethods() {
        String item = "/api/v1/organisations/0193f2a3-5b7c-7d8e-9f01-23456789abcd";
        anonymous().header("Origin", SPA_ORIGIN).header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "Authorization, If-Match, Content-Type")
                .options(item)
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo(SPA_ORIGIN))
                .header("Access-Control-Allow-Methods", equalTo("DELETE, GET, HEAD, OPTIONS, PATCH, PUT"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("Vary", equalToIgnoringCase("Origin"));
        anonymous().header("Origin", SPA_ORIGIN).header("Access-Control-Request-Method", "POST")
                .options("/api/v1/organisations")
                .then().statusCode(204)
                .header("Access-Control-Allow-Methods", equalTo("GET, HEAD, OPTIONS, POST"));
        anonymous().header("Origin", SPA_ORIGIN).get("/api/v1/countries/MA")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(SPA_ORIGIN))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    @Test
    void shouldRefuseAPreflightFromAnotherOriginWithAProblem() {
        anonymous().header("Origin", "https://evil.example.com").header("Access-Control-Request-Method", "DELETE")
                .options("/api/v1/countries")
                .then().statusCode(403).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "forbidden"))
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue())
                .header("Allow", nullValue());
    }

    @Test
    void shouldSayThatResponsesVaryByOriginAlsoWithoutOne() {
        // a shared cache must not hand a response without CORS headers to the SPA, or the reverse
        anonymous().get("/api/v1/countries/MA").then().statusCode(200).header("Vary", equalToIgnoringCase("Origin"));
        anonymous().get("/api/v1/countries/ZZ").then().statusCode(404).header("Vary", equalToIgnoringCase("Origin"));
    }

    @Test
    void shouldNameTheSameMethodsInOptionsAndIn405() {
        for (String path : new String[] {"/api/v1/countries", "/api/v1/organisations",
                "/api/v1/organisations/0193f2a3-5b7c-7d8e-9f01-23456789abcd", "/api/v1/me", "/api/v1/auth/token"}) {
            String allowed = anonymous().options(path).then().statusCode(204).body(emptyOrNullString())
                    .extract().header("Allow");
            String refused = java.util.stream.Stream.of("PUT", "POST", "DELETE").filter(method -> !allowed.contains(method))
                    .findFirst().orElseThrow();
            as(Role.ADMIN).request(refused, path).then().statusCode(405).contentType(PROBLEM_JSON)
                    .header("Allow", equalTo(allowed));
        }
        assertProblemStatus(anonymous().options("/api/v1/nothing-here"), 404);
    }

    @Test
    void shouldGiveOtherOriginsNoCorsGrant() {
        anonymous().header("Origin", "https://evil.example.com").get("/api/v1/countries/MA")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void shouldMakeCachesRevalidateAnApiAnswerThatSaysNothingElse() {
        // public reads and private ones say more (CacheControlTest); errors and unknown paths keep the default
        anonymous().get("/api/v1/no-such-thing").then().statusCode(404).header("Cache-Control", equalTo("no-cache"));
        anonymous().get("/api/v1/countries/QZ").then().statusCode(404).header("Cache-Control", equalTo("no-cache"));
    }

    @Test
    void shouldReportHealth() {
        anonymous().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        // readiness says that the database answers, never where it is
        anonymous().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.contains("Database"))
                .body("checks[0].data", nullValue())
                .body(not(containsString("jdbc"))).body(not(containsString("h2:")));
    }

    @Test
    void shouldRejectControlCharactersAndOutOfRangeInstantsInQueries() {
        anonymous().urlEncodingEnabled(false).get("/api/v1/organisations?q=a%00b")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("q"));
        anonymous().queryParam("updatedSince", "+300000-01-01T00:00:00Z").get("/api/v1/countries")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("updatedSince"));
        String cursorWithNul = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("countries\n\u0000".getBytes());
        anonymous().queryParam("cursor", cursorWithNul).get("/api/v1/countries")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("cursor"));
    }

    private static void assertProblemStatus(io.restassured.response.Response response, int status) {
        response.then().statusCode(status).contentType(PROBLEM_JSON).body("status", equalTo(status));
    }

    @Test
    void shouldSendLinkHeaderOnlyWhenThereIsANextPage() {
        String link = anonymous().queryParam("limit", 5).get("/api/v1/countries")
                .then().statusCode(200)
                .header("Link", startsWith("<"))
                .header("Link", containsString("rel=\"next\""))
                .extract().header("Link");
        String next = link.substring(1, link.indexOf('>'));
        anonymous().get(next).then().statusCode(200).body("items", hasSize(5));
        anonymous().queryParam("limit", 100).get("/api/v1/countries")
                .then().statusCode(200)
                .header("Link", emptyOrNullString())
                .body("next", nullValue());
    }
}
