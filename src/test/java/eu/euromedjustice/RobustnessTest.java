package eu.euromedjustice;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.euromedjustice.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every operation of the generated OpenAPI document with hostile path values, query values,
 * headers and bodies, anonymously and as an administrator, and checks each answer: never a 5xx,
 * every 4xx a problem whose status is the HTTP status, no stack trace or class name anywhere, and
 * the service healthy afterwards, and every status documented for its operation in the contract.
 * Every operation a feature adds is covered without extra code. (The answers are checked here
 * rather than by the full OpenAPI validator, which would make the walk many times slower.)
 * (Bad percent-encoding is left out: Quarkus answers it below the application, see the README.)
 */
@QuarkusTest
class RobustnessTest extends ApiTest {

    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");
    private static final String VALID_UUID = "0193f2a3-5b7c-7d8e-9f01-23456789abcd";

    /** Path and query values, already percent-encoded where they need it. */
    private static final List<String> HOSTILE_VALUES = List.of(
            "", "%20", "%00", "..%2F..%2Fetc%2Fpasswd", "%2e%2e", "a".repeat(3000), "%F0%9F%98%80", "%ED%A0%80",
            "%D9%A3", "%27%20OR%20%271%27%3D%271", "%3Cscript%3E", "-1", "0", "99999999999999999999", "1e9", "null",
            "%5B%5D", "%7B%7D", "%0A%0D", "%C0%AF", "NaN", "true", "%E2%80%AE", "*", "0193F2A3-5B7C-7D8E-9F01-23456789ABCD");

    private static final List<String> HOSTILE_BODIES = List.of(
            "", " ", "null", "[]", "{}", "\"text\"", "42", "{", "{\"a\":", "{} trailing", "{\"a\":1,\"a\":2}",
            "[".repeat(5000) + "]".repeat(5000), "{\"a\":" + "9".repeat(2000) + "}", "\u0000", "{\"\\ud800\":1}",
            "{\"name\":\"\\ud800\"}", "{\"x\":\"" + "y".repeat(100_000) + "\"}", "<xml/>", "\uFEFF{}");

    /** Values of the wrong type or shape for any property. */
    private static final List<String> HOSTILE_PROPERTY_VALUES = List.of(
            "null", "42", "-1.5e308", "true", "\"\"", "\" \"", "\"\\u0000\"", "\"\\ud800\"", "[]", "[null]", "{}",
            "{\"en\":null}", "{\"xx\":\"a\"}", "\"" + "z".repeat(20_000) + "\"", "[2024,1,15]", "\"2024-02-30\"",
            "\"OTHER\\n\"", "123456789012345678901234567890");

    private static final Map<String, List<String>> HOSTILE_HEADERS = Map.of(
            "If-Match", List.of("", "*", "W/\"0\"", "\"", "garbage", "\"0\", *", "\"" + "9".repeat(200) + "\""),
            "If-None-Match", List.of("", "*", "\"", "W/", "\"0\"garbage"),
            "Accept", List.of(";;;", "application/json;q=abc", "*/*;q=0", "text/html", "application/json;q=0.5;q=0.9", "a/b/c"),
            "Content-Type", List.of("text/plain", "application/json;;", "application/json; charset=utf-16",
                    "multipart/form-data; boundary=x", "application/merge-patch+json", "garbage"),
            "Authorization", List.of("Bearer", "Bearer garbage", "Basic YWRtaW46YWRtaW4=", "Bearer " + "a".repeat(8000),
                    "ApiKey x", "bearer a.b.c", "ApiKey emj_aaaaaaaa_" + "A".repeat(43)),
            "X-API-Key", List.of("", "garbage", "emj_aaaaaaaa_" + "A".repeat(43), "emj_" + "a".repeat(8000)),
            "X-Request-Id", List.of("", "a".repeat(500), "a b", "\u00e9"));

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> failures = new ArrayList<>();
    private int requests;

