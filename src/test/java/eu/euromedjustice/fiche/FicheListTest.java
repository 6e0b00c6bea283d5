package eu.euromedjustice.fiche;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import eu.euromedjustice.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

/**
 * GET /api/v1/fiches: every filter with a case that matches and one that does not, only published
 * fiches, and keyset paging. The database is shared by the whole run, so every list is narrowed by
 * this test's own measures or marker words.
 */
@QuarkusTest
class FicheListTest extends Fiches {

    /** Arabic letters that Unicode does not decompose, so that a word of them folds to itself. */
    private static final String ARABIC_LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمنهوي";

    @Test
    void shouldFilterByOneOrSeveralCountries() {
        String measure = newMeasure();
        publish("DZ", measure, content(), null);
        publish("MA", measure, content(), null);
        publish("TN", measure, content(), null);

        Response several = anonymous().queryParam("measure", measure).queryParam("country", "MA").queryParam("country", "TN").get(FICHES);

        several.then().statusCode(200);
        assertThat(keysOf(several)).containsExactly("MA/" + measure, "TN/" + measure);
        assertThat(listed(Map.of("measure", measure, "country", "DZ"))).containsExactly("DZ/" + measure);
        assertThat(listed(Map.of("measure", measure, "country", "EG"))).isEmpty();
    }

    @Test
    void shouldFilterByMeasure() {
        String measure = newMeasure();
        String other = newMeasure();
        String withoutFiches = newMeasure();
        publish("MA", measure, content(), null);
        publish("MA", other, content(), null);

        assertThat(listed(Map.of("measure", measure))).containsExactly("MA/" + measure);
        assertThat(listed(Map.of("measure", withoutFiches))).isEmpty();
    }

    @Test
    void shouldFilterByTheThemeOfTheMeasure() {
        String marker = randomLetters(12);
        String documents = newMeasure("DOCUMENTS");
        String assets = newMeasure("ASSETS");
        publish("MA", documents, withMarker(content(), marker), null);
        publish("MA", assets, withMarker(content(), marker), null);

        assertThat(listed(Map.of("q", marker, "theme", "ASSETS"))).containsExactly("MA/" + assets);
        assertThat(listed(Map.of("q", marker, "theme", "DOCUMENTS"))).containsExactly("MA/" + documents);
        assertThat(listed(Map.of("q", marker, "theme", "INFILTRATION"))).isEmpty();
    }

    @Test
    void shouldFilterByPossibility() {
        String measure = newMeasure();
        publish("DZ", measure, with(content(), "possibility", "YES"), null);
        publish("TN", measure, with(content(), "possibility", "NO"), null);

        assertThat(listed(Map.of("measure", measure, "possibility", "NO"))).containsExactly("TN/" + measure);
        assertThat(listed(Map.of("measure", measure, "possibility", "YES"))).containsExactly("DZ/" + measure);
        assertThat(listed(Map.of("measure", measure, "possibility", "PARTIAL"))).isEmpty();
    }

    @Test
    void shouldFilterByAcceptedLanguageExactlyOrAsAPrefixOfARegionalTag() {
        String measure = newMeasure();
        publish("DZ", measure, with(content(), "acceptedLanguages", List.of("ar")), null);
        publish("EG", measure, with(content(), "acceptedLanguages", List.of("ara")), null);
        publish("MA", measure, with(content(), "acceptedLanguages", List.of("en-GB")), null);
        publish("TN", measure, with(content(), "acceptedLanguages", List.of("fr", "en")), null);

        assertThat(listed(Map.of("measure", measure, "acceptedLanguage", "ar"))).containsExactly("DZ/" + measure);
        assertThat(listed(Map.of("measure", measure, "acceptedLanguage", "en"))).containsExactly("MA/" + measure, "TN/" + measure);
        assertThat(listed(Map.of("measure", measure, "acceptedLanguage", "en-GB"))).containsExactly("MA/" + measure);
        assertThat(listed(Map.of("measure", measure, "acceptedLanguage", "fr"))).containsExactly("TN/" + measure);
        assertThat(listed(Map.of("measure", measure, "acceptedLanguage", "de"))).isEmpty();
        // "e" is no language tag, so it cannot find "en" as a prefix: it is rejected
        anonymous().queryParam("measure", measure).queryParam("acceptedLanguage", "e").get(FICHES)
                .then().statusCode(400).body("errors[0].field", equalTo("acceptedLanguage"));
        anonymous().queryParam("measure", measure).queryParam("acceptedLanguage", "EN").get(FICHES)
                .then().statusCode(400).body("errors[0].field", equalTo("acceptedLanguage"));
    }

