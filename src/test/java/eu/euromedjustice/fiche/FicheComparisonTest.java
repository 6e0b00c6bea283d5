package eu.euromedjustice.fiche;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import eu.euromedjustice.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** GET /api/v1/fiches/compare: one measure across countries, one country across measures, as JSON and as CSV. */
@QuarkusTest
class FicheComparisonTest extends Fiches {

    private static final String COMPARE = FICHES + "/compare";
    /** A measure of the seeded catalogue. */
    private static final String SEEDED_MEASURE = "A.11";
    /** With diacritics (shadda, sukun, fatha): they must come back as they were, not normalised or dropped. */
    private static final String ARABIC = "الدَّوْلَة المطلوب منها، خلال ٣٠ يوماً";
    /** A comma and double quotes, which a CSV cell must quote. */
    private static final String FRENCH = "Sous réserve, selon l'article 12, de la \"double incrimination\".";
    /** What a spreadsheet would run as a formula. */
    private static final String FORMULA = "=HYPERLINK(\"https://evil.example\",\"click\")";
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    @SuppressWarnings("unchecked")
    void shouldCompareAMeasureAcrossTheGivenCountriesInTheirOrder() {
        String measure = newMeasure();
        publish("DZ", measure, with(content(), "possibility", "YES"), null);
        publish("TN", measure, with(content(), "possibility", "NO"), null);

        Response comparison = anonymous().queryParam("measure", measure).queryParam("countries", "DZ,MA,TN").get(COMPARE);

        comparison.then().statusCode(200)
                .body("measureCode", equalTo(measure))
                .body("$", not(hasKey("countryCode")))
                .body("columns.key", equalTo(List.of("DZ", "MA", "TN")))
                .body("columns.countryCode", equalTo(List.of("DZ", "MA", "TN")))
                .body("columns.measureCode", equalTo(List.of(measure, measure, measure)))
                .body("columns.status", equalTo(List.of("PUBLISHED", "NO_PUBLISHED_FICHE", "PUBLISHED")))
                .body("columns[0].revision", equalTo(1))
                .body("columns[1]", not(hasKey("revision")))
                .body("columns[1]", not(hasKey("validFrom")))
                .body("columns[2].revision", equalTo(1))
                .body("disclaimer.en", equalTo(FicheDisclaimer.TEXT.get("en")))
                .body("disclaimer.ar", equalTo(FicheDisclaimer.TEXT.get("ar")));
        List<Map<String, Object>> rows = comparison.jsonPath().getList("rows");
        assertThat(rows).isNotEmpty()
                .allSatisfy(row -> assertThat((Map<String, Object>) row.get("values")).as(row.toString()).doesNotContainKey("MA"));
        assertThat(row(rows, "possibility")).containsEntry("differs", true).containsEntry("values", Map.of("DZ", "YES", "TN", "NO"));
        assertThat(row(rows, "dualCriminality")).containsEntry("differs", false)
                .containsEntry("values", Map.of("DZ", "REQUIRED", "TN", "REQUIRED"));
        assertThat(row(rows, "possibilityNote")).containsEntry("differs", false);
    }

    @Test
    void shouldCompareEveryCountryWithAPublishedFicheInCountryOrderWhenNoneAreGiven() {
        String measure = newMeasure();
        publish("TN", measure, content(), null);
        publish("DZ", measure, content(), null);
        publish("MA", measure, content(), null);
        putDraft(Role.MEMBER, "EG", measure, null, draftBody(content())).then().statusCode(201);

        anonymous().queryParam("measure", measure).get(COMPARE).then().statusCode(200)
                .body("columns.key", equalTo(List.of("DZ", "MA", "TN")))
                .body("columns.status", equalTo(List.of("PUBLISHED", "PUBLISHED", "PUBLISHED")));
    }

    @Test
    void shouldCompareACountryAcrossTheGivenMeasuresInTheirOrder() {
        String first = newMeasure();
        String second = newMeasure("ASSETS");
        String unpublished = newMeasure();
        publish("MA", first, with(content(), "possibility", "PARTIAL"), null);
        publish("MA", second, content(), null);

        Response comparison = anonymous().queryParam("country", "MA").queryParam("measures", String.join(",", second, unpublished, first))
                .get(COMPARE);

        comparison.then().statusCode(200)
                .body("countryCode", equalTo("MA"))
                .body("$", not(hasKey("measureCode")))
                .body("columns.key", equalTo(List.of(second, unpublished, first)))
                .body("columns.measureCode", equalTo(List.of(second, unpublished, first)))
                .body("columns.countryCode", equalTo(List.of("MA", "MA", "MA")))
                .body("columns.status", equalTo(List.of("PUBLISHED", "NO_PUBLISHED_FICHE", "PUBLISHED")))
                .body("disclaimer.fr", equalTo(FicheDisclaimer.TEXT.get("fr")));
        assertThat(row(comparison.jsonPath().getList("rows"), "possibility")).containsEntry("differs", true)
                .containsEntry("values", Map.of(second, "YES", first, "PARTIAL"));
    }

