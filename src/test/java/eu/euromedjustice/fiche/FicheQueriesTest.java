package eu.euromedjustice.fiche;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import eu.euromedjustice.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasKey;

/**
 * What fiche reads cost in SQL statements (issue 11): at most 4 for one resource and 3 for a list
 * page or a comparison, whatever the number of countries, measures, revisions and organisations
 * named; a GET whose If-None-Match is current costs one read.
 */
@QuarkusTest
class FicheQueriesTest extends Fiches {

    private static final String COMPARE = FICHES + "/compare";
    private static final String REVISION = REVISIONS + "/{number}";
    private static final String MEASURE = MEASURES + "/{code}";
    private static final List<String> COUNTRIES = List.of("DZ", "EG", "IL", "JO", "LB", "MA", "PS", "TN");
    private static final int SINGLE_BUDGET = 4;
    private static final int LIST_BUDGET = 3;

    /** Who may read published fiches and measures: anyone. */
    private static final List<Supplier<RequestSpecification>> READERS = List.of(() -> anonymous(), () -> as(Role.PARTNER),
            () -> as(Role.MEMBER));

    @Test
    void shouldReadFichesInStatementsThatDoNotGrowWithTheirNumber() {
        String theme = "WITNESSES_VICTIMS_SUSPECTS";
        List<String> measures = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            measures.add(newMeasure(theme));
        }
        List<String> organisations = new ArrayList<>();
        for (String country : COUNTRIES) {
            organisations.add(organisation(country));
        }
        String measure = measures.get(0);
        for (int i = 0; i < COUNTRIES.size(); i++) {
            publish(COUNTRIES.get(i), measure, withAuthorities(organisations.get(i), organisations.get((i + 1) % COUNTRIES.size())),
                    null);
        }
        for (String other : measures.subList(1, measures.size())) {
            publish("MA", other, withAuthorities(organisations.get(0), organisations.get(1)), null);
        }
        // revisions 1 to 3 of MA's fiche of the first measure (the one above is the first), and a draft of the 4th
        publish("MA", measure, content(), null);
        publish("MA", measure, with(content(), "possibility", "NO"), null);
        putDraft(Role.MEMBER, "MA", measure, null, draftBody(content())).then().statusCode(201);
        String today = anonymous().get(FICHE, "MA", measure).then().statusCode(200).extract().path("validFrom");

