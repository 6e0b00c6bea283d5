package eu.euromedjustice.fiche;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

import eu.euromedjustice.security.Role;
import eu.euromedjustice.support.Parallel;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static eu.euromedjustice.support.ProblemAssertions.Kind.CONFLICT;
import static eu.euromedjustice.support.ProblemAssertions.Kind.FORBIDDEN;
import static eu.euromedjustice.support.ProblemAssertions.Kind.NOT_FOUND;
import static eu.euromedjustice.support.ProblemAssertions.Kind.PRECONDITION_FAILED;
import static eu.euromedjustice.support.ProblemAssertions.Kind.PRECONDITION_REQUIRED;
import static eu.euromedjustice.support.ProblemAssertions.assertInvalidField;
import static eu.euromedjustice.support.ProblemAssertions.assertProblem;
import static eu.euromedjustice.support.ProblemAssertions.assertUnauthorized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The workflow of a fiche: draft, review, publication as numbered revisions, archiving; who may do what; history. */
@QuarkusTest
class FicheWorkflowTest extends Fiches {

    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    // ---------------------------------------------------------------- the way through

    @Test
    void shouldTakeADraftThroughReviewToRevisionOne() {
        String measure = newMeasure();
        assertProblem(anonymous().get(FICHE, "MA", measure), NOT_FOUND);

        putDraft(Role.MEMBER, "MA", measure, null, draftBody(content())).then().statusCode(201)
                .header("Location", endsWith("/api/v1/fiches/MA/" + measure + "/draft")).header("ETag", equalTo("\"0\""))
                .body("status", equalTo("DRAFT")).body("basedOnRevision", nullValue()).body("createdBy", notNullValue())
                .body("disclaimer.en", containsString("no legal value"));
        assertProblem(anonymous().get(FICHE, "MA", measure), NOT_FOUND); // a draft is not a fiche
        assertProblem(anonymous().get(REVISIONS, "MA", measure), NOT_FOUND);

        as(Role.MEMBER).post(DRAFT + "/submit", "MA", measure).then().statusCode(200).body("status", equalTo("IN_REVIEW"))
                .body("submittedBy", notNullValue()).body("submittedAt", notNullValue()).header("ETag", equalTo("\"1\""));
        Response published = as(Role.EDITOR).post(DRAFT + "/publish", "MA", measure);

        published.then().statusCode(200).body("revision", equalTo(1)).body("current", equalTo(true))
                .body("validFrom", equalTo(TODAY)).body("validUntil", nullValue()).body("content.possibility", equalTo("YES"))
                .body("changeSummary.en", equalTo("Update after the questionnaire")).body("measureCode", equalTo(measure))
                .body("theme", equalTo("DOCUMENTS")).body("measureTitle.en", equalTo("Test measure " + measure));
        assertThat(published.jsonPath().getList("changedFields", String.class)).contains("possibility", "legalFramework")
                .doesNotContain("alternativeMeasureCodes"); // empty in the content
        assertProblem(as(Role.MEMBER).get(DRAFT, "MA", measure), NOT_FOUND); // the draft became the revision
        Map<String, Object> current = anonymous().get(FICHE, "MA", measure).then().statusCode(200)
                .header("ETag", equalTo(published.header("ETag"))).extract().jsonPath().getMap("");
        assertThat(current).isEqualTo(published.jsonPath().getMap(""));
        assertThat(anonymous().get(REVISIONS + "/1", "MA", measure).then().statusCode(200).extract().jsonPath().getMap("content"))
                .isEqualTo(current.get("content"));
    }