    @Test
    void shouldCompareEveryMeasureWithAPublishedFicheOfTheCountryWhenNoneAreGiven() {
        String first = newMeasure();
        String second = newMeasure();
        String draftOnly = newMeasure();
        publish("MA", second, content(), null);
        publish("MA", first, content(), null);
        putDraft(Role.MEMBER, "MA", draftOnly, null, draftBody(content())).then().statusCode(201);

        Response comparison = anonymous().queryParam("country", "MA").get(COMPARE);

        comparison.then().statusCode(200).body("countryCode", equalTo("MA"));
        List<String> keys = comparison.jsonPath().getList("columns.key", String.class);
        // other tests publish fiches of MA too: only this test's measures are asserted
        assertThat(keys).contains(first, second).doesNotContain(draftOnly).doesNotHaveDuplicates()
                .containsSubsequence(Stream.of(first, second).sorted().toList());
        assertThat(comparison.jsonPath().getList("columns.status", String.class)).containsOnly("PUBLISHED");
    }

    static Stream<Arguments> invalidComparisons() {
        String tooManyCountries = IntStream.range(0, FicheService.MAX_COLUMNS + 1)
                .mapToObj(i -> "" + (char) ('A' + i / 26) + (char) ('A' + i % 26)).collect(Collectors.joining(","));
        String tooManyMeasures = IntStream.range(0, FicheService.MAX_COLUMNS + 1).mapToObj(i -> "A." + (i + 1))
                .collect(Collectors.joining(","));
        return Stream.of(
                rejected("neither measure nor country", Map.of(), "measure"),
                rejected("both measure and country", Map.of("measure", SEEDED_MEASURE, "country", "MA"), "measure"),
                rejected("measures with measure", Map.of("measure", SEEDED_MEASURE, "measures", "A.10"), "measures"),
                rejected("countries with country", Map.of("country", "MA", "countries", "DZ"), "countries"),
                rejected("unknown measure", Map.of("measure", "ZY.999"), "measure"),
                rejected("malformed measure", Map.of("measure", "a.11"), "measure"),
                rejected("unknown measure among measures", Map.of("country", "MA", "measures", "A.11,ZY.999"), "measures"),
                rejected("unknown country", Map.of("country", "XX"), "country"),
                rejected("unknown country among countries", Map.of("measure", SEEDED_MEASURE, "countries", "DZ,XX"), "countries"),
                rejected("malformed country", Map.of("country", "ma"), "country"),
                rejected("malformed country among countries", Map.of("measure", SEEDED_MEASURE, "countries", "DZ,ma"), "countries"),
                rejected("empty country among countries", Map.of("measure", SEEDED_MEASURE, "countries", "DZ,,TN"), "countries"),
                rejected("a country twice", Map.of("measure", SEEDED_MEASURE, "countries", "DZ,DZ"), "countries"),
                rejected("a measure twice", Map.of("country", "MA", "measures", "A.11,A.11"), "measures"),
                rejected("more than 100 countries", Map.of("measure", SEEDED_MEASURE, "countries", tooManyCountries), "countries"),
                rejected("more than 100 measures", Map.of("country", "MA", "measures", tooManyMeasures), "measures"));
    }

    private static Arguments rejected(String description, Map<String, String> query, String field) {
        return Arguments.arguments(description, query, field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidComparisons")
    void shouldRejectAnInvalidComparisonNamingTheField(String description, Map<String, String> query, String field) {
        anonymous().queryParams(query).get(COMPARE).then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo(field));
    }

    @Test
    void shouldGiveTheComparisonAsCsvInUtf8WithAByteOrderMark() {
        String measure = newMeasure();
        Map<String, Object> content = with(content(), "possibilityNote",
                Map.of("en", "Subject to dual criminality.", "fr", FRENCH, "ar", ARABIC));
        content.put("specialRequirements", Map.of("en", FORMULA));
        publish("DZ", measure, content, null);
        publish("TN", measure, with(content(), "possibility", "NO"), null);

        Response response = anonymous().accept("text/csv").queryParam("measure", measure).queryParam("countries", "DZ,MA,TN").get(COMPARE);

        response.then().statusCode(200);
        assertThat(response.contentType()).startsWith("text/csv");
        assertThat(response.contentType().toLowerCase().replace(" ", "")).contains(";charset=utf-8");
        assertThat(response.header("Content-Disposition")).matches("attachment; filename=\"[^\"/\\\\]+\\.csv\"");
        byte[] body = response.asByteArray();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(BYTE_ORDER_MARK);
        List<List<String>> records = parseCsv(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));

        assertThat(records).allSatisfy(record -> assertThat(record).as(record.toString()).hasSize(4));
        assertThat(records.get(0)).containsExactly("field", "DZ", "MA", "TN");
        assertThat(record(records, "status")).containsExactly("status", "PUBLISHED", "NO_PUBLISHED_FICHE", "PUBLISHED");
        assertThat(record(records, "possibility")).containsExactly("possibility", "YES", "", "NO");
        assertThat(record(records, "possibilityNote [en]")).containsExactly("possibilityNote [en]", "Subject to dual criminality.", "",
                "For offences punishable by two years or more.");
        assertThat(record(records, "possibilityNote [fr]").get(1)).isEqualTo(FRENCH);
        String arabicCell = record(records, "possibilityNote [ar]").get(1);
        assertThat(arabicCell).isEqualTo(ARABIC);
        assertThat(arabicCell.getBytes(StandardCharsets.UTF_8)).containsExactly(ARABIC.getBytes(StandardCharsets.UTF_8));
        assertThat(record(records, "specialRequirements [en]").get(1)).isEqualTo("'" + FORMULA);
        assertThat(record(records, "disclaimer [en]").get(1)).isEqualTo(FicheDisclaimer.TEXT.get("en"));
        assertThat(record(records, "disclaimer [fr]").get(1)).isEqualTo(FicheDisclaimer.TEXT.get("fr"));
        assertThat(record(records, "disclaimer [ar]").get(1)).isEqualTo(FicheDisclaimer.TEXT.get("ar"));
    }

