package eu.euromedjustice.fiche;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import eu.euromedjustice.security.Role;
import eu.euromedjustice.support.Feed;
import eu.euromedjustice.sync.ChangeRepository;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Measures, fiches and their drafts in the change feed and the audit log: drafts for members only. */
@QuarkusTest
class FicheFeedTest extends Fiches {

    private static final String AUDIT = "/api/v1/audit-events";

    @Inject
    ChangeRepository changes;

    @Test
    void shouldPublishTheWorkflowInOrderAndShowDraftsToMembersOnly() {
        long start = changes.lastSeq();
        String measure = newMeasure();
        String key = "MA/" + measure;
        putDraft(Role.MEMBER, "MA", measure, null, draftBody(content())).then().statusCode(201);
        as(Role.MEMBER).post(DRAFT + "/submit", "MA", measure).then().statusCode(200);
        as(Role.EDITOR).post(DRAFT + "/publish", "MA", measure).then().statusCode(200);
        as(Role.EDITOR).post(FICHE + "/archive", "MA", measure).then().statusCode(200);

        List<String> member = mine(Feed.after(() -> as(Role.MEMBER), start).entries(), measure);
        List<String> partner = mine(Feed.after(() -> as(Role.PARTNER), start).entries(), measure);

        String fiche = "/api/v1/fiches/" + key;
        assertThat(member).containsExactly(
                "MEASURE CREATED " + measure + " /api/v1/measures/" + measure,
                "FICHE CREATED " + key + " " + fiche,
                "FICHE_DRAFT CREATED " + key + " " + fiche + "/draft",
                "FICHE_DRAFT UPDATED " + key + " " + fiche + "/draft",
                "FICHE UPDATED " + key + " " + fiche, // published: the draft's deletion comes with it
                "FICHE_DRAFT DELETED " + key + " " + fiche + "/draft",
                "FICHE UPDATED " + key + " " + fiche); // archived
        // a partner learns of the fiche once it is published, and never of its draft
        assertThat(partner).containsExactly(
                "MEASURE CREATED " + measure + " /api/v1/measures/" + measure,
                "FICHE UPDATED " + key + " " + fiche,
                "FICHE UPDATED " + key + " " + fiche);
    }

    @Test
    void shouldAuditWhoDraftedSubmittedAndPublished() {
        String measure = newMeasure();
        String key = "TN/" + measure;
        putDraft(Role.MEMBER, "TN", measure, null, draftBody(content())).then().statusCode(201);
        as(Role.MEMBER).post(DRAFT + "/submit", "TN", measure).then().statusCode(200);
        as(Role.EDITOR).header("X-Request-Id", "fiche-publish-1").post(DRAFT + "/publish", "TN", measure).then().statusCode(200);

        List<Map<String, Object>> fiche = as(Role.ADMIN).queryParam("entityType", "FICHE").queryParam("entityId", key).get(AUDIT)
                .then().statusCode(200).extract().jsonPath().getList("items");
        List<Map<String, Object>> draft = as(Role.ADMIN).queryParam("entityType", "FICHE_DRAFT").queryParam("entityId", key).get(AUDIT)
                .then().statusCode(200).extract().jsonPath().getList("items");

        assertThat(fiche).extracting(event -> event.get("action") + " " + event.get("roles")).containsExactly(
                "UPDATED [EDITOR]", "CREATED [MEMBER]");
        assertThat(fiche.get(0)).containsEntry("requestId", "fiche-publish-1").containsEntry("versionBefore", 0)
                .containsEntry("versionAfter", 1);
        assertThat(draft).extracting(event -> event.get("action") + " " + event.get("roles")).containsExactly(
                "DELETED [EDITOR]", "UPDATED [MEMBER]", "CREATED [MEMBER]");
        String published = as(Role.EDITOR).get(FICHE, "TN", measure).then().statusCode(200).extract().path("publishedBy");
        assertThat(fiche.get(0)).containsEntry("actor", published);
    }

    @Test
    void shouldAuditChangesOfTheCatalogue() {
        String measure = newMeasure();
        as(Role.EDITOR).contentType(MERGE_PATCH_JSON).header("If-Match", "\"0\"")
                .body(Map.of("description", Map.of("en", "Changed"))).patch(MEASURES + "/" + measure).then().statusCode(200);
        as(Role.ADMIN).delete(MEASURES + "/" + measure).then().statusCode(204);

        List<Map<String, Object>> events = as(Role.ADMIN).queryParam("entityType", "MEASURE").queryParam("entityId", measure).get(AUDIT)
                .then().statusCode(200).extract().jsonPath().getList("items");

        assertThat(events).extracting(event -> event.get("action")).containsExactly("DELETED", "UPDATED", "CREATED");
        as(Role.ADMIN).contentType(ContentType.JSON).get(MEASURES + "/" + measure).then().statusCode(404);
    }

    /** The entries about this test's measure and its fiche, as "type action id path". */
    private static List<String> mine(List<Map<String, Object>> entries, String measure) {
        return entries.stream().filter(entry -> ((String) entry.get("entityId")).endsWith(measure))
                .map(entry -> entry.get("entityType") + " " + entry.get("action") + " " + entry.get("entityId") + " " + entry.get("path"))
                .toList();
    }
}