    @Test
    void shouldKeepEachPublicationAsARevisionValidUntilTheNextAndAnswerAsOf() {
        String measure = newMeasure();
        publish("TN", measure, content(), "2019-01-01");
        Map<String, Object> changed = new LinkedHashMap<>(content());
        changed.put("executionDeadline", "P60D");
        changed.put("acceptedLanguages", List.of("ar", "fr", "en"));
        publish("TN", measure, changed, "2020-06-01");

        List<Map<String, Object>> revisions = anonymous().get(REVISIONS, "TN", measure).then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(revisions).extracting(revision -> revision.get("number")).containsExactly(1, 2);
        assertThat(revisions.get(0)).containsEntry("validFrom", "2019-01-01").containsEntry("validUntil", "2020-06-01")
                .containsEntry("current", false).containsKey("publishedBy").containsKey("publishedAt").containsKey("disclaimer");
        assertThat(revisions.get(1)).containsEntry("validFrom", "2020-06-01").containsEntry("current", true).doesNotContainKey("validUntil")
                .containsEntry("changedFields", List.of("acceptedLanguages", "executionDeadline"));

        anonymous().queryParam("asOf", "2019-01-01").get(FICHE, "TN", measure).then().statusCode(200).body("revision", equalTo(1))
                .body("current", equalTo(false)).body("content.executionDeadline", equalTo("P30D"));
        anonymous().queryParam("asOf", "2020-05-31").get(FICHE, "TN", measure).then().statusCode(200).body("revision", equalTo(1));
        anonymous().queryParam("asOf", "2020-06-01").get(FICHE, "TN", measure).then().statusCode(200).body("revision", equalTo(2))
                .body("content.executionDeadline", equalTo("P60D"));
        assertProblem(anonymous().queryParam("asOf", "2018-12-31").get(FICHE, "TN", measure), NOT_FOUND)
                .body("detail", containsString("2018-12-31"));
        assertInvalidField(anonymous().queryParam("asOf", "31/12/2018").get(FICHE, "TN", measure), "asOf");
        anonymous().get(FICHE, "TN", measure).then().statusCode(200).body("revision", equalTo(2));
        anonymous().get(REVISIONS + "/1", "TN", measure).then().statusCode(200).body("validUntil", equalTo("2020-06-01"));
        assertProblem(anonymous().get(REVISIONS + "/3", "TN", measure), NOT_FOUND);
        assertInvalidField(anonymous().get(REVISIONS + "/0", "TN", measure), "number");
        assertInvalidField(anonymous().get(REVISIONS + "/two", "TN", measure), "number");
    }

    @Test
    void shouldListWhatARevisionChangedWithTheValuesBeforeAndAfter() {
        String measure = newMeasure();
        publish("JO", measure, content(), "2019-01-01");
        Map<String, Object> changed = new LinkedHashMap<>(content());
        changed.put("executionDeadline", "P60D");
        changed.remove("urgentProcedure");
        changed.put("possibilityNote", Map.of("en", "For offences punishable by three years or more."));
        publish("JO", measure, changed, "2019-01-01"); // the same day: revision 1 is then never in force again

        Map<String, Object> diff = anonymous().get(REVISIONS + "/2/diff", "JO", measure).then().statusCode(200)
                .body("revision", equalTo(2)).body("against", equalTo(1)).body("disclaimer.ar", notNullValue())
                .extract().jsonPath().getMap("");
        List<Map<String, Object>> changes = (List<Map<String, Object>>) diff.get("changes");
        assertThat(changes).extracting(change -> change.get("field"))
                .containsExactly("possibilityNote", "executionDeadline", "urgentProcedure");
        assertThat(changes.get(1)).containsEntry("before", "P30D").containsEntry("after", "P60D");
        assertThat(changes.get(2)).containsEntry("before", Map.of("en", "Send in advance by e-mail.")).doesNotContainKey("after");
        assertThat((Map<String, Object>) changes.get(0).get("after")).containsOnlyKeys("en");

        anonymous().queryParam("against", "2").get(REVISIONS + "/2/diff", "JO", measure).then().statusCode(200)
                .body("changes.size()", equalTo(0));
        anonymous().queryParam("against", "2").get(REVISIONS + "/1/diff", "JO", measure).then().statusCode(200)
                .body("revision", equalTo(1)).body("against", equalTo(2)).body("changes.size()", equalTo(3));
        List<Map<String, Object>> first = anonymous().get(REVISIONS + "/1/diff", "JO", measure).then().statusCode(200)
                .body("against", nullValue()).extract().jsonPath().getList("changes");
        assertThat(first).extracting(change -> change.get("field")).startsWith("possibility", "possibilityNote") // against nothing
                .doesNotContain("alternativeMeasureCodes");
        assertThat(first).allMatch(change -> !change.containsKey("before"));
        anonymous().get(FICHE, "JO", measure).then().statusCode(200).body("revision", equalTo(2));
        anonymous().queryParam("asOf", "2019-01-01").get(FICHE, "JO", measure).then().statusCode(200).body("revision", equalTo(2));
        assertInvalidField(anonymous().queryParam("against", "9").get(REVISIONS + "/2/diff", "JO", measure), "against");
        assertInvalidField(anonymous().queryParam("against", "x").get(REVISIONS + "/2/diff", "JO", measure), "against");
        assertProblem(anonymous().get(REVISIONS + "/5/diff", "JO", measure), NOT_FOUND);
    }

