package eu.euromedjustice.fiche;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.euromedjustice.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static eu.euromedjustice.support.ProblemAssertions.Kind.CONFLICT;
import static eu.euromedjustice.support.ProblemAssertions.assertInvalidField;
import static eu.euromedjustice.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * What is particular to measures: the seeded catalogue, filters, search and paging, their rules,
 * and which references keep one from being deleted. What every versioned resource does (If-Match,
 * 304, 404, 400 for keys, who may write) is VersionedResourceContractTest.
 */
@QuarkusTest
class MeasureResourceTest extends Fiches {

    private static final String MEASURE = MEASURES + "/{code}";
    private static final int SEEDED_MEASURES = 55;
    /** A minimal valid draft: the two required fields of the content. */
    private static final Map<String, Object> MINIMAL_DRAFT = Map.of("content", Map.of("possibility", "YES", "dualCriminality", "UNKNOWN"));

    // ---------------------------------------------------------------- the seeded catalogue

    @Test
    void shouldSeedACatalogueOfEveryThemeWithTitlesInEnglishFrenchAndArabic() {
        List<Map<String, Object>> seeded = seeded(allItems(() -> anonymous(), MEASURES, Map.of(), 100));

        assertThat(seeded).hasSizeGreaterThanOrEqualTo(30);
        assertThat(seeded.stream().map(measure -> measure.get("theme")).collect(Collectors.toSet()))
                .isEqualTo(Arrays.stream(Theme.values()).map(Theme::name).collect(Collectors.toSet()));
        for (Map<String, Object> measure : seeded) {
            assertThat(titleOf(measure)).as("title of " + measure.get("code")).containsKeys("en", "fr", "ar")
                    .allSatisfy((language, text) -> assertThat(text).isNotBlank());
        }
    }

    // ---------------------------------------------------------------- filters and search

    @Test
    void shouldListEveryMeasureOfAThemeAndNoOther() {
        String assets = newMeasure("ASSETS");
        String places = newMeasure("PLACES");

        List<Map<String, Object>> found = allItems(() -> anonymous(), MEASURES, Map.of("theme", "ASSETS"), 100);

        assertThat(found).extracting(measure -> measure.get("theme")).containsOnly("ASSETS");
        assertThat(codesOf(found)).contains(assets).doesNotContain(places);
        assertThat(seeded(found)).isNotEmpty();
    }

    @Test
    void shouldFindMeasuresContainingEveryWordIgnoringCase() {
        // A.20 is about an interception too, but not of telecommunications
        assertThat(seededCodesFound("INTERCEPTION telecom")).containsExactly("A.10", "A.11");
    }

    @Test
    void shouldFindAMeasureByAWordOfItsArabicTitle() {
        assertThat(seededCodesFound("الحقيقي")).containsExactly("A.11"); // "in real time"
        assertThat(seededCodesFound("الإحالة")).containsExactly("A.10"); // "transmission", with a hamza the search folds away
    }

    @Test
    void shouldFindAMeasureByAFrenchWordTypedWithoutAccents() {
        assertThat(seededCodesFound("ulterieure")).contains("A.10"); // "ultérieure"
        assertThat(seededCodesFound("transmission ULTERIEURE")).containsExactly("A.10");
    }

    @Test
    void shouldFindANewMeasureByAWordOfItsDescription() {
        String marker = randomLetters(12);
        String code = newMeasure();
        mergePatch(code, "\"0\"", Map.of("description", Map.of("fr", "Décision " + marker + "é"))).then().statusCode(200);

        assertThat(codesOf(allItems(() -> anonymous(), MEASURES, Map.of("q", marker.toUpperCase() + "E"), 100))).containsExactly(code);
    }

    // ---------------------------------------------------------------- paging

    @Test
    void shouldPageThroughTheCatalogueInCodeOrderFollowingTheLinkHeader() {
        List<String> codes = new ArrayList<>();
        Response page = anonymous().queryParam("limit", 10).get(MEASURES);
        int pages = 1;
        while (true) {
            page.then().statusCode(200);
            List<String> onPage = page.jsonPath().getList("items.code");
            assertThat(onPage).hasSizeLessThanOrEqualTo(10);
            codes.addAll(onPage);
            if (page.path("next") == null) {
                page.then().header("Link", nullValue());
                break;
            }
            String link = nextLinkOf(page);
            assertThat(link).contains("limit=10").contains("cursor=" + page.path("next"));
            page = anonymous().urlEncodingEnabled(false).get(link);
            pages++;
        }

        assertThat(codes).doesNotHaveDuplicates();
        List<String> seeded = codes.stream().filter(code -> !code.startsWith("ZZ.")).toList();
        assertThat(seeded).hasSize(SEEDED_MEASURES).isSorted().startsWith("A.10").endsWith("J.40");
        assertThat(pages).isGreaterThanOrEqualTo(SEEDED_MEASURES / 10 + 1);
    }