    @Test
    void shouldFilterByChannel() {
        String measure = newMeasure();
        publish("DZ", measure, with(content(), "channels", List.of("DIPLOMATIC")), null);
        publish("TN", measure, with(content(), "channels", List.of("CENTRAL_AUTHORITY", "DIRECT")), null);

        assertThat(listed(Map.of("measure", measure, "channel", "DIRECT"))).containsExactly("TN/" + measure);
        assertThat(listed(Map.of("measure", measure, "channel", "DIPLOMATIC"))).containsExactly("DZ/" + measure);
        assertThat(listed(Map.of("measure", measure, "channel", "INTERPOL"))).isEmpty();
    }

    @Test
    void shouldFilterByDualCriminality() {
        String measure = newMeasure();
        publish("DZ", measure, with(content(), "dualCriminality", "REQUIRED"), null);
        publish("TN", measure, with(content(), "dualCriminality", "NOT_REQUIRED"), null);

        assertThat(listed(Map.of("measure", measure, "dualCriminality", "NOT_REQUIRED"))).containsExactly("TN/" + measure);
        assertThat(listed(Map.of("measure", measure, "dualCriminality", "REQUIRED"))).containsExactly("DZ/" + measure);
        assertThat(listed(Map.of("measure", measure, "dualCriminality", "DEPENDS"))).isEmpty();
    }

    @Test
    void shouldFindAWordOfAnArabicText() {
        String marker = randomArabicWord(8);
        String measure = newMeasure();
        Map<String, Object> content = with(content(), "otherInformation",
                Map.of("ar", "يُرْجَى الاتصال بـ " + marker + " قبل إرسال الطلب."));
        publish("MA", measure, content, null);

        assertThat(listed(Map.of("q", marker))).containsExactly("MA/" + measure);
        assertThat(listed(Map.of("q", marker + "ي"))).isEmpty();
    }

    @Test
    void shouldFindAFrenchWordTypedWithoutAccentsAndInUpperCase() {
        String measure = newMeasure();
        Map<String, Object> content = with(content(), "otherInformation", Map.of("fr", "La délégation se réunit à Tétouan."));
        publish("MA", measure, content, null);

        assertThat(listed(Map.of("measure", measure, "q", "DELEGATION"))).containsExactly("MA/" + measure);
        assertThat(listed(Map.of("measure", measure, "q", "Tetouan"))).containsExactly("MA/" + measure);
        assertThat(listed(Map.of("measure", measure, "q", "délégué"))).isEmpty();
    }

    @Test
    void shouldRequireEveryWordOfTheSearch() {
        String first = randomLetters(12);
        String second = randomLetters(12);
        String measure = newMeasure();
        publish("DZ", measure, withMarker(content(), first + " and " + second), null);
        publish("TN", measure, withMarker(content(), first), null);

        assertThat(listed(Map.of("q", first + " " + second))).containsExactly("DZ/" + measure);
        assertThat(listed(Map.of("q", second + " " + first))).containsExactly("DZ/" + measure);
        assertThat(listed(Map.of("q", first))).containsExactly("DZ/" + measure, "TN/" + measure);
        assertThat(listed(Map.of("q", first + " " + randomLetters(12)))).isEmpty();
    }

    @Test
    void shouldListOnlyFichesChangedSinceAnInstantInTheOrderOfChange() throws InterruptedException {
        String measure = newMeasure();
        Instant before = Instant.now();
        Thread.sleep(20);
        publish("TN", measure, content(), null);
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        publish("DZ", measure, content(), null);

        assertThat(listed(Map.of("measure", measure, "updatedSince", before.toString()))).containsExactly("TN/" + measure, "DZ/" + measure);
        assertThat(listed(Map.of("measure", measure, "updatedSince", between.toString()))).containsExactly("DZ/" + measure);
        assertThat(listed(Map.of("measure", measure, "updatedSince", Instant.now().plusSeconds(3600).toString()))).isEmpty();
    }

    @Test
    void shouldListOnlyPublishedFiches() {
        String measure = newMeasure();
        publish("DZ", measure, content(), null);
        publish("TN", measure, content(), null);
        putDraft(Role.MEMBER, "MA", measure, null, draftBody(content())).then().statusCode(201);

        assertThat(listed(Map.of("measure", measure))).containsExactly("DZ/" + measure, "TN/" + measure);

        // a new draft of a published fiche changes nothing the filters see until it is published
        String marker = randomLetters(12);
        Response draft = as(Role.EDITOR).get(DRAFT, "DZ", measure);
        putDraft(Role.MEMBER, "DZ", measure, draft.statusCode() == 200 ? draft.header("ETag") : null,
                draftBody(withMarker(with(content(), "possibility", "NO"), marker))).then().statusCode(anyOf(equalTo(200), equalTo(201)));
        assertThat(listed(Map.of("measure", measure, "possibility", "NO"))).isEmpty();
        assertThat(listed(Map.of("q", marker))).isEmpty();

        as(Role.EDITOR).post(FICHE + "/archive", "TN", measure).then().statusCode(200);

        assertThat(listed(Map.of("measure", measure))).containsExactly("DZ/" + measure);
    }