    @Test
    void shouldArchiveAPublishedFicheAndPublishItAgainLater() {
        String measure = newMeasure();
        publish("LB", measure, content(), "2019-03-01");
        String tag = anonymous().get(FICHE, "LB", measure).header("ETag");

        assertProblem(as(Role.EDITOR).header("If-Match", "\"99\"").post(FICHE + "/archive", "LB", measure), PRECONDITION_FAILED);
        as(Role.EDITOR).header("If-Match", tag).post(FICHE + "/archive", "LB", measure).then().statusCode(200)
                .body("revision", equalTo(1)).body("current", equalTo(false)).body("validUntil", equalTo(TODAY));

        assertProblem(anonymous().get(FICHE, "LB", measure), NOT_FOUND).body("detail", containsString("archived"));
        anonymous().get(REVISIONS + "/1", "LB", measure).then().statusCode(200);
        anonymous().queryParam("asOf", "2020-01-01").get(FICHE, "LB", measure).then().statusCode(200).body("revision", equalTo(1));
        assertThat(anonymous().queryParam("measure", measure).get(FICHES).then().statusCode(200).extract().jsonPath().getList("items")).isEmpty();
        assertProblem(as(Role.EDITOR).post(FICHE + "/archive", "LB", measure), CONFLICT);

        assertInvalidField(publishRequest("LB", measure, content(), "2019-06-01"), "validFrom"); // before the archiving
        as(Role.EDITOR).queryParam("validFrom", TODAY).post(DRAFT + "/publish", "LB", measure).then().statusCode(200)
                .body("revision", equalTo(2)).body("current", equalTo(true));
        anonymous().get(FICHE, "LB", measure).then().statusCode(200).body("revision", equalTo(2));
    }

    @Test
    void shouldRefuseAValidFromInTheFutureOrBeforeTheRevisionItReplaces() {
        String measure = newMeasure();
        publish("DZ", measure, content(), "2020-02-02");

        assertInvalidField(publishRequest("DZ", measure, content(), LocalDate.now(ZoneOffset.UTC).plusDays(2).toString()), "validFrom");
        assertInvalidField(as(Role.EDITOR).queryParam("validFrom", "2020-02-01").post(DRAFT + "/publish", "DZ", measure), "validFrom");
        assertInvalidField(as(Role.EDITOR).queryParam("validFrom", "2020-2-1").post(DRAFT + "/publish", "DZ", measure), "validFrom");
        as(Role.MEMBER).get(DRAFT, "DZ", measure).then().statusCode(200).body("status", equalTo("IN_REVIEW")).body("basedOnRevision", equalTo(1));
        anonymous().get(FICHE, "DZ", measure).then().statusCode(200).body("revision", equalTo(1));
    }

    // ---------------------------------------------------------------- transitions and roles

