package eu.euromedjustice.fiche;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.euromedjustice.ApiTest;
import eu.euromedjustice.security.Role;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** What the fiche tests share: bodies, new measures, and the steps of the workflow. */
abstract class Fiches extends ApiTest {

    static final String MEASURES = "/api/v1/measures";
    static final String FICHES = "/api/v1/fiches";
    static final String FICHE = FICHES + "/{country}/{measure}";
    static final String DRAFT = FICHE + "/draft";
    static final String REVISIONS = FICHE + "/revisions";

    /** A new measure of the theme, with a unique code. */
    static String newMeasure(String theme) {
        String code = uniqueMeasureCode();
        as(Role.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("code", code, "theme", theme, "title", Map.of("en", "Test measure " + code, "ar", "تدبير اختباري " + code)))
                .post(MEASURES).then().statusCode(201);
        return code;
    }

    static String newMeasure() {
        return newMeasure("DOCUMENTS");
    }

    /** A complete, valid content: every field set. */
    static Map<String, Object> content() {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("possibility", "YES");
        content.put("possibilityNote", Map.of("en", "For offences punishable by two years or more.",
                "fr", "Pour les infractions punies de deux ans ou plus.", "ar", "بالنسبة للجرائم المعاقب عليها بسنتين أو أكثر."));
        content.put("legalFramework", List.of(Map.of("instrument", Map.of("en", "Code of Criminal Procedure", "fr", "Code de procédure pénale"),
                "articles", "Articles 108 to 116")));
        content.put("receivingAuthority", Map.of("text", Map.of("en", "Ministry of Justice, Directorate of Criminal Affairs")));
        content.put("executingAuthority", Map.of("text", Map.of("fr", "Le juge d'instruction du lieu d'exécution")));
        content.put("acceptedLanguages", List.of("ar", "fr"));
        content.put("languageNote", Map.of("en", "Annexes may be in English."));
        content.put("executionDeadline", "P30D");
        content.put("deadlineNote", Map.of("en", "Urgent requests within 48 hours."));
        content.put("dualCriminality", "REQUIRED");
        content.put("channels", List.of("CENTRAL_AUTHORITY", "DIRECT"));
        content.put("urgentProcedure", Map.of("en", "Send in advance by e-mail."));
        content.put("specialRequirements", Map.of("en", "Name the telephone number and the period."));
        content.put("otherInformation", Map.of("ar", "يرجى الاتصال بقاضي الاتصال أولا."));
        content.put("sources", List.of(Map.of("title", Map.of("en", "Reply to the CrimEx questionnaire"), "url", "https://www.justice.example/q")));
        content.put("lastReviewedOn", "2026-01-15");
        content.put("translationStatus", Map.of("en", "ORIGINAL", "fr", "REVIEWED", "ar", "MACHINE"));
        return content;
    }

    static Map<String, Object> draftBody(Map<String, Object> content) {
        return Map.of("content", content, "changeSummary", Map.of("en", "Update after the questionnaire"));
    }

    static Response putDraft(Role role, String country, String measure, String ifMatch, Map<String, Object> body) {
        var request = as(role).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(DRAFT, country, measure);
    }

    /** Drafts, submits and publishes the content as the fiche's next revision; the fiche as published. */
    static Map<String, Object> publish(String country, String measure, Map<String, Object> content, String validFrom) {
        Response existing = as(Role.EDITOR).get(DRAFT, country, measure);
        String ifMatch = existing.statusCode() == 200 ? existing.header("ETag") : null;
        putDraft(Role.MEMBER, country, measure, ifMatch, draftBody(content)).then().statusCode(ifMatch == null ? 201 : 200);
        as(Role.MEMBER).post(DRAFT + "/submit", country, measure).then().statusCode(200);
        var request = as(Role.EDITOR);
        if (validFrom != null) {
            request.queryParam("validFrom", validFrom);
        }
        return request.post(DRAFT + "/publish", country, measure).then().statusCode(200).extract().jsonPath().getMap("");
    }
}