        for (Supplier<RequestSpecification> reader : READERS) {
            // the fiche, its measure
            assertAtMost(SINGLE_BUDGET, () -> reader.get().get(FICHE, "MA", measure).then().statusCode(200).body("revision", equalTo(3)));
            // the fiche, its measure, the revision
            assertAtMost(SINGLE_BUDGET, () -> reader.get().queryParam("asOf", today).get(FICHE, "MA", measure).then().statusCode(200)
                    .body("revision", equalTo(3)));
            assertAtMost(SINGLE_BUDGET, () -> reader.get().get(REVISION, "MA", measure, 2).then().statusCode(200)
                    .body("revision", equalTo(2)));
            assertAtMost(SINGLE_BUDGET, () -> reader.get().get(MEASURE, measure).then().statusCode(200));
            // a page of fiches, their measures
            assertAtMost(LIST_BUDGET, () -> reader.get().queryParams(Map.of("measure", measure, "limit", 25)).get(FICHES)
                    .then().statusCode(200).body("items.size()", equalTo(COUNTRIES.size())));
            assertAtMost(LIST_BUDGET, () -> reader.get().queryParams(Map.of("theme", theme, "country", "MA", "limit", 100)).get(FICHES)
                    .then().statusCode(200));
            // the fiche, a page of its revisions
            assertAtMost(LIST_BUDGET, () -> reader.get().get(REVISIONS, "MA", measure).then().statusCode(200)
                    .body("items.size()", equalTo(3)));
            assertAtMost(LIST_BUDGET, () -> reader.get().queryParams(Map.of("theme", theme, "limit", 100)).get(MEASURES)
                    .then().statusCode(200));
            // the measure, the fiches, their authorities' names: without countries, with them, and one country across measures
            assertAtMost(LIST_BUDGET, () -> reader.get().queryParam("measure", measure).get(COMPARE).then().statusCode(200)
                    .body("columns.size()", equalTo(COUNTRIES.size()))
                    .body("organisations", hasKey(organisations.get(COUNTRIES.size() - 1))));
            assertAtMost(LIST_BUDGET, () -> reader.get().queryParam("measure", measure)
                    .queryParam("countries", String.join(",", COUNTRIES) + ",LY").get(COMPARE).then().statusCode(200)
                    .body("columns.size()", equalTo(COUNTRIES.size() + 1)));
            // other tests of the run publish fiches of MA too
            assertAtMost(LIST_BUDGET, () -> reader.get().queryParam("country", "MA").get(COMPARE).then().statusCode(200)
                    .body("columns.size()", greaterThanOrEqualTo(measures.size())));
            assertAtMost(LIST_BUDGET, () -> reader.get().queryParam("country", "MA").queryParam("measures", String.join(",", measures))
                    .get(COMPARE).then().statusCode(200).body("columns.size()", equalTo(measures.size())));
        }
        // the draft is for members: the fiche and its draft
        for (Role role : List.of(Role.MEMBER, Role.EDITOR)) {
            assertAtMost(SINGLE_BUDGET, () -> as(role).get(DRAFT, "MA", measure).then().statusCode(200));
        }
    }

    @Test
    void shouldAnswerACurrentIfNoneMatchWithOneReadAndAStaleOneWithTheWholeFiche() {
        String measure = newMeasure();
        publish("JO", measure, content(), "2020-01-01");
        publish("JO", measure, with(content(), "possibility", "NO"), null);
        putDraft(Role.MEMBER, "JO", measure, null, draftBody(content())).then().statusCode(201);

        // revision 1 moved on once, when revision 2 ended it
        assertConditional(() -> anonymous(), "content.possibility", "YES", "\"0\"", REVISION, "JO", measure, 1);
        assertConditional(() -> anonymous().queryParam("asOf", "2021-06-30"), "revision", 1, "\"0\"", FICHE, "JO", measure);
        assertConditional(() -> anonymous(), "content.possibility", "NO", "\"0\"", FICHE, "JO", measure);
        assertConditional(() -> as(Role.MEMBER), "status", "DRAFT", "\"7\"", DRAFT, "JO", measure);
        // none to show: 404 as without the header, never 304
        String missingRevision = anonymous().get(REVISION, "JO", measure, 3).then().statusCode(404).extract().path("detail");
        anonymous().header("If-None-Match", "*").get(REVISION, "JO", measure, 3).then().statusCode(404)
                .body("detail", equalTo(missingRevision));
        String notYetValid = anonymous().queryParam("asOf", "2019-12-31").get(FICHE, "JO", measure).then().statusCode(404)
                .extract().path("detail");
        anonymous().header("If-None-Match", "*").queryParam("asOf", "2019-12-31").get(FICHE, "JO", measure).then().statusCode(404)
                .body("detail", equalTo(notYetValid));
        String noFiche = anonymous().get(REVISION, "LY", measure, 1).then().statusCode(404).extract().path("detail");
        anonymous().header("If-None-Match", "\"0\"").get(REVISION, "LY", measure, 1).then().statusCode(404)
                .body("detail", equalTo(noFiche));
    }

    /** 304 from one read for the current ETag; the whole body, tagged, for a stale one. */
    private static void assertConditional(Supplier<RequestSpecification> caller, String bodyPath, Object expected, String stale,
            String path, Object... params) {
        String etag = caller.get().get(path, params).then().statusCode(200).extract().header("ETag");
        assertThat(etag).isNotEqualTo(stale);
        assertAtMost(1, () -> caller.get().header("If-None-Match", etag).get(path, params).then().statusCode(304).header("ETag", etag));
        caller.get().header("If-None-Match", stale).get(path, params).then().statusCode(200).header("ETag", etag)
                .body(bodyPath, equalTo(expected));
    }

    private static void assertAtMost(int budget, Runnable request) {
        List<String> sent = statements(request);
        assertThat(sent).as(String.join("\n", sent)).hasSizeLessThanOrEqualTo(budget);
    }

    /** A complete content whose receiving and executing authorities are organisations. */
    private static Map<String, Object> withAuthorities(String receiving, String executing) {
        return with(with(content(), "receivingAuthority", Map.of("organisationId", receiving)),
                "executingAuthority", Map.of("organisationId", executing, "text", Map.of("en", "The investigating judge")));
    }

    private static String organisation(String country) {
        return as(Role.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("name", Map.of("en", "Ministry of Justice " + randomLetters(6)), "type", "NATIONAL_AUTHORITY",
                        "countryCode", country))
                .post("/api/v1/organisations").then().statusCode(201).extract().path("id");
    }
}
