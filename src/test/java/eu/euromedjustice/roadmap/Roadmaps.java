package eu.euromedjustice.roadmap;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.euromedjustice.ApiTest;
import eu.euromedjustice.security.Role;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** What the roadmap tests share: bodies, the records they need, and requests. */
abstract class Roadmaps extends ApiTest {

    static final String ROADMAPS = "/api/v1/roadmaps";
    static final String ROADMAP = ROADMAPS + "/{id}";
    static final String MILESTONES = ROADMAP + "/milestones";
    static final String MILESTONE = MILESTONES + "/{milestoneId}";
    static final String REPORTS = ROADMAP + "/reports";
    static final String TIMELINE = ROADMAP + "/timeline";
    static final String OVERVIEW = ROADMAPS + "/overview";

    /** A new expert group of its own, so that a test's lists hold only its roadmaps. */
    static String newExpertGroup() {
        String code = "R" + randomLetters(10).toUpperCase();
        as(Role.EDITOR).contentType(ContentType.JSON).body(Map.of("code", code, "name", Map.of("en", "Expert group " + code)))
                .post("/api/v1/expert-groups").then().statusCode(201);
        return code;
    }

    /** A roadmap body of the group for the country (null: regional), with the status (null: the default). */
    static Map<String, Object> roadmap(String group, String country, String status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("expertGroup", group);
        if (country != null) {
            body.put("countryCode", country);
        }
        body.put("topic", "NATIONAL_COORDINATION_PLATFORM");
        body.put("title", Map.of("en", "National coordination platform " + randomLetters(6), "ar", "منصة التنسيق الوطنية"));
        body.put("objective", Map.of("en", "One platform for every agency fighting cross-border crime."));
        body.put("principles", List.of(Map.of("en", "Multi-agency"), Map.of("en", "Multi-jurisdictional", "fr", "Multi-juridictionnel")));
        if (status != null) {
            body.put("status", status);
        }
        return body;
    }

    static Map<String, Object> create(Map<String, Object> body) {
        return as(Role.EDITOR).contentType(ContentType.JSON).body(body).post(ROADMAPS)
                .then().statusCode(201).extract().jsonPath().getMap("");
    }

    /** A new adopted roadmap of the group for the country; its id. */
    static String adoptedRoadmap(String group, String country) {
        return (String) create(roadmap(group, country, "ADOPTED")).get("id");
    }

    static Map<String, Object> milestone(String title, String dueDate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", Map.of("en", title));
        if (dueDate != null) {
            body.put("dueDate", dueDate);
        }
        return body;
    }

    /** A milestone body that is DONE already. */
    static Map<String, Object> done(String title, String dueDate, String completedOn) {
        return with(with(milestone(title, dueDate), "status", "DONE"), "completedOn", completedOn);
    }

    /** Adds a milestone; its id. */
    static String addMilestone(String roadmapId, Map<String, Object> body) {
        return as(Role.EDITOR).contentType(ContentType.JSON).body(body).post(MILESTONES, roadmapId)
                .then().statusCode(201).extract().path("id");
    }

    /** A held meeting of the expert group (8 to 11 May 2017); its id. */
    static String heldMeeting(String group) {
        return pastMeeting(group, "HELD");
    }

    /** A meeting of the expert group from 8 to 11 May 2017 with the status; its id. */
    static String pastMeeting(String group, String status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("expertGroup", group);
        body.put("title", Map.of("en", "CrimEx session " + randomLetters(6)));
        body.put("startDate", "2017-05-08");
        body.put("endDate", "2017-05-11");
        body.put("timeZone", "Europe/Amsterdam");
        body.put("format", "IN_PERSON");
        body.put("status", status);
        return as(Role.EDITOR).contentType(ContentType.JSON).body(body).post("/api/v1/meetings")
                .then().statusCode(201).extract().path("id");
    }

    /** A report body at the meeting with these updates ({milestoneId, status, ...} maps). */
    static Map<String, Object> report(String meetingId, List<Map<String, Object>> updates) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("meetingId", meetingId);
        body.put("summary", Map.of("en", "Progress since the last session."));
        body.put("milestoneUpdates", updates);
        return body;
    }

    static Map<String, Object> update(String milestoneId, String status, String completedOn) {
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("milestoneId", milestoneId);
        update.put("status", status);
        if (completedOn != null) {
            update.put("completedOn", completedOn);
        }
        return update;
    }

    static Response addReport(RequestSpecification caller, String roadmapId, Map<String, Object> body) {
        return caller.contentType(ContentType.JSON).body(body).post(REPORTS, roadmapId);
    }

    static Map<String, Object> fetch(String roadmapId) {
        return as(Role.ADMIN).get(ROADMAP, roadmapId).then().statusCode(200).extract().jsonPath().getMap("");
    }

    static RequestSpecification mergePatch(RequestSpecification caller, Object ifMatchVersion, String patch) {
        return caller.contentType(MERGE_PATCH_JSON).header("If-Match", "\"" + ifMatchVersion + "\"")
                .body(patch.getBytes(StandardCharsets.UTF_8));
    }

    /** Sets the roadmap's status by merge patch at its current version. */
    static Response setStatus(String roadmapId, String status) {
        Object version = fetch(roadmapId).get("version");
        return mergePatch(as(Role.EDITOR), version, "{\"status\": \"" + status + "\"}").patch(ROADMAP, roadmapId);
    }

    /** A MEMBER account linked to a member of a country. */
    record LinkedMember(String token, String memberId) {

        /** A new request as this member. */
        RequestSpecification caller() {
            return anonymous().auth().oauth2(token);
        }
    }

    /** A new member of the country with a MEMBER account linked to it, signed in. */
    static LinkedMember memberOf(String country) {
        String memberId = as(Role.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("givenName", "Samir", "familyName", "Alaoui " + randomLetters(8), "countryCode", country))
                .post("/api/v1/members").then().statusCode(201).extract().path("id");
        String username = uniqueName("member");
        as(Role.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", TEST_PASSWORD, "roles", List.of("MEMBER"), "enabled", true,
                        "memberId", memberId))
                .post("/api/v1/users").then().statusCode(201);
        return new LinkedMember(login(username, TEST_PASSWORD), memberId);
    }
}