    @Test
    void shouldContinueACursorWithTheSameFilter() {
        Map<String, Object> filter = Map.of("theme", "INTERCEPTION_OF_COMMUNICATIONS", "limit", 3);
        Response first = anonymous().queryParams(filter).get(MEASURES);

        first.then().statusCode(200).body("items.code", equalTo(List.of("A.10", "A.11", "A.20")));
        anonymous().queryParams(filter).queryParam("cursor", (String) first.path("next")).get(MEASURES)
                .then().statusCode(200).body("items.code", equalTo(List.of("A.30", "A.50", "A.60")));
    }

    // ---------------------------------------------------------------- validation

    @Test
    void shouldRejectAnUnknownThemeFilterNamingIt() {
        assertInvalidField(anonymous().queryParam("theme", "WIRETAPPING").get(MEASURES), "theme");
    }

    @Test
    void shouldRejectAMalformedCodeOnCreate() {
        for (String malformed : List.of("a.11", "A-11", "A.", "ABC.1", "A.1234")) {
            assertInvalidField(create(measure(malformed)), "code");
        }
    }

    @Test
    void shouldRequireACodeOnCreate() {
        assertInvalidField(create(without(measure(uniqueMeasureCode()), "code")), "code");
    }

    @Test
    void shouldRequireAnEnglishTitle() {
        String code = uniqueMeasureCode();

        assertInvalidField(create(with(measure(code), "title", Map.of("fr", "Audition de témoins"))), "title");

        anonymous().get(MEASURE, code).then().statusCode(404);
    }

    @Test
    void shouldRejectAnUnknownTheme() {
        assertInvalidField(create(with(measure(uniqueMeasureCode()), "theme", "WIRETAPPING")), "theme");
    }

    @Test
    void shouldRejectRelatedMeasureCodesThatNameNoMeasureTheMeasureItselfOrOneTwice() {
        String code = uniqueMeasureCode();
        List<List<String>> invalid = List.of(List.of("A.11", "ZZ.999.998"), List.of(code), List.of("A.11", "B.10", "A.11"));

        for (List<String> related : invalid) {
            assertInvalidField(create(with(measure(code), "relatedMeasureCodes", related)), "relatedMeasureCodes");
        }

        anonymous().get(MEASURE, code).then().statusCode(404);
    }

    @Test
    void shouldCheckRelatedMeasureCodesOnPatchToo() {
        String code = newMeasure();

        assertInvalidField(mergePatch(code, "\"0\"", Map.of("relatedMeasureCodes", List.of(code))), "relatedMeasureCodes");
        assertInvalidField(mergePatch(code, "\"0\"", Map.of("relatedMeasureCodes", List.of("ZZ.999.998"))), "relatedMeasureCodes");

        mergePatch(code, "\"0\"", Map.of("relatedMeasureCodes", List.of("A.11", "B.10"))).then().statusCode(200)
                .body("relatedMeasureCodes", equalTo(List.of("A.11", "B.10"))).body("version", equalTo(1));
    }

    @Test
    void shouldRefuseASecondMeasureWithTheSameCode() {
        String code = newMeasure();

        assertProblem(create(measure(code)), CONFLICT).body("detail", containsString(code));
        assertProblem(create(measure("A.11")), CONFLICT);
    }

    @Test
    void shouldNotLetAReplaceChangeTheCode() {
        String code = newMeasure();

        assertInvalidField(replace(code, "\"0\"", measure(uniqueMeasureCode())), "code");
        anonymous().get(MEASURE, code).then().statusCode(200).body("code", equalTo(code)).body("version", equalTo(0));

        replace(code, "\"0\"", without(measure(code), "code")).then().statusCode(200).body("code", equalTo(code));
    }

    @Test
    void shouldNotLetAPatchChangeTheCode() {
        String code = newMeasure();

        assertInvalidField(mergePatch(code, "\"0\"", Map.of("code", uniqueMeasureCode())), "code");
    }

    // ---------------------------------------------------------------- delete

    @Test
    void shouldRefuseToDeleteAMeasureAnotherOneRelatesToUntilItNoLongerDoes() {
        String related = newMeasure();
        String relating = uniqueMeasureCode();
        create(with(measure(relating), "relatedMeasureCodes", List.of(related))).then().statusCode(201);

        assertProblem(as(Role.EDITOR).delete(MEASURE, related), CONFLICT).body("detail", containsString(relating));
        anonymous().get(MEASURE, related).then().statusCode(200);

        mergePatch(relating, "\"0\"", Map.of("relatedMeasureCodes", List.of())).then().statusCode(200);
        as(Role.EDITOR).delete(MEASURE, related).then().statusCode(204);
        anonymous().get(MEASURE, related).then().statusCode(404);
    }

    @Test
    void shouldRefuseToDeleteAMeasureWithADraftUntilTheDraftIsDiscarded() {
        String code = newMeasure();
        putDraft(Role.MEMBER, "MA", code, null, MINIMAL_DRAFT).then().statusCode(201);

        assertProblem(as(Role.EDITOR).delete(MEASURE, code), CONFLICT);
        anonymous().get(MEASURE, code).then().statusCode(200);

        as(Role.MEMBER).delete(DRAFT, "MA", code).then().statusCode(204);
        as(Role.EDITOR).delete(MEASURE, code).then().statusCode(204);
        anonymous().get(MEASURE, code).then().statusCode(404);
    }

