package eu.euromedjustice.security;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import eu.euromedjustice.ApiTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import static eu.euromedjustice.support.ProblemAssertions.Kind.FORBIDDEN;
import static eu.euromedjustice.support.ProblemAssertions.Kind.NOT_FOUND;
import static eu.euromedjustice.support.ProblemAssertions.Kind.PRECONDITION_FAILED;
import static eu.euromedjustice.support.ProblemAssertions.assertInvalidField;
import static eu.euromedjustice.support.ProblemAssertions.assertProblem;
import static eu.euromedjustice.support.ProblemAssertions.assertUnauthorized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class ApiKeyResourceTest extends ApiTest {

    private static final String KEYS = "/api/v1/api-keys";
    private static final String KEY = KEYS + "/{id}";
    /** An operation every role reads, PARTNER included, and no anonymous caller. */
    private static final String PARTNER_READ = "/api/v1/members";
    private static final String SECRET_PATTERN = "emj_[a-z0-9]{8}_[A-Za-z0-9_-]{43}";
    private static final String UNKNOWN_ID = "0193f2a3-5b7c-7d8e-9f01-23456789abcd";
    private static final String INVALID_KEY = "The API key is unknown, malformed, expired or revoked.";

    @Inject
    ApiKeyRepository repository;

    @Inject
    ApiKeyIdentityProvider identities;

    // ---------------------------------------------------------------- lifecycle

    @Test
    void shouldShowTheSecretOnceAcceptBothHeaderFormsAndStopTheKeyWhenRevoked() {
        String name = uniqueName("Eurojust sync");
        Response created = as(Role.ADMIN).contentType(ContentType.JSON).body(Map.of("name", name)).post(KEYS);
        created.then().statusCode(201)
                .header("Location", endsWith(KEYS + "/" + created.path("id")))
                .header("ETag", equalTo("\"0\""))
                .header("Cache-Control", equalTo("no-store"))
                .body("name", equalTo(name))
                .body("role", equalTo("PARTNER"))
                .body("revoked", equalTo(false))
                .body("version", equalTo(0))
                .body("createdBy", equalTo(adminId()))
                .body("secret", matchesPattern(SECRET_PATTERN))
                .body("$", not(hasKey("lastUsedAt")))
                .body("$", not(hasKey("expiresAt")))
                .body("$", not(hasKey("revokedAt")));
        String secret = created.path("secret");
        String id = created.path("id");
        assertThat(secret).startsWith("emj_" + created.path("prefix") + "_");
        assertThat(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(72);

        withKeyHeader(secret).get(PARTNER_READ).then().statusCode(200);
        withAuthorization(secret).get(PARTNER_READ).then().statusCode(200);
        anonymous().header("Authorization", "apikey " + secret).get(PARTNER_READ).then().statusCode(200); // schemes ignore case

        String single = as(Role.ADMIN).get(KEY, id).then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .body("prefix", equalTo(created.path("prefix")))
                .body("$", not(hasKey("secret")))
                .extract().asString();
        String list = as(Role.ADMIN).queryParam("limit", 100).get(KEYS).then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .extract().asString();
        assertThat(single + list).doesNotContain(secret).doesNotContain(secret.substring(13)).doesNotContain("$2");
        assertThat(list).contains(id).doesNotContain("\"secret\"");

        as(Role.ADMIN).delete(KEY, id).then().statusCode(204);

        as(Role.ADMIN).get(KEY, id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("revoked", equalTo(true))
                .body("revokedAt", notNullValue())
                .body("version", equalTo(1));
        for (RequestSpecification revoked : List.of(withKeyHeader(secret), withAuthorization(secret))) {
            assertUnauthorized(revoked.get(PARTNER_READ)).body("detail", equalTo(INVALID_KEY))
                    .header("WWW-Authenticate", containsString("invalid_token"));
        }
    }

    @Test
    void shouldRevokeTwiceWithoutChangingAnythingTheSecondTime() {
        String id = createKey(Map.of("name", "Twice")).path("id");
        as(Role.ADMIN).delete(KEY, id).then().statusCode(204);
        String revokedAt = as(Role.ADMIN).get(KEY, id).then().extract().path("revokedAt");

        as(Role.ADMIN).delete(KEY, id).then().statusCode(204);
        as(Role.ADMIN).header("If-Match", "\"1\"").delete(KEY, id).then().statusCode(204);

        as(Role.ADMIN).get(KEY, id).then().statusCode(200)
                .body("version", equalTo(1)).body("revokedAt", equalTo(revokedAt));
    }

    @Test
    void shouldHonourIfMatchAndAnswerUnknownAndMalformedIds() {
        String id = createKey(Map.of("name", "Checked")).path("id");
        assertProblem(as(Role.ADMIN).header("If-Match", "\"3\"").delete(KEY, id), PRECONDITION_FAILED);
        as(Role.ADMIN).get(KEY, id).then().statusCode(200).body("revoked", equalTo(false));
        as(Role.ADMIN).header("If-Match", "\"0\"").delete(KEY, id).then().statusCode(204);

        assertProblem(as(Role.ADMIN).get(KEY, UNKNOWN_ID), NOT_FOUND);
        assertProblem(as(Role.ADMIN).delete(KEY, UNKNOWN_ID), NOT_FOUND);
        assertInvalidField(as(Role.ADMIN).get(KEY, "42"), "id");
        assertInvalidField(as(Role.ADMIN).delete(KEY, "not-a-uuid"), "id");
    }

    @Test
    void shouldAnswerConditionalGetWithNotModified() {
        String id = createKey(Map.of("name", "Polled")).path("id");
        String etag = as(Role.ADMIN).get(KEY, id).then().statusCode(200).extract().header("ETag");
        as(Role.ADMIN).header("If-None-Match", etag).get(KEY, id).then().statusCode(304);
    }

    @Test
    void shouldListNewestFirstInPages() {
        createKey(Map.of("name", "Older"));
        createKey(Map.of("name", "Newer"));
        Response first = as(Role.ADMIN).queryParam("limit", 1).get(KEYS);
        first.then().statusCode(200).body("items.size()", equalTo(1)).header("Link", notNullValue());
        String second = as(Role.ADMIN).queryParam("limit", 1).queryParam("cursor", first.<String>path("next")).get(KEYS)
                .then().statusCode(200).extract().path("items[0].id");
        assertThat(second).isNotEqualTo(first.path("items[0].id"));

        List<Map<String, Object>> all = allItems(() -> as(Role.ADMIN), KEYS, Map.of(), 2);
        List<String> ids = new ArrayList<>(all.stream().map(item -> (String) item.get("id")).toList());
        assertThat(ids).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates()
                .isSortedAccordingTo(Comparator.reverseOrder()); // UUIDv7 in text order: newest first
        assertThat(all).allSatisfy(item -> assertThat(item).doesNotContainKey("secret"));
    }

    // ---------------------------------------------------------------- the keys at work

    @Test
    void shouldRefuseAnExpiredKey() {
        Response created = createKey(Map.of("name", "Expiring", "expiresAt", Instant.now().plus(1, ChronoUnit.HOURS).toString()));
        created.then().body("expiresAt", notNullValue());
        String secret = created.path("secret");
        withKeyHeader(secret).get(PARTNER_READ).then().statusCode(200);

        UUID id = UUID.fromString(created.path("id"));
        QuarkusTransaction.requiringNew().run(
                () -> repository.update("expiresAt = ?1 where id = ?2", Instant.now().minusSeconds(1), id));

        assertUnauthorized(withKeyHeader(secret).get(PARTNER_READ)).body("detail", equalTo(INVALID_KEY));
        assertUnauthorized(withAuthorization(secret).get(PARTNER_READ));
    }

    @Test
    void shouldRefuseUnknownAndMalformedKeys() {
        String secret = createKey(Map.of("name", "Real")).path("secret");
        String wrongRandomPart = secret.substring(0, 13) + (secret.charAt(13) == 'A' ? 'B' : 'A') + secret.substring(14);
        String unknownPrefix = "emj_zzzzzzzz_" + secret.substring(13);
        List<String> refused = List.of(wrongRandomPart, unknownPrefix, "garbage", "emj_", secret + "x", secret.substring(1),
                secret.toUpperCase(), "emj_ABCDEFGH_" + secret.substring(13), "");
        for (String key : refused) {
            assertUnauthorized(withKeyHeader(key).get(PARTNER_READ)).body("detail", equalTo(INVALID_KEY));
            if (!key.isEmpty()) {
                assertUnauthorized(withAuthorization(key).get(PARTNER_READ)).body("detail", equalTo(INVALID_KEY));
            }
        }
        assertUnauthorized(anonymous().header("Authorization", "ApiKey").get(PARTNER_READ));
        assertUnauthorized(anonymous().header("Authorization", "ApiKey ").get(PARTNER_READ));
        withKeyHeader(secret).get(PARTNER_READ).then().statusCode(200); // the real one still works
    }

    @Test
    void shouldRefuseABearerTokenAndAnApiKeyTogether() {
        String secret = createKey(Map.of("name", "Ambiguous")).path("secret");
        String ambiguous = "The request carries more than one credential; send either a bearer token or an API key, once.";

        assertUnauthorized(as(Role.PARTNER).header("X-API-Key", secret).get(PARTNER_READ)).body("detail", equalTo(ambiguous));
        assertUnauthorized(withAuthorization(secret).header("X-API-Key", secret).get(PARTNER_READ)).body("detail", equalTo(ambiguous));
        assertUnauthorized(anonymous().header("X-API-Key", secret).header("X-API-Key", secret).get(PARTNER_READ))
                .body("detail", equalTo(ambiguous));
        // each alone works
        as(Role.PARTNER).get(PARTNER_READ).then().statusCode(200);
        withKeyHeader(secret).get(PARTNER_READ).then().statusCode(200);
    }

    @Test
    void shouldLetAPartnerKeyReadWhatAPartnerReadsAndWriteNothing() {
        String member = as(Role.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("givenName", "Leïla", "familyName", "Haddad " + randomLetters(10), "languages", List.of("ar", "fr"),
                        "email", "l.haddad@justice.example", "contactConsent", true))
                .post(PARTNER_READ).then().statusCode(201).extract().path("id");
        String secret = createKey(Map.of("name", "Partner", "role", "PARTNER")).path("secret");

        Map<String, Object> asPartner = as(Role.PARTNER).get(PARTNER_READ + "/{id}", member).then().statusCode(200)
                .extract().jsonPath().getMap("");
        Map<String, Object> withKey = withKeyHeader(secret).get(PARTNER_READ + "/{id}", member).then().statusCode(200)
                .header("Vary", containsString("X-API-Key"))
                .extract().jsonPath().getMap("");
        assertThat(withKey).isEqualTo(asPartner).doesNotContainKeys("languages", "email");
        assertThat(withKey.get("withheld")).asList().contains("languages", "email");

        assertProblem(withKeyHeader(secret).contentType(ContentType.JSON)
                .body(Map.of("name", Map.of("en", "Not to be created"), "type", "OTHER")).post("/api/v1/organisations"), FORBIDDEN);
        assertProblem(withKeyHeader(secret).contentType(ContentType.JSON).body(Map.of("name", "Self-made")).post(KEYS), FORBIDDEN);
        assertProblem(withKeyHeader(secret).get(KEYS), FORBIDDEN);
        assertProblem(withKeyHeader(secret).get("/api/v1/me"), FORBIDDEN).body("detail", containsString("API key has no account"));
        assertProblem(withKeyHeader(secret).post("/api/v1/me/logout-all"), FORBIDDEN);
    }

    @Test
    void shouldLetAnEditorKeyWriteWithItsRole() {
        String secret = createKey(Map.of("name", "Editor sync", "role", "EDITOR")).path("secret");
        withAuthorization(secret).contentType(ContentType.JSON)
                .body(Map.of("name", Map.of("en", "Ministry of Justice " + randomLetters(8)), "type", "NATIONAL_AUTHORITY"))
                .post("/api/v1/organisations")
                .then().statusCode(201);
        assertProblem(withAuthorization(secret).get("/api/v1/users"), FORBIDDEN);
    }

    @Test
    void shouldRecordUseAtMostOnceAMinuteWithoutMovingTheVersion() {
        Response created = createKey(Map.of("name", "Used"));
        String id = created.path("id");
        String secret = created.path("secret");

        withKeyHeader(secret).get(PARTNER_READ).then().statusCode(200);
        String lastUsedAt = as(Role.ADMIN).get(KEY, id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("version", equalTo(0))
                .body("lastUsedAt", notNullValue())
                .extract().path("lastUsedAt");
        assertThat(Instant.parse(lastUsedAt)).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(5));

        withAuthorization(secret).get(PARTNER_READ).then().statusCode(200);
        as(Role.ADMIN).get(KEY, id).then().body("lastUsedAt", equalTo(lastUsedAt)).body("version", equalTo(0));
    }

    @Test
    void shouldStoreOnlyABcryptHashOfTheSecret() {
        Response created = createKey(Map.of("name", "Hashed"));
        String secret = created.path("secret");
        UUID id = UUID.fromString(created.path("id"));

        ApiKey stored = QuarkusTransaction.requiringNew().call(() -> repository.findById(id));

        assertThat(stored.secretHash).startsWith("$2").isNotEqualTo(secret).doesNotContain(secret.substring(13));
        assertThat(stored.prefix).isEqualTo(created.path("prefix"));
    }

    @Test
    void shouldGiveTheCallerTheKeysRoleAndIdButNoAccountOrMember() {
        Response created = createKey(Map.of("name", "Identity", "role", "MEMBER"));
        AuthenticationRequestContext blocking = new AuthenticationRequestContext() {
            @Override
            public Uni<SecurityIdentity> runBlocking(java.util.function.Supplier<SecurityIdentity> function) {
                return Uni.createFrom().item(function);
            }
        };

        SecurityIdentity identity = identities.authenticate(new ApiKeyAuthenticationRequest(created.path("secret")), blocking)
                .await().indefinitely();

        assertThat(identity.getPrincipal().getName()).isEqualTo("apikey:" + created.path("prefix"));
        assertThat(identity.getRoles()).containsExactly("MEMBER");
        assertThat(identity.<UUID>getAttribute(ApiKeyIdentityProvider.API_KEY_ID)).isEqualTo(UUID.fromString(created.path("id")));
        assertThat(identity.<Object>getAttribute(BearerIdentityProvider.USER_ID)).isNull();
        assertThat(Viewer.of(identity)).isEqualTo(new Viewer(java.util.EnumSet.of(Role.MEMBER), null));
        assertThatThrownBy(() -> identities.authenticate(new ApiKeyAuthenticationRequest("emj_nothing"), blocking)
                .await().indefinitely()).isInstanceOf(AuthenticationFailedException.class);
    }

    // ---------------------------------------------------------------- who manages keys, and what they give

    @Test
    void shouldLetOnlyAdministratorsManageKeys() {
        String id = createKey(Map.of("name", "Guarded")).path("id");
        assertUnauthorized(anonymous().get(KEYS));
        assertUnauthorized(anonymous().contentType(ContentType.JSON).body(Map.of("name", "x")).post(KEYS));
        assertUnauthorized(anonymous().delete(KEY, id));
        for (Role role : new Role[] {Role.EDITOR, Role.MEMBER, Role.PARTNER}) {
            assertProblem(as(role).get(KEYS), FORBIDDEN);
            assertProblem(as(role).get(KEY, id), FORBIDDEN);
            assertProblem(as(role).contentType(ContentType.JSON).body(Map.of("name", "x")).post(KEYS), FORBIDDEN);
            assertProblem(as(role).delete(KEY, id), FORBIDDEN);
        }
        as(Role.ADMIN).get(KEY, id).then().statusCode(200).body("revoked", equalTo(false));
    }

    @Test
    void shouldTrimTheNameAndTakeEveryRoleButAdmin() {
        String name = "n".repeat(100);
        createKey(Map.of("name", "  " + name + " \t")).then().body("name", equalTo(name));
        for (String role : List.of("PARTNER", "MEMBER", "EDITOR")) {
            createKey(Map.of("name", role + " key", "role", role)).then().body("role", equalTo(role));
        }
    }

    @Test
    void shouldRejectInvalidKeys() {
        Map<String, Object> valid = new LinkedHashMap<>(Map.of("name", "Valid", "role", "PARTNER"));
        record Case(Map<String, Object> body, String field) {
        }
        List<Case> cases = List.of(
                new Case(without(valid, "name"), "name"),
                new Case(with(valid, "name", ""), "name"),
                new Case(with(valid, "name", "   "), "name"),
                new Case(with(valid, "name", "n".repeat(101)), "name"),
                new Case(with(valid, "name", 42), "name"),
                new Case(with(valid, "role", "ADMIN"), "role"),
                new Case(with(valid, "role", "KING"), "role"),
                new Case(with(valid, "role", "partner"), "role"),
                new Case(with(valid, "expiresAt", Instant.now().minusSeconds(60).toString()), "expiresAt"),
                new Case(with(valid, "expiresAt", "tomorrow"), "expiresAt"),
                new Case(with(valid, "expiresAt", 1893456000), "expiresAt"),
                new Case(with(valid, "secret", "emj_chosen00_by-the-client"), "secret"),
                new Case(with(valid, "revoked", true), "revoked"));
        int before = allItems(() -> as(Role.ADMIN), KEYS, Map.of(), 100).size();
        for (Case invalid : cases) {
            assertInvalidField(as(Role.ADMIN).contentType(ContentType.JSON).body(invalid.body()).post(KEYS), invalid.field());
        }
        assertThat(allItems(() -> as(Role.ADMIN), KEYS, Map.of(), 100)).hasSize(before);
    }

    // ---------------------------------------------------------------- helpers

    private static Response createKey(Map<String, Object> body) {
        Response created = as(Role.ADMIN).contentType(ContentType.JSON).body(body).post(KEYS);
        created.then().statusCode(201);
        return created;
    }

    private static RequestSpecification withKeyHeader(String secret) {
        return anonymous().header("X-API-Key", secret);
    }

    private static RequestSpecification withAuthorization(String secret) {
        return anonymous().header("Authorization", "ApiKey " + secret);
    }

    private static String adminId() {
        return as(Role.ADMIN).get("/api/v1/me").then().statusCode(200).extract().path("id");
    }
}
