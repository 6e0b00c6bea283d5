package eu.euromedjustice;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import eu.euromedjustice.security.Role;
import eu.euromedjustice.support.VersionedResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static eu.euromedjustice.support.ProblemAssertions.Kind.FORBIDDEN;
import static eu.euromedjustice.support.ProblemAssertions.Kind.MALFORMED_REQUEST;
import static eu.euromedjustice.support.ProblemAssertions.Kind.NOT_FOUND;
import static eu.euromedjustice.support.ProblemAssertions.Kind.PRECONDITION_FAILED;
import static eu.euromedjustice.support.ProblemAssertions.Kind.PRECONDITION_REQUIRED;
import static eu.euromedjustice.support.ProblemAssertions.Kind.UNSUPPORTED_MEDIA_TYPE;
import static eu.euromedjustice.support.ProblemAssertions.assertInvalidField;
import static eu.euromedjustice.support.ProblemAssertions.assertProblem;
import static eu.euromedjustice.support.ProblemAssertions.assertUnauthorized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * What every versioned resource does the same way (DESIGN section 4): create with Location and
 * ETag, conditional reads, If-Match on replace, merge patch and delete, 404 and 400 for unknown
 * and malformed keys, strict bodies, and who may read and write. Each resource is one entry of
 * {@link #resources()}; its own test class holds only what is specific to it. Items are created
 * through {@link #create}: by POST to a collection, or for a singleton such as a fiche's draft, by
 * PUT without If-Match at its own path.
 */
@QuarkusTest
class VersionedResourceContractTest extends ApiTest {

    static Stream<VersionedResource> resources() {
        return Stream.of(
                VersionedResource.named("organisations").collection("/api/v1/organisations")
                        .validBody(() -> Map.of("name", Map.of("en", "Ministry of Justice " + randomLetters(10)), "type", "NATIONAL_AUTHORITY",
                                "countryCode", "TN"))
                        .patch(Map.of("acronym", "MJT"), "acronym", "MJT")
                        .anonymousReads().build(),
                VersionedResource.named("expert groups").collection("/api/v1/expert-groups")
                        .validBody(() -> Map.of("code", "G" + randomLetters(10).toUpperCase(), "name", Map.of("en", "Expert group")))
                        .key("code", "NOSUCHGROUP", List.of("crimex", "X", "A-B"))
                        .patch(Map.of("parentProgramme", "EuroMed Justice"), "parentProgramme", "EuroMed Justice")
                        .anonymousReads().build(),
                VersionedResource.named("members").collection("/api/v1/members")
                        .validBody(() -> Map.of("givenName", "Karim", "familyName", "Benalí " + randomLetters(10), "countryCode", "TN"))
                        .patch(Map.of("contactConsent", true), "contactConsent", true)
                        .readers(Role.PARTNER, Role.MEMBER, Role.EDITOR, Role.ADMIN).build(),
                VersionedResource.named("memberships").collection(VersionedResourceContractTest::membershipsOfANewMember)
                        .validBody(VersionedResourceContractTest::membershipOfOneDay)
                        .keyParameter("membershipId")
                        .patch(Map.of("onBehalfOf", Map.of("countryCode", "MA")), "onBehalfOf", Map.of("countryCode", "MA"))
                        .notReplaceable()
                        .readers(Role.PARTNER, Role.MEMBER, Role.EDITOR, Role.ADMIN).build(),
                VersionedResource.named("meetings").collection("/api/v1/meetings")
                        .validBody(VersionedResourceContractTest::meeting)
                        .patch(Map.of("city", "Brussels"), "city", "Brussels")
                        .anonymousReads().build(),
                VersionedResource.named("agenda items").collection(() -> partsOfANewMeeting("agenda-items"))
                        .validBody(() -> Map.of("title", Map.of("en", "Opening"), "type", "PLENARY"))
                        .keyParameter("itemId")
                        .patch(Map.of("type", "BREAK"), "type", "BREAK")
                        .notReplaceable().anonymousReads().build(),
                VersionedResource.named("participants").collection(() -> partsOfANewMeeting("participants"))
                        .validBody(() -> Map.of("memberId", newMember(), "role", "CHAIR")) // a chair: public
                        .key("memberId", "0193f2a3-5b7c-7d8e-9f01-23456789abcd", List.of("not-a-uuid", "0193f2a35b7c7d8e9f0123456789abcd"))
                        .patch(Map.of("attendance", "ATTENDED"), "attendance", "ATTENDED")
                        .notReplaceable().anonymousReads().build(),
                VersionedResource.named("meeting documents").collection(() -> partsOfANewMeeting("documents"))
                        .validBody(() -> Map.of("type", "AGENDA", "title", Map.of("en", "Agenda"), "language", "en",
                                "url", "https://documents.euromed-justice.example/agenda.pdf", "public", true))
                        .keyParameter("documentId")
                        .patch(Map.of("language", "fr"), "language", "fr")
                        .notReplaceable().anonymousReads().build(),
                VersionedResource.named("measures").collection("/api/v1/measures")
                        .validBody(() -> Map.of("code", uniqueMeasureCode(), "theme", "DOCUMENTS",
                                "title", Map.of("en", "Production of bank records")))
                        .key("code", "ZZ.999.999", List.of("a11", "A-11", "A."))
                        .patch(Map.of("description", Map.of("en", "Copies of the statements of an account.")),
                                "description", Map.of("en", "Copies of the statements of an account."))
                        .anonymousReads().build(),
                VersionedResource.named("fiche drafts").createdByPut(VersionedResourceContractTest::draftOfANewMeasure)
                        .validBody(() -> Map.of("content", Map.of("possibility", "YES", "dualCriminality", "UNKNOWN"),
                                "changeSummary", Map.of("en", "First draft")))
                        .malformedItem("/api/v1/fiches/ma/A.11/draft", "country")
                        .malformedItem("/api/v1/fiches/MA/a-11/draft", "measure")
                        .patch(Map.of("changeSummary", Map.of("en", "Typo fixed")), "changeSummary", Map.of("en", "Typo fixed"))
                        .writers(Role.MEMBER, Role.EDITOR, Role.ADMIN)
                        .readers(Role.MEMBER, Role.EDITOR, Role.ADMIN).build(),
                // adopted, so that partners read it too; a draft is for members only
                VersionedResource.named("roadmaps").collection("/api/v1/roadmaps")
                        .validBody(VersionedResourceContractTest::adoptedRegionalRoadmap)
                        .patch(Map.of("title", Map.of("en", "Handbook, second edition")), "title", Map.of("en", "Handbook, second edition"))
                        .readers(Role.PARTNER, Role.MEMBER, Role.EDITOR, Role.ADMIN).build(),
                VersionedResource.named("milestones").collection(VersionedResourceContractTest::milestonesOfANewRoadmap)
                        .validBody(() -> Map.of("title", Map.of("en", "Chapter on extradition"), "dueDate", "2030-06-30"))
                        .keyParameter("milestoneId")
                        .patch(Map.of("status", "IN_PROGRESS"), "status", "IN_PROGRESS")
                        .notReplaceable()
                        .readers(Role.PARTNER, Role.MEMBER, Role.EDITOR, Role.ADMIN).build());
    }

    private static String expertGroup;
    private static final AtomicInteger DAYS = new AtomicInteger();

    // ---------------------------------------------------------------- create and read

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void shouldCreateWithLocationAndETagAndReadTheSameBack(VersionedResource resource) {
        String target = resource.creationTarget();

        Response created = create(as(Role.EDITOR), resource, target, resource.validBody().get());

        created.then().statusCode(201).header("ETag", equalTo("\"0\"")).body("version", equalTo(0));
        String location = created.header("Location");
        assertThat(location).endsWith(resource.createdByPut() ? target : target + "/" + created.path(resource.idProperty()));
        assertThat(as(Role.ADMIN).get(location).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .extract().jsonPath().getMap("")).isEqualTo(created.jsonPath().getMap(""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void shouldAnswerNotModifiedForTheCurrentETagOnly(VersionedResource resource) {
        String item = createItem(resource);

        as(Role.ADMIN).header("If-None-Match", "\"0\"").get(item)
                .then().statusCode(304).header("ETag", equalTo("\"0\"")).body(emptyOrNullString());
        as(Role.ADMIN).header("If-None-Match", "\"1\"").get(item).then().statusCode(200);
        as(Role.ADMIN).header("If-None-Match", "\"5\", \"0\"").get(item).then().statusCode(304);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void shouldLetReadersReadAndOthersNot(VersionedResource resource) {
        String target = resource.creationTarget();
        String item = createItem(resource, target);
        boolean hasCollection = !resource.createdByPut(); // a singleton has no list to read

        for (Role reader : resource.readers()) {
            as(reader).get(item).then().statusCode(200);
            if (hasCollection) {
                as(reader).get(target).then().statusCode(200);
            }
        }
        for (Role other : resource.nonReaders()) {
            assertProblem(as(other).get(item), FORBIDDEN);
            if (hasCollection) {
                assertProblem(as(other).get(target), FORBIDDEN);
            }
        }
        if (resource.anonymousReads()) {
            anonymous().get(item).then().statusCode(200);
        } else {
            assertUnauthorized(anonymous().get(item));
            if (hasCollection) {
                assertUnauthorized(anonymous().get(target));
            }
        }
    }

    // ---------------------------------------------------------------- unknown and malformed keys

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void shouldAnswerNotFoundForAnUnknownKeyOnEveryOperation(VersionedResource resource) {
        String unknown = resource.unknownItem();

        assertProblem(as(Role.ADMIN).get(unknown), NOT_FOUND).body("instance", equalTo(unknown));
        assertProblem(mergePatch(Role.EDITOR, "\"0\"", resource.patch()).patch(unknown), NOT_FOUND);
        assertProblem(as(Role.EDITOR).delete(unknown), NOT_FOUND);
        if (resource.createdByPut()) {
            // a PUT there would create the item, but not one that says it replaces a version: RFC 9110, 13.1.1
            assertProblem(replace(Role.EDITOR, unknown, "\"0\"", resource.validBody().get()), PRECONDITION_FAILED);
            assertProblem(as(Role.ADMIN).get(unknown), NOT_FOUND);
        } else if (resource.replaceable()) {
            assertProblem(replace(Role.EDITOR, unknown, "\"0\"", resource.validBody().get()), NOT_FOUND);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void shouldRejectAMalformedKeyOnEveryOperationNamingIt(VersionedResource resource) {
        assertThat(resource.malformedItems()).isNotEmpty();
        for (Map.Entry<String, String> malformed : resource.malformedItems().entrySet()) {
            String item = malformed.getKey();
            String parameter = malformed.getValue();
            assertInvalidField(as(Role.ADMIN).get(item), parameter);
            assertInvalidField(mergePatch(Role.EDITOR, "\"0\"", resource.patch()).patch(item), parameter);
            assertInvalidField(as(Role.EDITOR).delete(item), parameter);
            if (resource.replaceable()) {
                assertInvalidField(replace(Role.EDITOR, item, "\"0\"", resource.validBody().get()), parameter);
            }
        }
    }

    // ---------------------------------------------------------------- strict bodies

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void shouldRejectBadBodiesAndCreateNothing(VersionedResource resource) {
        String target = resource.creationTarget();
        String before = stateOf(resource, target);

        assertInvalidField(create(as(Role.EDITOR), resource, target, with(resource.validBody().get(), "unknownProperty", 1)),
                "unknownProperty");
        assertProblem(create(as(Role.EDITOR), resource, target, "{\n  \"a\": ,\n}"), MALFORMED_REQUEST)
                .body("detail", matchesPattern(".*line 2, column \\d+.*"));
        for (String notAnObject : List.of("[]", "\"text\"", "42")) {
            assertProblem(create(as(Role.EDITOR), resource, target, notAnObject), MALFORMED_REQUEST)
                    .body("detail", containsString("JSON object"));
        }

        assertThat(stateOf(resource, target)).isEqualTo(before);
    }

    // ---------------------------------------------------------------- replace

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void shouldReplaceOnlyWithTheCurrentETag(VersionedResource resource) {
        Assumptions.assumeTrue(resource.replaceable(), "the resource takes no PUT");
        String item = createItem(resource);
        Map<String, Object> before = read(item);
        Map<String, Object> replacement = writable(resource, before);

        assertProblem(replace(Role.EDITOR, item, null, replacement), PRECONDITION_REQUIRED);
        for (String stale : List.of("\"7\"", "W/\"0\"", "0", "\"\"")) {
            assertProblem(replace(Role.EDITOR, item, stale, replacement), PRECONDITION_FAILED);
        }
        assertThat(read(item)).isEqualTo(before);

        replace(Role.EDITOR, item, "\"5\", \"0\"", with(replacement, resource.patchedProperty(), resource.patchedValue()))
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("version", equalTo(1));
        assertProblem(replace(Role.EDITOR, item, "\"0\"", replacement), PRECONDITION_FAILED);
        replace(Role.ADMIN, item, "*", replacement).then().statusCode(200).header("ETag", equalTo("\"2\""));
    }

    // ---------------------------------------------------------------- merge patch

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void shouldMergePatchOnlyWithTheCurrentETagAndTheMergePatchType(VersionedResource resource) {
        String item = createItem(resource);
        Map<String, Object> before = read(item);

        assertProblem(mergePatch(Role.EDITOR, null, resource.patch()).patch(item), PRECONDITION_REQUIRED);
        assertProblem(mergePatch(Role.EDITOR, "\"1\"", resource.patch()).patch(item), PRECONDITION_FAILED);
        assertProblem(as(Role.EDITOR).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(resource.patch())
                .patch(item), UNSUPPORTED_MEDIA_TYPE);
        assertProblem(as(Role.EDITOR).contentType(MERGE_PATCH_JSON).header("If-Match", "\"0\"").body("{\"a\": }")
                .patch(item), MALFORMED_REQUEST).body("detail", matchesPattern(".*line 1, column \\d+.*"));
        assertProblem(as(Role.EDITOR).contentType(MERGE_PATCH_JSON).header("If-Match", "\"0\"").body("[]")
                .patch(item), MALFORMED_REQUEST);
        assertThat(read(item)).isEqualTo(before);

        Response patched = mergePatch(Role.EDITOR, "\"0\"", resource.patch()).patch(item);

        patched.then().statusCode(200).header("ETag", equalTo("\"1\"")).body("version", equalTo(1));
        assertThat(patched.jsonPath().getMap("")).containsEntry(resource.patchedProperty(), resource.patchedValue());
        mergePatch(Role.ADMIN, "\"1\"", resource.patch()).patch(item)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")); // changes nothing, so no new version
    }

    // ---------------------------------------------------------------- delete

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void shouldDeleteWithTheCurrentETagOrWithoutOneAndThenAnswerNotFound(VersionedResource resource) {
        String checked = createItem(resource);
        String unchecked = createItem(resource);
        Map<String, Object> before = read(checked);

        assertProblem(as(Role.EDITOR).header("If-Match", "\"3\"").delete(checked), PRECONDITION_FAILED);
        assertThat(read(checked)).isEqualTo(before);
        as(Role.EDITOR).header("If-Match", "\"0\"").delete(checked).then().statusCode(204).body(emptyOrNullString());
        as(Role.ADMIN).delete(unchecked).then().statusCode(204);

        assertProblem(as(Role.ADMIN).get(checked), NOT_FOUND);
        assertProblem(as(Role.ADMIN).get(unchecked), NOT_FOUND);
        assertProblem(as(Role.EDITOR).delete(unchecked), NOT_FOUND);
    }

    // ---------------------------------------------------------------- who may write

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void shouldRequireAValidTokenToWriteAndChangeNothing(VersionedResource resource) {
        String item = createItem(resource);
        Map<String, Object> before = read(item);
        String target = resource.creationTarget();
        String nothingCreated = stateOf(resource, target);

        assertUnauthorized(create(anonymous(), resource, target, resource.validBody().get()));
        assertUnauthorized(create(anonymous().auth().oauth2("not-a-token"), resource, target, resource.validBody().get()))
                .header("WWW-Authenticate", containsString("invalid_token"));
        assertUnauthorized(anonymous().contentType(MERGE_PATCH_JSON).header("If-Match", "\"0\"").body(resource.patch()).patch(item));
        assertUnauthorized(anonymous().header("If-Match", "\"0\"").delete(item));
        if (resource.replaceable()) {
            assertUnauthorized(anonymous().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(resource.validBody().get()).put(item));
        }

        assertThat(read(item)).isEqualTo(before);
        assertThat(stateOf(resource, target)).isEqualTo(nothingCreated);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void shouldForbidWritesToRolesThatMayNotWriteAndChangeNothing(VersionedResource resource) {
        String item = createItem(resource);
        Map<String, Object> before = read(item);
        String target = resource.creationTarget();
        String nothingCreated = stateOf(resource, target);

        for (Role role : resource.nonWriters()) {
            assertProblem(create(as(role), resource, target, resource.validBody().get()), FORBIDDEN);
            assertProblem(mergePatch(role, "\"0\"", resource.patch()).patch(item), FORBIDDEN);
            assertProblem(as(role).header("If-Match", "\"0\"").delete(item), FORBIDDEN);
            if (resource.replaceable()) {
                assertProblem(replace(role, item, "\"0\"", writable(resource, before)), FORBIDDEN);
            }
        }

        assertThat(read(item)).isEqualTo(before);
        assertThat(stateOf(resource, target)).isEqualTo(nothingCreated);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void shouldLetEveryWriterRoleCreateChangeAndDelete(VersionedResource resource) {
        for (Role writer : resource.writers()) {
            Response created = create(as(writer), resource, resource.creationTarget(), resource.validBody().get());
            created.then().statusCode(201);
            String item = created.header("Location");
            mergePatch(writer, "\"0\"", resource.patch()).patch(item).then().statusCode(200);
            as(writer).header("If-Match", "\"1\"").delete(item).then().statusCode(204);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** A new item's path. */
    private static String createItem(VersionedResource resource) {
        return createItem(resource, resource.creationTarget());
    }

    /** A new item's path, the item created at the target (see {@link VersionedResource#creationTarget()}). */
    private static String createItem(VersionedResource resource, String target) {
        return create(as(Role.EDITOR), resource, target, resource.validBody().get())
                .then().statusCode(201).extract().header("Location");
    }

    /**
     * Every create goes through here: a POST of the body to the collection, or for a resource created
     * by PUT, a PUT without If-Match at the fresh item path.
     */
    private static Response create(RequestSpecification caller, VersionedResource resource, String target, Object body) {
        RequestSpecification request = caller.contentType(ContentType.JSON).body(body);
        return resource.createdByPut() ? request.put(target) : request.post(target);
    }

    /** What a create at the target changes: how many items the collection holds, or whether the fresh item is there. */
    private static String stateOf(VersionedResource resource, String target) {
        return resource.createdByPut() ? "GET answers " + as(Role.ADMIN).get(target).statusCode() : countAll(target) + " items";
    }

    private static Map<String, Object> read(String item) {
        return as(Role.ADMIN).get(item).then().statusCode(200).extract().jsonPath().getMap("");
    }

    /** The item's own properties as a replacement body: what it reads, without what the server sets. */
    private static Map<String, Object> writable(VersionedResource resource, Map<String, Object> item) {
        Map<String, Object> body = new LinkedHashMap<>(resource.validBody().get());
        body.keySet().retainAll(item.keySet());
        body.replaceAll((property, value) -> item.get(property));
        return body;
    }

    private static RequestSpecification mergePatch(Role role, String ifMatch, Map<String, Object> patch) {
        RequestSpecification request = as(role).contentType(MERGE_PATCH_JSON);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.body(toJson(patch).getBytes(StandardCharsets.UTF_8));
    }

    private static Response replace(Role role, String item, String ifMatch, Map<String, Object> body) {
        RequestSpecification request = as(role).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(item);
    }

    /** How many items the collection holds, walking every page. */
    private static int countAll(String collection) {
        return allItems(() -> as(Role.ADMIN), collection, Map.of(), 100).size();
    }

    private static String toJson(Map<String, Object> patch) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(patch);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String membershipsOfANewMember() {
        return "/api/v1/members/" + newMember() + "/memberships";
    }

    private static String newMember() {
        return as(Role.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("givenName", "Leïla", "familyName", "Haddad " + randomLetters(10))).post("/api/v1/members")
                .then().statusCode(201).extract().path("id");
    }

    /** The path of the draft of a fiche of a new measure, which has no draft yet. */
    private static String draftOfANewMeasure() {
        String measure = uniqueMeasureCode();
        as(Role.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("code", measure, "theme", "DOCUMENTS", "title", Map.of("en", "Test measure " + measure)))
                .post("/api/v1/measures").then().statusCode(201);
        return "/api/v1/fiches/MA/" + measure + "/draft";
    }

    private static Map<String, Object> meeting() {
        return Map.of("expertGroup", expertGroup(), "title", Map.of("en", "CrimEx meeting"), "startDate", "2017-05-08",
                "endDate", "2017-05-11", "timeZone", "Europe/Amsterdam", "format", "IN_PERSON");
    }

    /** The collection of one kind of part ("agenda-items") of a new meeting. */
    private static String partsOfANewMeeting(String parts) {
        String meeting = as(Role.EDITOR).contentType(ContentType.JSON).body(meeting()).post("/api/v1/meetings")
                .then().statusCode(201).extract().path("id");
        return "/api/v1/meetings/" + meeting + "/" + parts;
    }

    private static Map<String, Object> adoptedRegionalRoadmap() {
        return Map.of("expertGroup", expertGroup(), "topic", "HANDBOOK", "title", Map.of("en", "Handbook " + randomLetters(6)),
                "status", "ADOPTED");
    }

    private static String milestonesOfANewRoadmap() {
        String roadmap = as(Role.EDITOR).contentType(ContentType.JSON).body(adoptedRegionalRoadmap()).post("/api/v1/roadmaps")
                .then().statusCode(201).extract().path("id");
        return "/api/v1/roadmaps/" + roadmap + "/milestones";
    }

    /** A membership of one day, a day later each time, so that two of one member never overlap. */
    private static Map<String, Object> membershipOfOneDay() {
        String day = LocalDate.of(1990, 1, 1).plusDays(DAYS.getAndIncrement()).toString();
        return Map.of("expertGroup", expertGroup(), "role", "MEMBER", "startDate", day, "endDate", day);
    }

    private static synchronized String expertGroup() {
        if (expertGroup == null || as(Role.ADMIN).get("/api/v1/expert-groups/" + expertGroup).statusCode() != 200) {
            expertGroup = "G" + randomLetters(10).toUpperCase();
            as(Role.EDITOR).contentType(ContentType.JSON).body(Map.of("code", expertGroup, "name", Map.of("en", "Expert group")))
                    .post("/api/v1/expert-groups").then().statusCode(201);
        }
        return expertGroup;
    }
}