    @Test
    void shouldRefuseToDeleteAMeasureWithAPublishedFiche() {
        String code = newMeasure();
        publish("TN", code, Map.of("possibility", "NO", "dualCriminality", "UNKNOWN"), null);

        assertProblem(as(Role.ADMIN).delete(MEASURE, code), CONFLICT);

        anonymous().get(MEASURE, code).then().statusCode(200);
    }

    @Test
    void shouldMoveTheETagsOfItsFichesAndRevisionsOnWhenItsTitleOrThemeChangesAndOnlyThen() {
        String code = newMeasure();
        publish("TN", code, Map.of("possibility", "NO", "dualCriminality", "UNKNOWN"), null);
        String ficheTag = anonymous().get(FICHE, "TN", code).then().statusCode(200).extract().header("ETag");
        String revisionTag = anonymous().get(REVISIONS + "/1", "TN", code).then().statusCode(200).extract().header("ETag");
        String before = Instant.now().toString();

        String measureTag = anonymous().get(MEASURE, code).header("ETag");
        measureTag = mergePatch(code, measureTag, Map.of("title", Map.of("en", "Renamed measure"))).then().statusCode(200)
                .extract().header("ETag");

        ficheTag = anonymous().header("If-None-Match", ficheTag).get(FICHE, "TN", code).then().statusCode(200)
                .body("measureTitle.en", equalTo("Renamed measure")).extract().header("ETag");
        revisionTag = anonymous().header("If-None-Match", revisionTag).get(REVISIONS + "/1", "TN", code).then().statusCode(200)
                .body("measureTitle.en", equalTo("Renamed measure")).extract().header("ETag");
        // a partner syncing fiches learns of the new title too
        assertThat(anonymous().queryParam("updatedSince", before).queryParam("measure", code).get(FICHES).then().statusCode(200)
                .extract().jsonPath().getList("items.countryCode")).containsExactly("TN");

        measureTag = mergePatch(code, measureTag, Map.of("theme", "WITNESSES_VICTIMS_SUSPECTS")).then().statusCode(200)
                .extract().header("ETag");
        ficheTag = anonymous().header("If-None-Match", ficheTag).get(FICHE, "TN", code).then().statusCode(200)
                .body("theme", equalTo("WITNESSES_VICTIMS_SUSPECTS")).extract().header("ETag");
        revisionTag = anonymous().header("If-None-Match", revisionTag).get(REVISIONS + "/1", "TN", code).then().statusCode(200)
                .body("theme", equalTo("WITNESSES_VICTIMS_SUSPECTS")).extract().header("ETag");

        // what fiches do not show leaves them as they were
        mergePatch(code, measureTag, Map.of("description", Map.of("en", "Only the description"))).then().statusCode(200);
        anonymous().header("If-None-Match", ficheTag).get(FICHE, "TN", code).then().statusCode(304);
        anonymous().header("If-None-Match", revisionTag).get(REVISIONS + "/1", "TN", code).then().statusCode(304);
    }

    // ---------------------------------------------------------------- helpers

    /** A body for a new measure of this code. */
    private static Map<String, Object> measure(String code) {
        return Map.of("code", code, "theme", "WITNESSES_VICTIMS_SUSPECTS",
                "title", Map.of("en", "Hearing of a witness by videoconference", "fr", "Audition d'un témoin par vidéoconférence"));
    }

    private static Response create(Map<String, Object> body) {
        return as(Role.EDITOR).contentType(ContentType.JSON).body(body).post(MEASURES);
    }

    private static Response replace(String code, String ifMatch, Map<String, Object> body) {
        return as(Role.EDITOR).contentType(ContentType.JSON).header("If-Match", ifMatch).body(body).put(MEASURE, code);
    }

    private static Response mergePatch(String code, String ifMatch, Map<String, Object> patch) {
        return as(Role.EDITOR).contentType(MERGE_PATCH_JSON).header("If-Match", ifMatch).body(toJson(patch)).patch(MEASURE, code);
    }

    private static byte[] toJson(Map<String, Object> patch) {
        try {
            return new ObjectMapper().writeValueAsBytes(patch);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The codes of the seeded measures that the words find, in list order; other tests' measures (ZZ.*) left out. */
    private static List<String> seededCodesFound(String words) {
        return codesOf(seeded(allItems(() -> anonymous(), MEASURES, Map.of("q", words), 100)));
    }

    /** The seeded measures among these: not the ones tests create (ZZ.*). */
    private static List<Map<String, Object>> seeded(List<Map<String, Object>> measures) {
        return measures.stream().filter(measure -> !((String) measure.get("code")).startsWith("ZZ.")).toList();
    }

    private static List<String> codesOf(List<Map<String, Object>> measures) {
        return measures.stream().map(measure -> (String) measure.get("code")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> titleOf(Map<String, Object> measure) {
        return (Map<String, String>) measure.get("title");
    }
}
