package eu.euromedjustice.sync;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import eu.euromedjustice.ApiTest;
import eu.euromedjustice.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static eu.euromedjustice.support.ProblemAssertions.assertInvalidField;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class AuditLogTest extends ApiTest {

    private static final String AUDIT = "/api/v1/audit-events";
    private static final String ORGANISATIONS = "/api/v1/organisations";

    @Test
    void shouldRecordWhoChangedWhatWithVersionsAndRequestId() {
        String id = as(Role.EDITOR).header("X-Request-Id", "audit-create-1").contentType(ContentType.JSON)
                .body(Map.of("name", Map.of("en", "Audited ministry"), "type", "NATIONAL_AUTHORITY"))
                .post(ORGANISATIONS).then().statusCode(201).extract().path("id");
        as(Role.EDITOR).header("X-Request-Id", "audit-patch-1").header("If-Match", "\"0\"").contentType(MERGE_PATCH_JSON)
                .body("{\"acronym\": \"AUD\"}").patch(ORGANISATIONS + "/" + id).then().statusCode(200);
        as(Role.EDITOR).header("X-Request-Id", "audit-delete-1").delete(ORGANISATIONS + "/" + id).then().statusCode(204);

        List<Map<String, Object>> events = as(Role.ADMIN).queryParam("entityType", "ORGANISATION").queryParam("entityId", id)
                .get(AUDIT).then().statusCode(200).extract().jsonPath().getList("items");

        assertThat(events).hasSize(3);
        String editor = (String) events.get(0).get("actor");
        assertThat(editor).startsWith("editor-");
        assertThat(events).allSatisfy(event -> assertThat(event).containsEntry("actor", editor).containsEntry("actorType", "USER")
                .containsEntry("roles", List.of("EDITOR")).containsEntry("entityType", "ORGANISATION").containsEntry("entityId", id));
        // newest first
        assertThat(events.get(0)).containsEntry("action", "DELETED").containsEntry("versionBefore", 1)
                .doesNotContainKey("versionAfter").containsEntry("requestId", "audit-delete-1");
        assertThat(events.get(1)).containsEntry("action", "UPDATED").containsEntry("versionBefore", 0)
                .containsEntry("versionAfter", 1).containsEntry("requestId", "audit-patch-1");
        assertThat(events.get(2)).containsEntry("action", "CREATED").doesNotContainKey("versionBefore")
                .containsEntry("versionAfter", 0).containsEntry("requestId", "audit-create-1");
    }

    @Test
    void shouldNameTheApiKeyThatMadeAChange() {
        Map<String, Object> key = as(Role.ADMIN).contentType(ContentType.JSON).body(Map.of("name", "Audited sync", "role", "EDITOR"))
                .post("/api/v1/api-keys").then().statusCode(201).extract().jsonPath().getMap("");
        String id = anonymous().header("X-API-Key", (String) key.get("secret")).contentType(ContentType.JSON)
                .body(Map.of("name", Map.of("en", "Ministry written by a key"), "type", "OTHER"))
                .post(ORGANISATIONS).then().statusCode(201).extract().path("id");

        Map<String, Object> write = as(Role.ADMIN).queryParam("entityId", id).get(AUDIT).then().statusCode(200)
                .extract().jsonPath().getMap("items[0]");
        assertThat(write).containsEntry("actor", "apikey:" + key.get("prefix")).containsEntry("actorType", "API_KEY")
                .containsEntry("roles", List.of("EDITOR")).containsEntry("action", "CREATED");
        Map<String, Object> created = as(Role.ADMIN).queryParam("entityType", "API_KEY").queryParam("entityId", key.get("id"))
                .get(AUDIT).then().statusCode(200).extract().jsonPath().getMap("items[0]");
        assertThat(created).containsEntry("actor", ADMIN_USERNAME).containsEntry("action", "CREATED");
    }

    @Test
    void shouldRecordEveryKindOfWrite() {
        Instant start = Instant.now();
        String group = "A" + randomLetters(8).toUpperCase();
        as(Role.EDITOR).contentType(ContentType.JSON).body(Map.of("code", group, "name", Map.of("en", "Audited group")))
                .post("/api/v1/expert-groups").then().statusCode(201);
        String member = as(Role.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("givenName", "Samir", "familyName", "Audit " + randomLetters(6), "contactConsent", false))
                .post("/api/v1/members").then().statusCode(201).extract().path("id");
        as(Role.EDITOR).contentType(ContentType.JSON).body(Map.of("expertGroup", group, "role", "MEMBER", "startDate", "2017-01-01"))
                .post("/api/v1/members/{id}/memberships", member).then().statusCode(201);
        String meeting = as(Role.EDITOR).contentType(ContentType.JSON).body(Map.of("expertGroup", group,
                        "title", Map.of("en", "Audited meeting"), "startDate", "2017-05-08", "endDate", "2017-05-08",
                        "timeZone", "Europe/Paris", "format", "ONLINE", "status", "PLANNED"))
                .post("/api/v1/meetings").then().statusCode(201).extract().path("id");
        as(Role.EDITOR).contentType(ContentType.JSON).body(Map.of("title", Map.of("en", "Opening"), "type", "PLENARY"))
                .post("/api/v1/meetings/{id}/agenda-items", meeting).then().statusCode(201);
        as(Role.EDITOR).contentType(ContentType.JSON).body(Map.of("memberId", member, "role", "PARTICIPANT", "attendance", "INVITED"))
                .post("/api/v1/meetings/{id}/participants", meeting).then().statusCode(201);
        as(Role.EDITOR).contentType(ContentType.JSON).body(Map.of("title", Map.of("en", "Agenda"), "type", "AGENDA",
                        "language", "en", "url", "https://euromed-justice.eu/agenda.pdf"))
                .post("/api/v1/meetings/{id}/documents", meeting).then().statusCode(201);
        createUser(Role.MEMBER, true);

        List<Map<String, Object>> events = allItems(() -> as(Role.ADMIN), AUDIT, Map.of("from", start.toString()), 100);
        assertThat(events).extracting(event -> event.get("entityType")).contains("EXPERT_GROUP", "MEMBER", "MEMBERSHIP", "MEETING",
                "AGENDA_ITEM", "PARTICIPANT", "MEETING_DOCUMENT", "USER");
    }

    @Test
    void shouldFilterAndPage() {
        Instant start = Instant.now();
        for (int i = 0; i < 3; i++) {
            as(Role.ADMIN).contentType(ContentType.JSON).body(Map.of("name", Map.of("en", "Paged ministry " + i), "type", "OTHER"))
                    .post(ORGANISATIONS).then().statusCode(201);
        }
        Response first = as(Role.ADMIN).queryParam("actor", ADMIN_USERNAME).queryParam("from", start.toString())
                .queryParam("limit", 2).get(AUDIT);
        first.then().statusCode(200);
        assertThat(first.jsonPath().getList("items")).hasSize(2);
        List<Map<String, Object>> all = allItems(() -> as(Role.ADMIN), AUDIT, Map.of("actor", ADMIN_USERNAME,
                "from", start.toString(), "entityType", "ORGANISATION"), 2);
        assertThat(all).hasSize(3).allSatisfy(event -> assertThat(event).containsEntry("actor", ADMIN_USERNAME)
                .containsEntry("roles", List.of("ADMIN")));
        List<Long> ids = all.stream().map(event -> ((Number) event.get("id")).longValue()).toList();
        assertThat(ids).isSortedAccordingTo((a, b) -> Long.compare(b, a));

        assertThat(as(Role.ADMIN).queryParam("to", start.toString()).queryParam("from", start.toString()).get(AUDIT)
                .jsonPath().getList("items")).isEmpty();
        assertThat(as(Role.ADMIN).queryParam("actor", "nobody-" + randomLetters(6)).get(AUDIT).jsonPath().getList("items")).isEmpty();
    }

    @Test
    void shouldBeReadOnlyAndForAdministratorsOnly() {
        as(Role.EDITOR).get(AUDIT).then().statusCode(403).contentType(PROBLEM_JSON);
        as(Role.PARTNER).get(AUDIT).then().statusCode(403).contentType(PROBLEM_JSON);
        anonymous().get(AUDIT).then().statusCode(401).contentType(PROBLEM_JSON);
        as(Role.ADMIN).contentType(ContentType.JSON).body("{}").post(AUDIT).then().statusCode(405).contentType(PROBLEM_JSON);
        as(Role.ADMIN).delete(AUDIT).then().statusCode(405).contentType(PROBLEM_JSON);
        as(Role.ADMIN).delete(AUDIT + "/1").then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRefuseBadFilters() {
        assertInvalidField(as(Role.ADMIN).queryParam("entityType", "NOPE").get(AUDIT), "entityType");
        assertInvalidField(as(Role.ADMIN).queryParam("from", "yesterday").get(AUDIT), "from");
        assertInvalidField(as(Role.ADMIN).queryParam("to", "2026-13-01T00:00:00Z").get(AUDIT), "to");
        assertInvalidField(as(Role.ADMIN).queryParam("actor", "a b").get(AUDIT), "actor");
        assertInvalidField(as(Role.ADMIN).queryParam("entityId", "x".repeat(201)).get(AUDIT), "entityId");
    }

    @Test
    void shouldIncludeTheEntriesAboutAPersonInItsPersonalDataExport() {
        String member = as(Role.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("givenName", "Nadia", "familyName", "Export " + randomLetters(6), "contactConsent", false))
                .post("/api/v1/members").then().statusCode(201).extract().path("id");
        as(Role.EDITOR).header("If-Match", "\"0\"").contentType(MERGE_PATCH_JSON).body("{\"position\": {\"en\": \"Prosecutor\"}}")
                .patch("/api/v1/members/{id}", member).then().statusCode(200);

        List<Map<String, Object>> events = as(Role.ADMIN).get("/api/v1/members/{id}/personal-data", member)
                .then().statusCode(200).extract().jsonPath().getList("auditEvents");

        assertThat(events).extracting(event -> event.get("entityType") + " " + event.get("action"))
                .containsExactly("MEMBER CREATED", "MEMBER UPDATED");
    }
}
