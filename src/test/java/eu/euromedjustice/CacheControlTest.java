package eu.euromedjustice;

import java.io.File;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import eu.euromedjustice.common.http.HttpFilters;
import eu.euromedjustice.common.http.PublicCache;
import eu.euromedjustice.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Who may keep an answer (issue 11): a read that is the same for every caller says
 * {@link PublicCache#CACHE_CONTROL}, on its 304 too, and is the same bytes whoever asks; a read
 * that depends on the caller stays private (or no-store); no error is ever public.
 */
@QuarkusTest
class CacheControlTest extends ApiTest {

    private static final String CALENDAR = "text/calendar";
    private static final String CSV = "text/csv";
    private static final String DEFAULT = "no-cache";
    private static final Matcher<String> NOT_SHARED = allOf(not(containsString("public")),
            anyOf(containsString("no-cache"), containsString("no-store")));

    /** The records the paths name, created once: {organisation}, {group}, {measure}, {meeting}, {item}, {member}, {roadmap}. */
    private static Map<String, String> records;

    @BeforeAll
    static void forgetRecordsOfAnEarlierApplication() {
        records = null;
    }

    /**
     * Every read whose answer is the same for every caller: its operation, its path (naming the
     * records) and the type asked for.
     */
    static Stream<Arguments> publicReads() {
        return Stream.of(
                read("listCountries", "/api/v1/countries"),
                read("getCountry", "/api/v1/countries/MA"),
                read("listOrganisations", "/api/v1/organisations"),
                read("getOrganisation", "/api/v1/organisations/{organisation}"),
                read("listExpertGroups", "/api/v1/expert-groups"),
                read("getExpertGroup", "/api/v1/expert-groups/{group}"),
                read("listMeasures", "/api/v1/measures"),
                read("getMeasure", "/api/v1/measures/{measure}"),
                read("listFiches", "/api/v1/fiches"),
                read("compareFiches", "/api/v1/fiches/compare?measure={measure}"),
                read("compareFiches", "/api/v1/fiches/compare?measure={measure}", CSV),
                read("getFiche", "/api/v1/fiches/MA/{measure}"),
                read("getFiche", "/api/v1/fiches/MA/{measure}?asOf=2019-06-01"),
                read("listFicheRevisions", "/api/v1/fiches/MA/{measure}/revisions"),
                read("getFicheRevision", "/api/v1/fiches/MA/{measure}/revisions/1"),
                read("diffFicheRevisions", "/api/v1/fiches/MA/{measure}/revisions/2/diff"),
                read("listMeetings", "/api/v1/meetings"),
                read("getMeetingCalendar", "/api/v1/meetings/{meeting}/calendar.ics", CALENDAR),
                read("listAgendaItems", "/api/v1/meetings/{meeting}/agenda-items"),
                read("getAgendaItem", "/api/v1/meetings/{meeting}/agenda-items/{item}"),
                read("getMeetingsCalendar", "/api/v1/calendar/meetings.ics", CALENDAR),
                read("getRoadmapOverview", "/api/v1/roadmaps/overview"));
    }

    @Test
    void shouldCheckEveryReadDeclaredPublicHere() throws Exception {
        Set<String> tested = publicReads().map(read -> (String) read.get()[0]).collect(Collectors.toSet());

        assertThat(operationsDeclaredPublic()).as("the operations with @PublicCache").isEqualTo(tested);
    }

    @ParameterizedTest(name = "{0}: {1} ({2})")
    @MethodSource("publicReads")
    void shouldLetSharedCachesKeepAPublicReadForAMinute(String operationId, String template, String type) {
        String path = resolve(template);

        Response answer = caller(null, type).get(path);

        answer.then().statusCode(200).header("Cache-Control", equalTo(PublicCache.CACHE_CONTROL));
        assertThat(varyOf(answer)).doesNotContain("Authorization", HttpFilters.API_KEY_HEADER);
        if (template.contains("/compare")) {
            assertThat(varyOf(answer)).as("JSON or CSV, as Accept asks").contains("Accept");
        } else {
            assertThat(varyOf(answer)).doesNotContain("Accept");
        }
    }

    @ParameterizedTest(name = "{0}: {1} ({2})")
    @MethodSource("publicReads")
    void shouldGiveEveryCallerOfAPublicReadTheSameBytes(String operationId, String template, String type) {
        String path = resolve(template);
        for (Role role : Role.values()) {
            token(role); // accounts made before the first answer, not between two
        }
        Response anonymous = caller(null, type).get(path);
        anonymous.then().statusCode(200);

        for (Role role : Role.values()) {
            Response signedIn = caller(role, type).get(path);

            signedIn.then().statusCode(200).header("Cache-Control", equalTo(PublicCache.CACHE_CONTROL));
            assertThat(signedIn.asByteArray()).as(role + " " + path).isEqualTo(anonymous.asByteArray());
            assertThat(signedIn.header("ETag")).as(role + " " + path).isEqualTo(anonymous.header("ETag"));
        }
    }

    @ParameterizedTest(name = "{0}: {1} ({2})")
    @MethodSource("publicReads")
    void shouldSayTheSameOnTheNotModifiedOfAPublicRead(String operationId, String template, String type) {
        String path = resolve(template);
        String tag = caller(null, type).get(path).then().statusCode(200).extract().header("ETag");
        if (tag == null) {
            return; // an answer made afresh each time (a comparison, a diff, the overview) has no validator
        }

        for (Role role : new Role[] {null, Role.ADMIN}) {
            caller(role, type).header("If-None-Match", tag).get(path)
                    .then().statusCode(304)
                    .header("ETag", equalTo(tag))
                    .header("Cache-Control", equalTo(PublicCache.CACHE_CONTROL))
                    .body(emptyOrNullString());
        }
    }

    @Test
    void shouldKeepWhatDependsOnTheCallerPrivate() {
        String meeting = "/api/v1/meetings/" + records().get("meeting");

        assertPrivate(as(Role.ADMIN).get("/api/v1/members/" + records().get("member")));
        Response publicFacts = anonymous().get(meeting);
        assertPrivate(publicFacts);
        Response full = as(Role.ADMIN).get(meeting);
        assertPrivate(full);
        assertThat(full.asString()).as("what a shared cache would give the next caller").isNotEqualTo(publicFacts.asString());
        assertPrivate(as(Role.ADMIN).header("If-None-Match", full.header("ETag")).get(meeting)).statusCode(304);
        assertPrivate(anonymous().get(meeting + "/participants"));
        assertPrivate(anonymous().get(meeting + "/documents"));
        assertPrivate(as(Role.PARTNER).get("/api/v1/roadmaps/" + records().get("roadmap")));
        assertPrivate(as(Role.PARTNER).get("/api/v1/roadmaps"));
        assertPrivate(as(Role.PARTNER).get("/api/v1/changes"));
        as(Role.ADMIN).get("/api/v1/me").then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        as(Role.ADMIN).get("/api/v1/members/" + records().get("member") + "/personal-data")
                .then().statusCode(200).header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void shouldNeverLetASharedCacheKeepAnErrorOfAPublicRead() {
        String unknownId = UUID.randomUUID().toString();

        // a 404 kept for a minute would hide a record created meanwhile
        assertNotShared(anonymous().get("/api/v1/countries/QZ"), 404);
        assertNotShared(anonymous().get("/api/v1/organisations/" + unknownId), 404);
        assertNotShared(anonymous().get("/api/v1/fiches/MA/ZZ.999.999"), 404);
        assertNotShared(anonymous().get("/api/v1/fiches/MA/" + records().get("measure") + "/revisions/9"), 404);
        assertNotShared(caller(null, CALENDAR).get("/api/v1/meetings/" + unknownId + "/calendar.ics"), 404);
        assertNotShared(anonymous().get("/api/v1/meetings/" + records().get("meeting") + "/agenda-items/" + unknownId), 404);
        assertNotShared(anonymous().queryParam("topic", "NO_SUCH_TOPIC").get("/api/v1/roadmaps/overview"), 400);
        assertNotShared(caller(null, CSV).get("/api/v1/countries"), 406);
    }

    @Test
    void shouldLeaveTheWritesOfPublicResourcesAsTheyWere() {
        as(Role.EDITOR).contentType(ContentType.JSON).body(organisation()).post("/api/v1/organisations")
                .then().statusCode(201).header("Cache-Control", equalTo(DEFAULT));
    }

    private static Arguments read(String operationId, String template) {
        return read(operationId, template, ContentType.JSON.toString());
    }

    private static Arguments read(String operationId, String template, String type) {
        return Arguments.of(operationId, template, type);
    }

    /** A request as an anonymous caller (role null) or a holder of the role, accepting the type. */
    private static RequestSpecification caller(Role role, String type) {
        return (role == null ? anonymous() : as(role)).accept(type);
    }

    /** Private and revalidated, and varying by who asks: a browser must not reuse one caller's copy for another. */
    private static ValidatableResponse assertPrivate(Response answer) {
        assertThat(varyOf(answer)).contains("Authorization", HttpFilters.API_KEY_HEADER);
        return answer.then().statusCode(anyOf(equalTo(200), equalTo(304)))
                .header("Cache-Control", allOf(containsString("private"), containsString("no-cache")));
    }

    /** The operation ids of the resource methods marked @PublicCache, from the compiled classes. */
    private static Set<String> operationsDeclaredPublic() throws Exception {
        Path classes = Path.of(PublicCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> declared = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(path -> path.toString().endsWith("Resource.class")).toList()) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '.').replace(".class", "");
                for (Method method : Class.forName(name).getDeclaredMethods()) {
                    if (method.isAnnotationPresent(PublicCache.class)) {
                        declared.add(method.getAnnotation(Operation.class).operationId());
                    }
                }
            }
        }
        return declared;
    }

    /** Every Vary field line of the answer, as one list. */
    private static String varyOf(Response answer) {
        return String.join(", ", answer.headers().getValues("Vary"));
    }

    private static void assertNotShared(Response answer, int status) {
        answer.then().statusCode(status).contentType(PROBLEM_JSON).header("Cache-Control", NOT_SHARED);
    }

    private static String resolve(String template) {
        String path = template;
        for (Map.Entry<String, String> record : records().entrySet()) {
            path = path.replace("{" + record.getKey() + "}", record.getValue());
        }
        assertThat(path).as("every record named").doesNotContain("{");
        return path;
    }

    private static synchronized Map<String, String> records() {
        if (records != null) {
            return records;
        }
        Map<String, String> created = new HashMap<>();
        created.put("organisation", as(Role.EDITOR).contentType(ContentType.JSON).body(organisation()).post("/api/v1/organisations")
                .then().statusCode(201).extract().path("id"));
        String group = "C" + randomLetters(10).toUpperCase();
        as(Role.EDITOR).contentType(ContentType.JSON).body(Map.of("code", group, "name", Map.of("en", "Expert group " + group)))
                .post("/api/v1/expert-groups").then().statusCode(201);
        created.put("group", group);
        String measure = uniqueMeasureCode();
        as(Role.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("code", measure, "theme", "DOCUMENTS", "title", Map.of("en", "Production of bank records")))
                .post("/api/v1/measures").then().statusCode(201);
        created.put("measure", measure);
        publishFiche("MA", measure, "YES");
        publishFiche("MA", measure, "NO"); // a second revision, for the diff
        String meeting = as(Role.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("expertGroup", group, "title", Map.of("en", "CrimEx meeting"), "startDate", "2017-05-08",
                        "endDate", "2017-05-11", "timeZone", "Europe/Amsterdam", "format", "IN_PERSON"))
                .post("/api/v1/meetings").then().statusCode(201).extract().path("id");
        created.put("meeting", meeting);
        created.put("item", as(Role.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("title", Map.of("en", "Opening"), "type", "PLENARY"))
                .post("/api/v1/meetings/" + meeting + "/agenda-items").then().statusCode(201).extract().path("id"));
        String member = as(Role.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("givenName", "Karim", "familyName", "Benalí " + randomLetters(10), "countryCode", "TN"))
                .post("/api/v1/members").then().statusCode(201).extract().path("id");
        created.put("member", member);
        // a participant who is no chair or speaker: anonymous callers do not see them, signed-in ones do
        as(Role.EDITOR).contentType(ContentType.JSON).body(Map.of("memberId", member, "role", "PARTICIPANT"))
                .post("/api/v1/meetings/" + meeting + "/participants").then().statusCode(201);
        created.put("roadmap", as(Role.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("expertGroup", group, "topic", "HANDBOOK", "title", Map.of("en", "Handbook " + randomLetters(6)),
                        "status", "ADOPTED"))
                .post("/api/v1/roadmaps").then().statusCode(201).extract().path("id"));
        records = Map.copyOf(created);
        return records;
    }

    private static Map<String, Object> organisation() {
        return Map.of("name", Map.of("en", "Ministry of Justice " + randomLetters(10)), "type", "NATIONAL_AUTHORITY",
                "countryCode", "TN");
    }

    /** Drafts, submits and publishes the fiche's next revision, valid from 2019. */
    private static void publishFiche(String country, String measure, String possibility) {
        String draft = "/api/v1/fiches/" + country + "/" + measure + "/draft";
        as(Role.MEMBER).contentType(ContentType.JSON)
                .body(Map.of("content", Map.of("possibility", possibility, "dualCriminality", "UNKNOWN"),
                        "changeSummary", Map.of("en", "Possibility " + possibility)))
                .put(draft).then().statusCode(201);
        as(Role.MEMBER).post(draft + "/submit").then().statusCode(200);
        as(Role.EDITOR).queryParam("validFrom", "2019-01-01").post(draft + "/publish").then().statusCode(200);
    }
}