    @Test
    void shouldAnswerHostileRequestsToEveryOperationWithProblemsAndStayHealthy() {
        JsonPath document = anonymous().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        for (Map.Entry<String, Map<String, Map<String, Object>>> path : paths.entrySet()) {
            for (Map.Entry<String, Map<String, Object>> operation : path.getValue().entrySet()) {
                for (Role role : new Role[] {null, Role.ADMIN}) {
                    if (role == Role.ADMIN && path.getKey().endsWith("/logout-all")) {
                        continue; // it would end the administrator's token for the rest of the walk
                    }
                    attack(path.getKey(), operation.getKey().toUpperCase(), operation.getValue(), role, document);
                }
            }
        }

        assertThat(requests).isGreaterThan(1000);
        assertThat(failures).as(failures.size() + " of " + requests + " answers broke the rules:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size())))).isEmpty();
        anonymous().get("/q/health/ready").then().statusCode(200);
        anonymous().get("/api/v1/countries/MA").then().statusCode(200);
    }

    private void attack(String template, String method, Map<String, Object> operation, Role role, JsonPath document) {
        List<String> pathParameters = new ArrayList<>();
        Matcher matcher = TEMPLATE.matcher(template);
        while (matcher.find()) {
            pathParameters.add(matcher.group(1));
        }
        String plausible = fill(template, pathParameters, null);
        for (String value : HOSTILE_VALUES) {
            if (!pathParameters.isEmpty()) {
                send(role, method, operation, fill(template, pathParameters, value), Map.of(), null, null);
            }
            for (String query : queryParameters(operation)) {
                send(role, method, operation, plausible + "?" + query + "=" + value, Map.of(), null, null);
            }
            send(role, method, operation, plausible + "?unknown=" + value, Map.of(), null, null);
        }
        HOSTILE_HEADERS.forEach((name, values) -> values.forEach(
                value -> send(role, method, operation, plausible, Map.of(name, value), null, null)));
        String mediaType = requestMediaType(operation);
        if (mediaType == null) {
            return;
        }
        for (String body : HOSTILE_BODIES) {
            send(role, method, operation, plausible, Map.of(), mediaType, body);
        }
        for (String property : bodyProperties(operation, document)) {
            for (String value : HOSTILE_PROPERTY_VALUES) {
                send(role, method, operation, plausible, Map.of(), mediaType, "{\"" + property + "\": " + value + "}");
            }
        }
    }

    private void send(Role role, String method, Map<String, Object> operation, String url, Map<String, String> headers,
            String contentType, String body) {
        // plain HTTP client: exact bytes, and ten times faster than a REST Assured request
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + url))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8)));
        if (role != null && !headers.containsKey("Authorization")) {
            request.header("Authorization", "Bearer " + token(role));
        }
        headers.forEach(request::header);
        if ((method.equals("PUT") || method.equals("PATCH") || method.equals("DELETE")) && !headers.containsKey("If-Match")) {
            request.header("If-Match", "\"0\"");
        }
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        requests++;
        String described = describe(role, method, url, headers, body);
        try {
            check(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()), operation, described);
        } catch (IOException | RuntimeException e) {
            failures.add(described + " -> the request failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private void check(HttpResponse<String> response, Map<String, Object> operation, String request) {
        int status = response.statusCode();
        String text = response.body();
        Map<String, Object> documented = (Map<String, Object>) operation.get("responses");
        // an empty or slash-bearing path value reaches another path, where another method may be refused
        boolean otherPath = request.contains("%2F") || request.contains("/ ") || request.endsWith("/");
        if (!documented.containsKey(Integer.toString(status)) && !(otherPath && (status == 404 || status == 405))) {
            failures.add(request + " -> " + status + ", which the contract does not list for this operation: " + abbreviate(text));
            return;
        }
        if (status >= 500) {
            failures.add(request + " -> " + status + " " + abbreviate(text));
            return;
        }
        for (String leak : new String[] {"Exception", "\tat ", "java.", "org.hibernate", "eu.euromedjustice", "SQL"}) {
            if (text.contains(leak)) {
                failures.add(request + " -> " + status + " leaks '" + leak + "': " + abbreviate(text));
                return;
            }
        }
        if (status < 400) {
            return;
        }
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        if (contentType == null || !contentType.startsWith(PROBLEM_JSON)) {
            failures.add(request + " -> " + status + " with Content-Type " + contentType);
            return;
        }
        try {
            JsonNode problem = JSON.readTree(text);
            int problemStatus = problem.path("status").asInt(-1);
            if (problemStatus != status || !problem.path("type").isTextual()) {
                failures.add(request + " -> " + status + " with problem status " + problemStatus + ": " + abbreviate(text));
            }
        } catch (IOException e) {
            failures.add(request + " -> " + status + " with a body that is no JSON: " + abbreviate(text));
        }
    }

    private static String fill(String template, List<String> parameters, String value) {
        String url = template;
        for (String parameter : parameters) {
            String filled = value != null ? value : parameter.equals("id") || parameter.endsWith("Id") ? VALID_UUID : "MA";
            url = url.replace("{" + parameter + "}", filled);
        }
        return url;
    }

    @SuppressWarnings("unchecked")
    private static List<String> queryParameters(Map<String, Object> operation) {
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
        return parameters.stream().filter(parameter -> "query".equals(parameter.get("in")))
                .map(parameter -> (String) parameter.get("name")).toList();
    }

    @SuppressWarnings("unchecked")
    private static String requestMediaType(Map<String, Object> operation) {
        Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
        if (body == null) {
            return null;
        }
        return ((Map<String, Object>) body.get("content")).keySet().iterator().next();
    }

    @SuppressWarnings("unchecked")
    private static List<String> bodyProperties(Map<String, Object> operation, JsonPath document) {
        Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) operation.get("requestBody")).get("content");
        Map<String, Object> schema = (Map<String, Object>) ((Map<String, Object>) content.values().iterator().next()).get("schema");
        String ref = schema == null ? null : (String) schema.get("$ref");
        if (ref == null) {
            return List.of();
        }
        Map<String, Object> properties = document.getMap("components.schemas." + ref.substring(ref.lastIndexOf('/') + 1)
                + ".properties");
        return properties == null ? List.of() : List.copyOf(new LinkedHashMap<>(properties).keySet());
    }

    private static String describe(Role role, String method, String url, Map<String, String> headers, String body) {
        return (role == null ? "anonymous" : role.name()) + " " + method + " " + abbreviate(url)
                + (headers.isEmpty() ? "" : " " + abbreviate(headers.toString()))
                + (body == null ? "" : " body " + abbreviate(body));
    }

    private static String abbreviate(String text) {
        String flat = text.replace("\n", "\\n");
        return flat.length() <= 160 ? flat : flat.substring(0, 160) + "…";
    }
}
