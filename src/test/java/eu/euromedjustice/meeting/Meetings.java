package eu.euromedjustice.meeting;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.euromedjustice.ApiTest;
import eu.euromedjustice.security.Role;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;

/** What the meeting tests share: bodies, the records they need, and requests. */
abstract class Meetings extends ApiTest {

    static final String MEETINGS = "/api/v1/meetings";
    static final String MEETING = MEETINGS + "/{id}";
    static final String AGENDA = MEETING + "/agenda-items";
    static final String PARTICIPANTS = MEETING + "/participants";
    static final String DOCUMENTS = MEETING + "/documents";

    private static String expertGroup;

    @BeforeAll
    static void forgetRecordsOfAnEarlierApplication() {
        expertGroup = null; // a test profile restarts the app on a clean database
    }

    /** A meeting of the shared test group whose title carries the marker, in the past, planned. */
    static Map<String, Object> meeting(String marker) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("expertGroup", expertGroup());
        body.put("title", Map.of("en", "CrimEx réunion " + marker, "fr", "Réunion CrimEx " + marker));
        body.put("summary", Map.of("en", "National coordination; best practices."));
        body.put("startDate", "2017-05-08");
        body.put("endDate", "2017-05-11");
        body.put("timeZone", "Europe/Amsterdam");
        body.put("venue", "Eurojust, Johan de Wittlaan 9");
        body.put("city", "The Hague");
        body.put("countryCode", "NL");
        body.put("format", "HYBRID");
        body.put("status", "PLANNED");
        body.put("topics", List.of("TERRORISM", "MUTUAL_LEGAL_ASSISTANCE"));
        return body;
    }

    static Map<String, Object> create(Map<String, Object> body) {
        return as(Role.EDITOR).contentType(ContentType.JSON).body(body).post(MEETINGS)
                .then().statusCode(201).extract().jsonPath().getMap("");
    }

    static String createMeeting() {
        return (String) create(meeting(randomLetters(10))).get("id");
    }

    /** A new member of the country (null: none), with contact details it consents to share or not. */
    static String member(String countryCode, boolean consent) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("givenName", "Leïla");
        body.put("familyName", "Haddad " + randomLetters(8));
        if (countryCode != null) {
            body.put("countryCode", countryCode);
        }
        body.put("email", "l.haddad@justice.example");
        body.put("phone", "+21671000001");
        body.put("contactConsent", consent);
        return as(Role.EDITOR).contentType(ContentType.JSON).body(body).post("/api/v1/members")
                .then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> participate(String meetingId, String memberId, String role, String attendance) {
        return as(Role.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("memberId", memberId, "role", role, "attendance", attendance))
                .post(PARTICIPANTS, meetingId).then().statusCode(201).extract().jsonPath().getMap("");
    }

    static Map<String, Object> item(String title, String startsAt, String endsAt, List<String> speakers) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", Map.of("en", title));
        body.put("type", "PLENARY");
        if (startsAt != null) {
            body.put("startsAt", startsAt);
        }
        if (endsAt != null) {
            body.put("endsAt", endsAt);
        }
        body.put("speakerIds", speakers);
        return body;
    }

    static Map<String, Object> addItem(String meetingId, Map<String, Object> body) {
        return as(Role.EDITOR).contentType(ContentType.JSON).body(body).post(AGENDA, meetingId)
                .then().statusCode(201).extract().jsonPath().getMap("");
    }

    static Map<String, Object> document(String title, boolean isPublic) {
        return new LinkedHashMap<>(Map.of("type", "MINUTES", "title", Map.of("en", title), "language", "en",
                "url", "https://documents.euromed-justice.example/" + randomLetters(6) + ".pdf", "public", isPublic));
    }

    static Map<String, Object> addDocument(String meetingId, Map<String, Object> body) {
        return as(Role.EDITOR).contentType(ContentType.JSON).body(body).post(DOCUMENTS, meetingId)
                .then().statusCode(201).extract().jsonPath().getMap("");
    }

    static Map<String, Object> fetch(RequestSpecification caller, String id) {
        return caller.get(MEETING, id).then().statusCode(200).extract().jsonPath().getMap("");
    }

    static int version(String id) {
        return as(Role.ADMIN).get(MEETING, id).then().statusCode(200).extract().path("version");
    }

    static RequestSpecification mergePatch(RequestSpecification caller, Object ifMatchVersion, String patch) {
        return caller.contentType(MERGE_PATCH_JSON).header("If-Match", "\"" + ifMatchVersion + "\"")
                .body(patch.getBytes(StandardCharsets.UTF_8));
    }

    static synchronized String expertGroup() {
        if (expertGroup == null) {
            expertGroup = newExpertGroup();
        }
        return expertGroup;
    }

    static String newExpertGroup() {
        String code = "M" + randomLetters(10).toUpperCase();
        as(Role.EDITOR).contentType(ContentType.JSON).body(Map.of("code", code, "name", Map.of("en", "Expert group " + code)))
                .post("/api/v1/expert-groups").then().statusCode(201);
        return code;
    }
}