    @Test
    void shouldNameTheAuthoritiesOrganisationsInJsonAndInTheSpreadsheet() {
        String measure = newMeasure();
        String ministry = as(Role.EDITOR).contentType(ContentType.JSON).body(Map.of("name", Map.of("en", "Ministry of Justice of Jordan",
                "ar", "وزارة العدل الأردنية"), "type", "NATIONAL_AUTHORITY", "countryCode", "JO")).post("/api/v1/organisations")
                .then().statusCode(201).extract().path("id");
        publish("JO", measure, with(content(), "receivingAuthority", Map.of("organisationId", ministry,
                "text", Map.of("en", "International cooperation department"))), null);

        anonymous().queryParam("measure", measure).get(COMPARE).then().statusCode(200)
                .body("organisations." + ministry + ".en", equalTo("Ministry of Justice of Jordan"));
        byte[] body = anonymous().accept("text/csv").queryParam("measure", measure).get(COMPARE).then().statusCode(200)
                .extract().asByteArray();
        List<List<String>> records = parseCsv(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));

        assertThat(record(records, "receivingAuthority [en]").get(1))
                .isEqualTo("Ministry of Justice of Jordan - International cooperation department");
        assertThat(record(records, "receivingAuthority [ar]").get(1)).isEqualTo("وزارة العدل الأردنية");
    }

    @Test
    void shouldRefuseAMediaTypeItCannotGive() {
        String measure = newMeasure();
        publish("MA", measure, content(), null);

        anonymous().accept("application/xml").queryParam("measure", measure).get(COMPARE).then().statusCode(406)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(406));
    }

    @Test
    void shouldGiveBackArabicTextExactlyAsItWasWritten() {
        String measure = newMeasure();
        publish("MA", measure, with(content(), "possibilityNote", Map.of("en", "Subject to dual criminality.", "ar", ARABIC)), null);

        Response fiche = anonymous().get(FICHE, "MA", measure);

        fiche.then().statusCode(200);
        String arabic = fiche.jsonPath().getString("content.possibilityNote.ar");
        assertThat(arabic).isEqualTo(ARABIC);
        assertThat(arabic.getBytes(StandardCharsets.UTF_8)).containsExactly(ARABIC.getBytes(StandardCharsets.UTF_8));
        anonymous().queryParam("measure", measure).queryParam("countries", "MA").get(COMPARE).then().statusCode(200)
                .body("rows.find { it.field == 'possibilityNote' }.values.MA.ar", equalTo(ARABIC))
                .body("columns[0].revision", equalTo(1))
                .body("columns[0].validFrom", not(nullValue()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> row(List<?> rows, String field) {
        return rows.stream().map(row -> (Map<String, Object>) row).filter(row -> field.equals(row.get("field"))).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + field + " in " + rows));
    }

    private static List<String> record(List<List<String>> records, String field) {
        List<List<String>> found = records.stream().filter(record -> record.get(0).equals(field)).toList();
        assertThat(found).as("records named " + field).hasSize(1);
        return found.get(0);
    }

    /** RFC 4180, strictly: CRLF line ends, quotes only around a whole cell, a quote doubled inside one. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '"') {
                i++;
                while (true) {
                    assertThat(i).as("a quoted cell is closed").isLessThan(text.length());
                    char c = text.charAt(i++);
                    if (c != '"') {
                        cell.append(c);
                    } else if (i < text.length() && text.charAt(i) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
            } else {
                while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                    assertThat(text.charAt(i)).as("a quote in an unquoted cell at " + i).isNotEqualTo('"');
                    cell.append(text.charAt(i++));
                }
            }
            assertThat(i).as("a record ends with CRLF").isLessThan(text.length());
            char separator = text.charAt(i);
            record.add(cell.toString());
            cell.setLength(0);
            if (separator == ',') {
                i++;
            } else {
                assertThat(text.startsWith("\r\n", i)).as("a record ends with CRLF at " + i).isTrue();
                i += 2;
                records.add(record);
                record = new ArrayList<>();
            }
        }
        return records;
    }
}
