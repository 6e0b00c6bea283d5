package eu.euromedjustice;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import eu.euromedjustice.security.Role;
import eu.euromedjustice.support.SqlStatements;
import eu.euromedjustice.support.TestSigningKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.provider.Arguments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of every API test: REST Assured against the running app, with every response checked
 * against the committed openapi.yaml. Requests are not checked, since tests send bad ones on
 * purpose.
 */
@QuarkusTestResource(TestSigningKeys.class)
public abstract class ApiTest {

    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password-1";
    public static final String TEST_PASSWORD = "a-test-password-long-enough";
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    private static final OpenApiValidationFilter CONTRACT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl("openapi.yaml")
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private static final Map<Role, String> TOKENS = new EnumMap<>(Role.class);
    private static final AtomicInteger MEASURE_CODES = new AtomicInteger();
    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @BeforeAll
    static void checkEveryResponseAgainstTheContract() {
        if (!RestAssured.filters().contains(CONTRACT)) {
            RestAssured.filters(CONTRACT);
        }
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        // a test profile restarts the app on a clean database, where earlier tokens name no one
        TOKENS.clear();
    }

    /** A request as an anonymous caller. */
    protected static RequestSpecification anonymous() {
        return given().accept(ContentType.JSON);
    }

    /** A request with a bearer token of a user holding the role. */
    protected static RequestSpecification as(Role role) {
        return anonymous().auth().oauth2(token(role));
    }

    protected static synchronized String token(Role role) {
        return TOKENS.computeIfAbsent(role, r -> {
            if (r == Role.ADMIN) {
                return login(ADMIN_USERNAME, ADMIN_PASSWORD);
            }
            String username = createUser(r, true);
            return login(username, TEST_PASSWORD);
        });
    }

    /** Creates an account through the API and returns its username. */
    protected static String createUser(Role role, boolean enabled) {
        String username = uniqueName(role.name().toLowerCase());
        anonymous().auth().oauth2(token(Role.ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", TEST_PASSWORD, "roles", new Role[] {role},
                        "enabled", enabled))
                .post("/api/v1/users")
                .then().statusCode(201);
        return username;
    }

    protected static String login(String username, String password) {
        return anonymous().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/token")
                .then().statusCode(200)
                .extract().path("accessToken");
    }

    /** A copy of a request body with one property set. */
    protected static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    /** A copy of a request body without one property. */
    protected static Map<String, Object> without(Map<String, Object> body, String key) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.remove(key);
        return copy;
    }

    /** One case of a parameterized validation test: how the body is spoiled, and the field the problem names. */
    protected static Arguments invalid(String description, UnaryOperator<Map<String, Object>> change, String field) {
        return Arguments.arguments(description, change, field);
    }

    /** The URL of the Link header's rel="next", which must be there. */
    protected static String nextLinkOf(Response page) {
        String link = page.header("Link");
        assertThat(link).as("Link header").isNotNull();
        Matcher matcher = NEXT_LINK.matcher(link);
        assertThat(matcher.matches()).as("Link header " + link).isTrue();
        return matcher.group(1);
    }

    /** Every item of a list as the caller sees it, following next to the last page. */
    protected static List<Map<String, Object>> allItems(Supplier<RequestSpecification> caller, String path, Map<String, ?> query,
            int limit) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = caller.get().queryParams(query).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get(path);
            page.then().statusCode(200);
            all.addAll(page.jsonPath().getList("items"));
            cursor = page.path("next");
        } while (cursor != null);
        return all;
    }

    /** Random lower-case letters: a name part or search text no other test uses. */
    /** The statements a request sends, leaving out the caller's account lookup that every signed-in request makes. */
    protected static List<String> statements(Runnable request) {
        return SqlStatements.of(request, sql -> !sql.contains("app_user"));
    }

    protected static String randomLetters(int length) {
        StringBuilder letters = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }

    /** A measure code no other test uses (ZZ.1.1, ZZ.1.2, ...): unique within the run, whose database is new. */
    protected static String uniqueMeasureCode() {
        int n = MEASURE_CODES.incrementAndGet();
        return "ZZ." + (n / 1000 + 1) + "." + (n % 1000);
    }

    /** A lower-case name no other test uses. */
    protected static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
