package eu.euromedjustice.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import eu.euromedjustice.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class AuthResourceTest extends ApiTest {

    private static final String TOKEN_PATH = "/api/v1/auth/token";
    private static final String ISSUER = "https://euromed-justice.eu/api";

    @Test
    void shouldIssueASignedBearerTokenCarryingTheRoles() {
        String username = createUser(Role.EDITOR, true);
        Response response = anonymous().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", TEST_PASSWORD))
                .post(TOKEN_PATH);
        response.then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", greaterThan(0))
                .body("accessToken", notNullValue());
        String[] parts = response.path("accessToken").toString().split("\\.");
        assertThat(parts).hasSize(3);
        String header = new String(Base64.getUrlDecoder().decode(parts[0]));
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(header).contains("\"alg\":\"RS256\"");
        assertThat(claims).contains("\"groups\":[\"EDITOR\"]").contains("\"upn\":\"" + username + "\"");
    }

    @Test
    void shouldNotTellWhetherUsernameOrPasswordWasWrong() {
        Response wrongPassword = anonymous().contentType(ContentType.JSON)
                .body(Map.of("username", ADMIN_USERNAME, "password", "not-the-admin-password"))
                .post(TOKEN_PATH);
        Response unknownUser = anonymous().contentType(ContentType.JSON)
                .body(Map.of("username", "nobody-" + UUID.randomUUID(), "password", "not-the-admin-password"))
                .post(TOKEN_PATH);
        for (Response response : new Response[] {wrongPassword, unknownUser}) {
            response.then().statusCode(401)
                    .contentType(PROBLEM_JSON)
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .body("type", equalTo("https://euromed-justice.eu/problems/unauthorized"));
        }
        assertThat(wrongPassword.path("detail").toString()).isEqualTo(unknownUser.path("detail").toString());
    }

    @Test
    void shouldApplyBcryptsSeventyTwoByteLimitAtLoginToo() {
        String username = uniqueName("long");
        String password = "p".repeat(72);
        as(Role.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password, "roles", new Role[] {Role.MEMBER}))
                .post("/api/v1/users").then().statusCode(201);

        login(username, password);
        anonymous().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password + "any suffix bcrypt would not read"))
                .post(TOKEN_PATH)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("password"))
                .body("errors[0].message", equalTo("must be at most 72 bytes in UTF-8"))
                .body("accessToken", nullValue());
    }

    @Test
    void shouldForbidStoringTokensAndAccounts() {
        anonymous().contentType(ContentType.JSON).body(Map.of("username", ADMIN_USERNAME, "password", ADMIN_PASSWORD))
                .post(TOKEN_PATH).then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        String me = as(Role.ADMIN).get("/api/v1/me").then().statusCode(200).header("Cache-Control", equalTo("no-store"))
                .extract().path("id");
        as(Role.ADMIN).get("/api/v1/users").then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        as(Role.ADMIN).get("/api/v1/users/" + me).then().statusCode(200).header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void shouldEndEveryTokenOfTheAccountOnLogOutEverywhere() {
        String username = createUser(Role.MEMBER, true);
        String first = login(username, TEST_PASSWORD);
        String second = login(username, TEST_PASSWORD);

        anonymous().auth().oauth2(first).post("/api/v1/me/logout-all")
                .then().statusCode(204).header("Cache-Control", equalTo("no-store"));

        for (String ended : new String[] {first, second}) {
            anonymous().auth().oauth2(ended).get("/api/v1/me").then().statusCode(401).contentType(PROBLEM_JSON);
        }
        anonymous().auth().oauth2(login(username, TEST_PASSWORD)).get("/api/v1/me").then().statusCode(200);
        anonymous().post("/api/v1/me/logout-all").then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRefuseLoginOfDisabledAccount() {
        String username = createUser(Role.MEMBER, false);
        anonymous().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", TEST_PASSWORD))
                .post(TOKEN_PATH)
                .then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRequireUsernameAndPassword() {
        anonymous().contentType(ContentType.JSON).body(Map.of("username", "", "password", " "))
                .post(TOKEN_PATH)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("username", "password"));
        anonymous().contentType(ContentType.JSON).post(TOKEN_PATH)
                .then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldReturnTheCallerFromMe() {
        String username = createUser(Role.PARTNER, true);
        anonymous().auth().oauth2(login(username, TEST_PASSWORD)).get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo(username))
                .body("roles", org.hamcrest.Matchers.contains("PARTNER"))
                .body("enabled", equalTo(true));
    }

    @Test
    void shouldAskForATokenWhenNoneIsSent() {
        anonymous().get("/api/v1/me")
                .then().statusCode(401).contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void shouldRejectGarbageAndForeignTokens() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey foreignKey = generator.generateKeyPair().getPrivate();
        String foreign = Jwt.issuer(ISSUER).subject(UUID.randomUUID().toString()).upn("admin")
                .groups(Set.of("ADMIN")).expiresAt(Instant.now().plusSeconds(600)).sign(foreignKey);
        String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes())
                + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                        ("{\"iss\":\"" + ISSUER + "\",\"sub\":\"x\",\"groups\":[\"ADMIN\"]}").getBytes()) + ".";
        for (String token : new String[] {"garbage", foreign, unsigned}) {
            anonymous().auth().oauth2(token).get("/api/v1/me")
                    .then().statusCode(401).contentType(PROBLEM_JSON)
                    .header("WWW-Authenticate", startsWith("Bearer"));
        }
        anonymous().header("Authorization", "Basic YWRtaW46YWRtaW4=").get("/api/v1/users")
                .then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRejectExpiredTokensSignedWithOurKey() throws Exception {
        String valid = token(Role.ADMIN);
        String me = anonymous().auth().oauth2(valid).get("/api/v1/me").then().statusCode(200)
                .extract().path("id");
        // the same claims as a valid token, the token generation included, only expired
        String claims = new String(Base64.getUrlDecoder().decode(valid.split("\\.")[1]));
        long generation = Long.parseLong(claims.replaceAll(".*\"gen\":([0-9]+).*", "$1"));
        String expired = Jwt.issuer(ISSUER).subject(me).upn(ADMIN_USERNAME).groups(Set.of("ADMIN")).claim("gen", generation)
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600))
                .sign(ourPrivateKey());
        anonymous().auth().oauth2(expired).get("/api/v1/me")
                .then().statusCode(401).contentType(PROBLEM_JSON);
    }

    /** The key the tests configure (TestSigningKeys). */
    private static PrivateKey ourPrivateKey() throws Exception {
        String pem = Files.readString(Path.of(ConfigProvider.getConfig().getValue("emj.jwt.private-key-location", String.class)))
                .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }
}