    @Test
    void shouldShowTheDisclaimerThemeAndTitleOfTheMeasureWithEveryItem() {
        String measure = newMeasure("ASSETS");
        publish("MA", measure, content(), null);

        anonymous().queryParam("measure", measure).get(FICHES).then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].countryCode", equalTo("MA"))
                .body("items[0].theme", equalTo("ASSETS"))
                .body("items[0].measureTitle.en", equalTo("Test measure " + measure))
                .body("items[0].measureTitle.ar", equalTo("تدبير اختباري " + measure))
                .body("items[0].disclaimer.en", equalTo(FicheDisclaimer.TEXT.get("en")))
                .body("items[0].disclaimer.fr", equalTo(FicheDisclaimer.TEXT.get("fr")))
                .body("items[0].disclaimer.ar", equalTo(FicheDisclaimer.TEXT.get("ar")))
                .body("items[0].content.possibility", equalTo("YES"));
    }

    @Test
    void shouldPageByCountryWithACursor() {
        String measure = newMeasure();
        for (String country : List.of("TN", "DZ", "MA", "EG", "JO")) {
            publish(country, measure, content(), null);
        }

        Response first = anonymous().queryParam("measure", measure).queryParam("limit", 2).get(FICHES);
        first.then().statusCode(200);
        assertThat(keysOf(first)).containsExactly("DZ/" + measure, "EG/" + measure);
        String cursor = first.path("next");
        assertThat(cursor).isNotNull();
        assertThat(nextLinkOf(first)).contains("cursor=").contains("limit=2");

        Response second = anonymous().get(nextLinkOf(first));
        second.then().statusCode(200);
        assertThat(keysOf(second)).containsExactly("JO/" + measure, "MA/" + measure);

        String secondCursor = second.path("next");
        Response last = anonymous().queryParam("measure", measure).queryParam("limit", 2).queryParam("cursor", secondCursor).get(FICHES);
        last.then().statusCode(200).body("next", equalTo(null));
        assertThat(keysOf(last)).containsExactly("TN/" + measure);
        assertThat(last.header("Link")).isNull();

        List<String> paged = new ArrayList<>();
        allItems(Fiches::anonymous, FICHES, Map.of("measure", measure), 2)
                .forEach(item -> paged.add(item.get("countryCode") + "/" + item.get("measureCode")));
        assertThat(paged).doesNotHaveDuplicates()
                .containsExactly("DZ/" + measure, "EG/" + measure, "JO/" + measure, "MA/" + measure, "TN/" + measure);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "country, ma",
            "country, MAR",
            "country, M1",
            "measure, a.11",
            "theme, DOCUMENT",
            "possibility, MAYBE",
            "possibility, yes",
            "acceptedLanguage, EN",
            "acceptedLanguage, e",
            "channel, FAX",
            "dualCriminality, REQUIRE",
            "updatedSince, yesterday",
            "limit, 101",
            "limit, 0",
    })
    void shouldRejectAMalformedFilterNamingIt(String parameter, String value) {
        anonymous().queryParam(parameter, value).get(FICHES).then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo(parameter));
    }

    @Test
    void shouldRejectAMalformedCountryAmongSeveral() {
        anonymous().queryParam("country", "MA").queryParam("country", "tn").get(FICHES).then().statusCode(400)
                .body("errors[0].field", equalTo("country"));
    }

    /** The keys (country/measure) of every fiche listed with these filters, following the pages. */
    private static List<String> listed(Map<String, ?> query) {
        return allItems(Fiches::anonymous, FICHES, query, 100).stream()
                .map(item -> item.get("countryCode") + "/" + item.get("measureCode")).toList();
    }

    private static List<String> keysOf(Response page) {
        List<Map<String, Object>> items = page.jsonPath().getList("items");
        return items.stream().map(item -> item.get("countryCode") + "/" + item.get("measureCode")).toList();
    }

    /** The content with the marker text in English, where the sample content has none. */
    private static Map<String, Object> withMarker(Map<String, Object> content, String marker) {
        return with(content, "otherInformation", Map.of("en", "Marker " + marker + "."));
    }

    private static String randomArabicWord(int length) {
        StringBuilder word = new StringBuilder(length);
        randomLetters(length).chars().forEach(letter -> word.append(ARABIC_LETTERS.charAt((letter - 'a') % ARABIC_LETTERS.length())));
        return word.toString();
    }
}
