package eu.euromedjustice.reference;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import eu.euromedjustice.ApiTest;
import eu.euromedjustice.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static eu.euromedjustice.support.ProblemAssertions.Kind.METHOD_NOT_ALLOWED;
import static eu.euromedjustice.support.ProblemAssertions.Kind.NOT_FOUND;
import static eu.euromedjustice.support.ProblemAssertions.assertInvalidField;
import static eu.euromedjustice.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** The read-only country reference list, seeded by migration V2. */
@QuarkusTest
class CountryResourceTest extends ApiTest {

    private static final String COUNTRIES = "/api/v1/countries";
    private static final String COUNTRY = COUNTRIES + "/{code}";

    private static final List<String> SOUTH_PARTNER_COUNTRIES = List.of("DZ", "EG", "IL", "JO", "LB", "LY", "MA", "PS", "TN");
    private static final List<String> EU_MEMBER_STATES = List.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES",
            "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");
    private static final List<String> OTHER_COUNTRIES = List.of("CH", "GB", "NO", "TR", "US");
    /** Every seeded country, in code order. */
    private static final List<String> ALL_COUNTRIES = Stream.of(SOUTH_PARTNER_COUNTRIES, EU_MEMBER_STATES, OTHER_COUNTRIES)
            .flatMap(List::stream).sorted().toList();

    private static final int DEFAULT_LIMIT = 20;

    @Test
    void shouldListTheFirstTwentyCountriesInCodeOrderByDefault() {
        Response response = anonymous().get(COUNTRIES);

        response.then().statusCode(200).contentType(ContentType.JSON)
                .body("items", hasSize(DEFAULT_LIMIT))
                .body("next", notNullValue());
        assertThat(codesOf(response)).containsExactlyElementsOf(ALL_COUNTRIES.subList(0, DEFAULT_LIMIT));
    }

    @Test
    void shouldHonourTheLimit() {
        Response response = anonymous().queryParam("limit", 5).get(COUNTRIES);

        response.then().statusCode(200).body("items", hasSize(5)).body("next", notNullValue());
        assertThat(codesOf(response)).containsExactlyElementsOf(ALL_COUNTRIES.subList(0, 5));
    }

    @Test
    void shouldReturnEveryCountryOnOnePageWhenTheLimitCoversThem() {
        Response response = anonymous().queryParam("limit", 100).get(COUNTRIES);

        response.then().statusCode(200)
                .body("next", nullValue())
                .header("Link", nullValue());
        assertThat(codesOf(response)).containsExactlyElementsOf(ALL_COUNTRIES);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 20, 40, 41})
    void shouldWalkEveryCountryExactlyOnceInCodeOrder(int limit) {
        List<String> walked = walk(Map.of("limit", limit));

        assertThat(walked).doesNotHaveDuplicates()
                .containsExactlyElementsOf(ALL_COUNTRIES)
                .containsAll(SOUTH_PARTNER_COUNTRIES)
                .containsAll(EU_MEMBER_STATES);
        assertThat(EU_MEMBER_STATES).hasSize(27);
    }

    @Test
    void shouldWalkEveryCountryWithTheDefaultLimit() {
        assertThat(walk(Map.of())).containsExactlyElementsOf(ALL_COUNTRIES);
    }

    @Test
    void shouldLinkTheNextPageWithTheSameLimitAndTheCursor() {
        Response first = anonymous().queryParam("limit", 15).get(COUNTRIES);
        String next = first.path("next");
        String link = nextLinkOf(first);

        assertThat(link).contains("limit=15").contains("cursor=" + next);
        Response second = anonymous().urlEncodingEnabled(false).get(link);
        second.then().statusCode(200).body("items", hasSize(15));
        assertThat(codesOf(second)).containsExactlyElementsOf(ALL_COUNTRIES.subList(15, 30));

        Response third = anonymous().urlEncodingEnabled(false).get(nextLinkOf(second));
        third.then().statusCode(200)
                .body("next", nullValue())
                .header("Link", nullValue());
        assertThat(codesOf(third)).containsExactlyElementsOf(ALL_COUNTRIES.subList(30, ALL_COUNTRIES.size()));
    }

    @Test
    void shouldListExactlyTheNineSouthPartnerCountries() {
        Response response = anonymous().queryParam("region", "SPC").get(COUNTRIES);

        response.then().statusCode(200)
                .body("items", hasSize(9))
                .body("items.region", everyItem(equalTo("SPC")))
                .body("next", nullValue())
                .header("Link", nullValue());
        assertThat(codesOf(response)).containsExactlyElementsOf(SOUTH_PARTNER_COUNTRIES);
    }

    @Test
    void shouldListTheEuMemberStatesAcrossPagesKeepingTheRegion() {
        List<String> walked = walk(Map.of("region", "EU", "limit", 10));

        assertThat(walked).containsExactlyElementsOf(EU_MEMBER_STATES);
        String link = nextLinkOf(anonymous().queryParam("region", "EU").queryParam("limit", 10).get(COUNTRIES));
        assertThat(link).contains("region=EU");
    }

    @Test
    void shouldListTheOtherCountries() {
        assertThat(codesOf(anonymous().queryParam("region", "OTHER").get(COUNTRIES)))
                .containsExactlyElementsOf(OTHER_COUNTRIES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "spc", "Europe", "SPC,EU"})
    void shouldRejectAnUnknownRegion(String region) {
        assertInvalidField(anonymous().queryParam("region", region).get(COUNTRIES), "region")
                .body("errors[0].field", equalTo("region"))
                .body("errors[0].message", startsWith("must be one of"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "abc", "-1", "1.5", "1000000000000"})
    void shouldRejectALimitOutsideOneToOneHundred(String limit) {
        assertInvalidField(anonymous().queryParam("limit", limit).get(COUNTRIES), "limit")
                .body("errors[0].field", equalTo("limit"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "bm90IGEgY3Vyc29y", // base64url of "not a cursor"
            "Y291bnRyaWVzCg", // "countries\n": this list, but no key
            "Y291bnRyaWVz", // "countries": no separator
            "!!!", // not base64 at all
            "a+b/c="}) // standard, not URL-safe, base64
    void shouldRejectATamperedCursor(String cursor) {
        assertInvalidField(anonymous().queryParam("cursor", cursor).get(COUNTRIES), "cursor")
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void shouldRejectACursorOfTheOrganisationList() {
        for (int i = 0; i < 2; i++) {
            as(Role.EDITOR).contentType(ContentType.JSON)
                    .body(Map.of("name", Map.of("en", "Cursor donor " + uniqueName("country")), "type", "OTHER"))
                    .post("/api/v1/organisations")
                    .then().statusCode(201);
        }
        String organisationCursor = anonymous().queryParam("limit", 1).get("/api/v1/organisations")
                .then().statusCode(200).extract().path("next");
        assertThat(organisationCursor).isNotNull();

        assertInvalidField(anonymous().queryParam("cursor", organisationCursor).get(COUNTRIES), "cursor")
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void shouldRejectACursorForgedForAnotherList() {
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("expert-groups\nAT".getBytes(StandardCharsets.UTF_8));

        assertInvalidField(anonymous().queryParam("cursor", forged).get(COUNTRIES), "cursor");
    }

    @Test
    void shouldGetACountryWithItsNamesInEveryLanguageAndItsRegion() {
        anonymous().get(COUNTRY, "MA")
                .then().statusCode(200).contentType(ContentType.JSON)
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo("MA"))
                .body("name.en", equalTo("Morocco"))
                .body("name.fr", equalTo("Maroc"))
                .body("name.ar", equalTo("المغرب"))
                .body("region", equalTo("SPC"))
                .body("version", equalTo(0))
                .body("updatedAt", notNullValue());
    }

    @Test
    void shouldGetAnEuMemberStateAndAnotherCountry() {
        anonymous().get(COUNTRY, "FR").then().statusCode(200)
                .body("name.en", equalTo("France")).body("region", equalTo("EU"));
        anonymous().get(COUNTRY, "TR").then().statusCode(200)
                .body("name.fr", equalTo("Turquie")).body("region", equalTo("OTHER"));
    }

    @Test
    void shouldAnswerNotModifiedWhenIfNoneMatchNamesTheCurrentETag() {
        String etag = anonymous().get(COUNTRY, "TN").then().statusCode(200).extract().header("ETag");
        assertThat(etag).isEqualTo("\"0\"");

        anonymous().header("If-None-Match", etag).get(COUNTRY, "TN")
                .then().statusCode(304)
                .header("ETag", equalTo(etag))
                .body(emptyOrNullString());
    }

    @Test
    void shouldAnswerNotModifiedWhenIfNoneMatchIsAStar() {
        anonymous().header("If-None-Match", "*").get(COUNTRY, "TN").then().statusCode(304);
    }

    @Test
    void shouldAnswerInFullWhenIfNoneMatchNamesAnotherETag() {
        anonymous().header("If-None-Match", "\"42\"").get(COUNTRY, "TN")
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo("TN"));
    }

    @Test
    void shouldAnswerNotModifiedWhenIfNoneMatchNamesTheCurrentETagWeakly() {
        anonymous().header("If-None-Match", "W/\"0\"").get(COUNTRY, "TN").then().statusCode(304);
    }

    @Test
    void shouldAnswerNotModifiedWhenIfNoneMatchListsTheCurrentETagAmongOthers() {
        anonymous().header("If-None-Match", "\"7\", \"0\"").get(COUNTRY, "TN").then().statusCode(304);
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownCode() {
        assertProblem(anonymous().get(COUNTRY, "ZZ"), NOT_FOUND)
                .body("instance", equalTo("/api/v1/countries/ZZ"))
                .body("detail", notNullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ma", "MAR", "1A", "M", "Ma", "M1"})
    void shouldRejectAMalformedCode(String code) {
        assertInvalidField(anonymous().get(COUNTRY, code), "code")
                .body("errors[0].field", equalTo("code"));
    }

    @Test
    void shouldNotAllowWritesToACountry() {
        assertProblem(as(Role.ADMIN).contentType(ContentType.JSON).body(Map.of("region", "EU")).post(COUNTRY, "MA"),
                METHOD_NOT_ALLOWED);
        assertProblem(as(Role.ADMIN).contentType(ContentType.JSON).body(Map.of("region", "EU")).put(COUNTRY, "MA"),
                METHOD_NOT_ALLOWED);
        assertProblem(as(Role.ADMIN).delete(COUNTRY, "MA"), METHOD_NOT_ALLOWED);
        assertProblem(anonymous().delete(COUNTRY, "MA"), METHOD_NOT_ALLOWED);

        anonymous().get(COUNTRY, "MA").then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("region", equalTo("SPC"));
    }

    @Test
    void shouldNameTheAllowedMethodsWhenRefusingAWrite() {
        assertProblem(as(Role.ADMIN).delete(COUNTRY, "MA"), METHOD_NOT_ALLOWED)
                .header("Allow", containsString("GET"));
        assertProblem(anonymous().contentType(ContentType.JSON).body(Map.of()).post(COUNTRIES), METHOD_NOT_ALLOWED)
                .header("Allow", containsString("GET"));
    }

    @Test
    void shouldNotAllowCreatingACountry() {
        assertProblem(as(Role.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("code", "QQ", "name", Map.of("en", "Qq"), "region", "OTHER"))
                .post(COUNTRIES), METHOD_NOT_ALLOWED);

        assertProblem(anonymous().get(COUNTRY, "QQ"), NOT_FOUND);
    }

    /** Follows next from the first page to the last, checking the Link header on every page. */
    private static List<String> walk(Map<String, ?> query) {
        List<String> codes = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = anonymous().queryParams(query);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get(COUNTRIES);
            page.then().statusCode(200);
            codes.addAll(codesOf(page));
            cursor = page.path("next");
            if (cursor == null) {
                page.then().header("Link", nullValue());
            } else {
                assertThat(nextLinkOf(page)).contains("cursor=" + cursor);
            }
            assertThat(++pages).as("pages").isLessThanOrEqualTo(ALL_COUNTRIES.size() + 1);
        } while (cursor != null);
        return codes;
    }

    private static List<String> codesOf(Response page) {
        JsonPath body = page.jsonPath();
        return body.getList("items.code", String.class);
    }
}