    @Test
    void shouldRefuseEveryIllegalTransitionWithAConflictAndChangeNothing() {
        String measure = newMeasure();
        assertProblem(as(Role.MEMBER).post(DRAFT + "/submit", "EG", measure), NOT_FOUND);
        assertProblem(as(Role.EDITOR).post(DRAFT + "/publish", "EG", measure), NOT_FOUND);
        assertProblem(as(Role.MEMBER).post(DRAFT + "/return", "EG", measure), NOT_FOUND);
        assertProblem(as(Role.EDITOR).post(FICHE + "/archive", "EG", measure), NOT_FOUND);

        putDraft(Role.MEMBER, "EG", measure, null, draftBody(content())).then().statusCode(201);
        assertProblem(as(Role.EDITOR).post(DRAFT + "/publish", "EG", measure), CONFLICT).body("detail", containsString("DRAFT"));
        assertProblem(as(Role.MEMBER).post(DRAFT + "/return", "EG", measure), CONFLICT);
        assertProblem(as(Role.EDITOR).post(FICHE + "/archive", "EG", measure), NOT_FOUND); // never published
        as(Role.MEMBER).get(DRAFT, "EG", measure).then().body("status", equalTo("DRAFT")).header("ETag", equalTo("\"0\""));

        as(Role.MEMBER).post(DRAFT + "/submit", "EG", measure).then().statusCode(200);
        assertProblem(as(Role.MEMBER).post(DRAFT + "/submit", "EG", measure), CONFLICT).body("detail", containsString("IN_REVIEW"));
        as(Role.MEMBER).post(DRAFT + "/return", "EG", measure).then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("submittedBy", nullValue());
        assertProblem(as(Role.MEMBER).header("If-Match", "\"1\"").post(DRAFT + "/submit", "EG", measure), PRECONDITION_FAILED);
        as(Role.MEMBER).header("If-Match", "\"2\"").post(DRAFT + "/submit", "EG", measure).then().statusCode(200);
        as(Role.EDITOR).post(DRAFT + "/publish", "EG", measure).then().statusCode(200);
        assertProblem(as(Role.EDITOR).post(DRAFT + "/publish", "EG", measure), NOT_FOUND); // the draft is gone
        as(Role.EDITOR).post(FICHE + "/archive", "EG", measure).then().statusCode(200);
        assertProblem(as(Role.ADMIN).post(FICHE + "/archive", "EG", measure), CONFLICT).body("detail", containsString("ARCHIVED"));
    }

    static List<Arguments> roles() {
        return List.of(
                Arguments.of(Role.PARTNER, false, false),
                Arguments.of(Role.MEMBER, true, false),
                Arguments.of(Role.EDITOR, true, true),
                Arguments.of(Role.ADMIN, true, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void shouldLetMembersDraftAndSubmitAndEditorsPublishAndArchive(Role role, boolean drafts, boolean publishes) {
        String measure = newMeasure();
        Response put = putDraft(role, "PS", measure, null, draftBody(content()));
        if (!drafts) {
            assertProblem(put, FORBIDDEN);
            assertProblem(as(role).get(DRAFT, "PS", measure), FORBIDDEN);
            putDraft(Role.MEMBER, "PS", measure, null, draftBody(content())).then().statusCode(201);
            assertProblem(as(role).get(DRAFT, "PS", measure), FORBIDDEN);
            assertProblem(as(role).post(DRAFT + "/submit", "PS", measure), FORBIDDEN);
            assertProblem(as(role).header("If-Match", "\"0\"").delete(DRAFT, "PS", measure), FORBIDDEN);
            as(Role.MEMBER).post(DRAFT + "/submit", "PS", measure).then().statusCode(200);
            assertProblem(as(role).post(DRAFT + "/return", "PS", measure), FORBIDDEN);
        } else {
            put.then().statusCode(201);
            as(role).get(DRAFT, "PS", measure).then().statusCode(200);
            as(role).post(DRAFT + "/submit", "PS", measure).then().statusCode(200);
        }
        if (!publishes) {
            assertProblem(as(role).post(DRAFT + "/publish", "PS", measure), FORBIDDEN);
            as(Role.EDITOR).post(DRAFT + "/publish", "PS", measure).then().statusCode(200);
            assertProblem(as(role).post(FICHE + "/archive", "PS", measure), FORBIDDEN);
            anonymous().get(FICHE, "PS", measure).then().statusCode(200); // nothing archived
        } else {
            as(role).post(DRAFT + "/publish", "PS", measure).then().statusCode(200);
            as(role).post(FICHE + "/archive", "PS", measure).then().statusCode(200);
        }
    }

    @Test
    void shouldAskAnonymousCallersToSignInForDraftsAndWorkflowSteps() {
        String measure = newMeasure();
        putDraft(Role.MEMBER, "IL", measure, null, draftBody(content())).then().statusCode(201);

        assertUnauthorized(anonymous().get(DRAFT, "IL", measure));
        assertUnauthorized(anonymous().contentType(ContentType.JSON).body(draftBody(content())).put(DRAFT, "IL", measure));
        assertUnauthorized(anonymous().post(DRAFT + "/submit", "IL", measure));
        assertUnauthorized(anonymous().post(DRAFT + "/publish", "IL", measure));
        assertUnauthorized(anonymous().post(FICHE + "/archive", "IL", measure));
        as(Role.MEMBER).get(DRAFT, "IL", measure).then().statusCode(200).body("status", equalTo("DRAFT"))
                .header("Cache-Control", containsString("private"));
    }

    // ---------------------------------------------------------------- the draft

    @Test
    void shouldCreateTheDraftWithoutIfMatchAndReplaceItOnlyWithIt() {
        String measure = newMeasure();
        assertProblem(putDraft(Role.MEMBER, "MA", measure, "\"0\"", draftBody(content())), PRECONDITION_FAILED); // none yet
        assertProblem(as(Role.MEMBER).get(DRAFT, "MA", measure), NOT_FOUND);
        putDraft(Role.MEMBER, "MA", measure, null, draftBody(content())).then().statusCode(201);

        Map<String, Object> changed = new LinkedHashMap<>(content());
        changed.put("possibility", "PARTIAL");
        assertProblem(putDraft(Role.MEMBER, "MA", measure, null, draftBody(changed)), PRECONDITION_REQUIRED);
        assertProblem(putDraft(Role.MEMBER, "MA", measure, "\"3\"", draftBody(changed)), PRECONDITION_FAILED);
        putDraft(Role.EDITOR, "MA", measure, "\"0\"", draftBody(changed)).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("content.possibility", equalTo("PARTIAL")).body("status", equalTo("DRAFT"));

        as(Role.MEMBER).contentType(MERGE_PATCH_JSON).header("If-Match", "\"1\"")
                .body(Map.of("content", Map.of("possibility", "NO", "urgentProcedure", "null-placeholder")))
                .patch(DRAFT, "MA", measure).then().statusCode(400); // a text is not a language map
        Response patched = as(Role.MEMBER).contentType(MERGE_PATCH_JSON).header("If-Match", "\"1\"")
                .body("{\"content\": {\"possibility\": \"NO\", \"urgentProcedure\": null, \"channels\": null}}")
                .patch(DRAFT, "MA", measure);
        patched.then().statusCode(200).header("ETag", equalTo("\"2\"")).body("content.possibility", equalTo("NO"))
                .body("content.urgentProcedure", nullValue()).body("content.channels.size()", equalTo(0))
                .body("content.executionDeadline", equalTo("P30D")).body("content.dualCriminality", equalTo("REQUIRED"));
        assertInvalidField(as(Role.MEMBER).contentType(MERGE_PATCH_JSON).header("If-Match", "\"2\"")
                .body("{\"content\": {\"possibility\": null}}").patch(DRAFT, "MA", measure), "content.possibility");
        as(Role.MEMBER).get(DRAFT, "MA", measure).then().header("ETag", equalTo("\"2\""));
    }

    @Test
    void shouldDiscardADraftAndWithItAFicheThatWasNeverPublished() {
        String fresh = newMeasure();
        putDraft(Role.MEMBER, "TN", fresh, null, draftBody(content())).then().statusCode(201);
        assertProblem(as(Role.MEMBER).header("If-Match", "\"4\"").delete(DRAFT, "TN", fresh), PRECONDITION_FAILED);
        as(Role.MEMBER).header("If-Match", "\"0\"").delete(DRAFT, "TN", fresh).then().statusCode(204);
        assertProblem(as(Role.MEMBER).get(DRAFT, "TN", fresh), NOT_FOUND);
        assertProblem(as(Role.MEMBER).delete(DRAFT, "TN", fresh), NOT_FOUND);
        putDraft(Role.MEMBER, "TN", fresh, null, draftBody(content())).then().statusCode(201); // starts again from nothing

        String published = newMeasure();
        publish("TN", published, content(), null);
        putDraft(Role.MEMBER, "TN", published, null, draftBody(content())).then().statusCode(201).body("basedOnRevision", equalTo(1));
        as(Role.MEMBER).delete(DRAFT, "TN", published).then().statusCode(204);
        anonymous().get(FICHE, "TN", published).then().statusCode(200).body("revision", equalTo(1));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownCountryOrMeasureAndBadRequestForAMalformedOne() {
        String measure = newMeasure();
        assertProblem(putDraft(Role.MEMBER, "XX", measure, null, draftBody(content())), NOT_FOUND);
        assertProblem(putDraft(Role.MEMBER, "MA", "Q.999", null, draftBody(content())), NOT_FOUND);
        assertProblem(anonymous().get(FICHE, "XX", measure), NOT_FOUND);
        assertInvalidField(putDraft(Role.MEMBER, "ma", measure, null, draftBody(content())), "country");
        assertInvalidField(putDraft(Role.MEMBER, "MA", "A-11", null, draftBody(content())), "measure");
        assertInvalidField(anonymous().get(FICHE, "MAR", measure), "country");
        assertInvalidField(anonymous().get(REVISIONS, "MA", "a.11"), "measure");
    }

    // ---------------------------------------------------------------- validation

    static List<Arguments> invalidContents() {
        return List.of(
                invalid("no possibility", content -> without(content, "possibility"), "content.possibility"),
                invalid("an unknown possibility", content -> with(content, "possibility", "MAYBE"), "content.possibility"),
                invalid("no dual criminality", content -> without(content, "dualCriminality"), "content.dualCriminality"),
                invalid("an empty language map", content -> with(content, "possibilityNote", Map.of()), "content.possibilityNote"),
                invalid("an unknown language in a map", content -> with(content, "languageNote", Map.of("de", "Deutsch")),
                        "content.languageNote"),
                invalid("a blank text", content -> with(content, "deadlineNote", Map.of("fr", "  ")), "content.deadlineNote"),
                invalid("a malformed language tag", content -> with(content, "acceptedLanguages", List.of("Arabic")),
                        "content.acceptedLanguages[0]"),
                invalid("a language twice", content -> with(content, "acceptedLanguages", List.of("ar", "ar")), "content.acceptedLanguages"),
                invalid("a channel twice", content -> with(content, "channels", List.of("DIRECT", "DIRECT")), "content.channels"),
                invalid("an unknown channel", content -> with(content, "channels", List.of("CARRIER_PIGEON")), "content.channels[0]"),
                invalid("a deadline that is no ISO 8601 duration", content -> with(content, "executionDeadline", "30 days"),
                        "content.executionDeadline"),
                invalid("a zero deadline", content -> with(content, "executionDeadline", "P0D"), "content.executionDeadline"),
                invalid("a deadline with an empty time part", content -> with(content, "executionDeadline", "P1DT"),
                        "content.executionDeadline"),
                invalid("an unknown organisation", content -> with(content, "receivingAuthority",
                        Map.of("organisationId", "0193f2a3-5b7c-7d8e-9f01-23456789abcd")), "content.receivingAuthority.organisationId"),
                invalid("an authority with neither organisation nor text", content -> with(content, "executingAuthority", Map.of()),
                        "content.executingAuthority"),
                invalid("an unknown alternative measure", content -> with(content, "alternativeMeasureCodes", List.of("Q.998")),
                        "content.alternativeMeasureCodes"),
                invalid("a malformed alternative measure", content -> with(content, "alternativeMeasureCodes", List.of("a11")),
                        "content.alternativeMeasureCodes[0]"),
                invalid("a legal basis without instrument", content -> with(content, "legalFramework", List.of(Map.of("articles", "Art. 5"))),
                        "content.legalFramework[0].instrument"),
                invalid("a source that is no web address", content -> with(content, "sources",
                        List.of(Map.of("title", Map.of("en", "Law"), "url", "ftp://law.example"))), "content.sources[0].url"),
                invalid("a review date in the future", content -> with(content, "lastReviewedOn",
                        LocalDate.now(ZoneOffset.UTC).plusDays(3).toString()), "content.lastReviewedOn"),
                invalid("an unknown translation status", content -> with(content, "translationStatus", Map.of("ar", "GOOGLE")),
                        "content.translationStatus.ar"),
                invalid("a translation status of another language", content -> with(content, "translationStatus", Map.of("de", "ORIGINAL")),
                        "content.translationStatus.de"),
                invalid("an unknown content property", content -> with(content, "penalty", "none"), "content.penalty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidContents")
    void shouldRefuseAnInvalidContentNamingTheFieldAndCreateNothing(String description, UnaryOperator<Map<String, Object>> spoil,
            String field) {
        String measure = newMeasure();

        assertInvalidField(putDraft(Role.MEMBER, "MA", measure, null, draftBody(spoil.apply(content()))), field);

        assertProblem(as(Role.MEMBER).get(DRAFT, "MA", measure), NOT_FOUND);
    }

    @Test
    void shouldRefuseTheFichesOwnMeasureAsItsAlternative() {
        String measure = newMeasure();
        String other = newMeasure();
        assertInvalidField(putDraft(Role.MEMBER, "MA", measure, null,
                draftBody(with(content(), "alternativeMeasureCodes", List.of(measure)))), "content.alternativeMeasureCodes");
        putDraft(Role.MEMBER, "MA", measure, null, draftBody(with(content(), "alternativeMeasureCodes", List.of(other))))
                .then().statusCode(201).body("content.alternativeMeasureCodes", equalTo(List.of(other)));
        // the measure is now referred to by the draft
        assertProblem(as(Role.EDITOR).delete(MEASURES + "/" + other), CONFLICT).body("detail", containsString("fiche draft"));
    }

    @Test
    void shouldAcceptAFicheWrittenInArabicOnlyAndKeepItsTextExactly() {
        String measure = newMeasure();
        String arabic = "يُرسَل الطلب إلى وزارة العدل، مديرية الشؤون الجزائية والعفو\nمع ترجمة عربية.";
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("possibility", "PARTIAL");
        content.put("possibilityNote", Map.of("ar", arabic));
        content.put("dualCriminality", "DEPENDS");
        content.put("translationStatus", Map.of("ar", "ORIGINAL", "en", "MISSING", "fr", "MISSING"));

        publish("DZ", measure, content, null);

        String read = anonymous().get(FICHE, "DZ", measure).then().statusCode(200).extract().jsonPath().getString("content.possibilityNote.ar");
        assertThat(read).isEqualTo(arabic);
        assertThat(read.getBytes(StandardCharsets.UTF_8)).isEqualTo(arabic.getBytes(StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------- concurrency

    @Test
    void shouldCreateOneDraftWhenManyCreateItAtOnce() throws Exception {
        String measure = newMeasure();

        List<Integer> statuses = Parallel.times(8, () -> putDraft(Role.MEMBER, "JO", measure, null, draftBody(content())).statusCode());

        assertThat(statuses).containsOnlyOnce(201).allMatch(status -> status == 201 || status == 409 || status == 428);
        as(Role.MEMBER).get(DRAFT, "JO", measure).then().statusCode(200).header("ETag", equalTo("\"0\""));
    }

    @Test
    void shouldPublishADraftOnceWhenEditorsPublishItAtOnce() throws Exception {
        String measure = newMeasure();
        publish("EG", measure, content(), "2019-01-01");
        putDraft(Role.MEMBER, "EG", measure, null, draftBody(with(content(), "possibility", "NO"))).then().statusCode(201);
        as(Role.MEMBER).post(DRAFT + "/submit", "EG", measure).then().statusCode(200);

        List<Integer> statuses = Parallel.times(6, () -> as(Role.EDITOR).post(DRAFT + "/publish", "EG", measure).statusCode());

        assertThat(statuses).containsOnlyOnce(200).allMatch(status -> status == 200 || status == 404);
        assertThat(anonymous().get(REVISIONS, "EG", measure).then().extract().jsonPath().getList("items")).hasSize(2);
        anonymous().get(FICHE, "EG", measure).then().body("revision", equalTo(2)).body("content.possibility", equalTo("NO"));
    }

    @Test
    void shouldNeverShowTwoMeasureTitlesUnderOneETagWhenTheMeasureIsRenamedAsItsFichesArePublished() throws Exception {
        List<String> countries = List.of("DZ", "EG", "JO", "LB", "MA", "TN");
        for (int round = 1; round <= 3; round++) {
            String measure = newMeasure();
            for (String country : countries) {
                putDraft(Role.MEMBER, country, measure, null, draftBody(content())).then().statusCode(201);
                as(Role.MEMBER).post(DRAFT + "/submit", country, measure).then().statusCode(200);
            }
            String renamed = "Renamed in round " + round;
            List<Callable<Response>> calls = new ArrayList<>();
            calls.add(() -> as(Role.EDITOR).contentType(MERGE_PATCH_JSON).header("If-Match", "*")
                    .body("{\"title\": {\"en\": \"" + renamed + "\"}}").patch(MEASURES + "/{code}", measure));
            countries.forEach(country -> calls.add(() -> as(Role.EDITOR).post(DRAFT + "/publish", country, measure)));

            List<Response> answers = Parallel.atOnce(calls.toArray(Callable[]::new));

            assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200));
            for (int i = 0; i < countries.size(); i++) {
                Response published = answers.get(i + 1);
                Response now = anonymous().get(FICHE, countries.get(i), measure);
                now.then().statusCode(200).body("measureTitle.en", equalTo(renamed));
                if (now.header("ETag").equals(published.header("ETag"))) {
                    assertThat(published.<String>path("measureTitle.en")).as("fiche %s/%s under ETag %s", countries.get(i), measure,
                            now.header("ETag")).isEqualTo(renamed);
                }
            }
        }
    }

    private static Response publishRequest(String country, String measure, Map<String, Object> content, String validFrom) {
        Response existing = as(Role.EDITOR).get(DRAFT, country, measure);
        putDraft(Role.MEMBER, country, measure, existing.statusCode() == 200 ? existing.header("ETag") : null, draftBody(content))
                .then().statusCode(existing.statusCode() == 200 ? 200 : 201);
        Response draft = as(Role.EDITOR).get(DRAFT, country, measure);
        if (!"IN_REVIEW".equals(draft.path("status"))) {
            as(Role.MEMBER).post(DRAFT + "/submit", country, measure).then().statusCode(200);
        }
        return as(Role.EDITOR).queryParam("validFrom", validFrom).post(DRAFT + "/publish", country, measure);
    }
}
