package eu.euromedjustice.common.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import eu.euromedjustice.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed openapi.yaml is the contract clients build on; it must be exactly what the code
 * generates. Refresh it with: ./mvnw test -Dtest=OpenApiContractTest -Dopenapi.refresh=true
 */
@QuarkusTest
class OpenApiContractTest extends ApiTest {

    private static final Path COMMITTED = Path.of("openapi.yaml");

    @Test
    void shouldMatchTheCommittedContract() throws IOException {
        String generated = anonymous().accept("application/yaml").get("/q/openapi?format=yaml")
                .then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("openapi.refresh")) {
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("openapi.yaml is out of date; refresh it with "
                        + "./mvnw test -Dtest=OpenApiContractTest -Dopenapi.refresh=true")
                .isEqualTo(generated);
    }

    @Test
    void shouldGiveEveryOperationAnIdSummaryTagsAndProblemResponses() {
        io.restassured.path.json.JsonPath document = anonymous().get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = document.getMap("paths");
        assertThat(paths).isNotEmpty();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String where = method.toUpperCase() + " " + path;
            assertThat(operation.get("operationId")).as(where + " operationId").isNotNull();
            assertThat(operation.get("summary")).as(where + " summary").isNotNull();
            assertThat((java.util.List<?>) operation.get("tags")).as(where + " tags").isNotEmpty();
            @SuppressWarnings("unchecked")
            java.util.Map<String, java.util.Map<String, Object>> responses =
                    (java.util.Map<String, java.util.Map<String, Object>>) operation.get("responses");
            assertThat(responses).as(where + " responses").containsKeys("400", "406", "500", "503");
            responses.forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    assertThat(response.get("content").toString()).as(where + " " + code).contains("application/problem+json");
                }
            });
        }));
    }

    @Test
    void shouldDescribeMergePatchBodiesWithNothingRequired() {
        io.restassured.path.json.JsonPath document = anonymous().get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        for (String patched : new String[] {"OrganisationInputPatch", "ExpertGroupInputPatch", "UserInputPatch"}) {
            assertThat(document.getMap("components.schemas." + patched)).as(patched).isNotNull();
            assertThat(document.getList("components.schemas." + patched + ".required")).as(patched).isNull();
        }
        assertThat(document.getString("paths.'/api/v1/organisations/{id}'.patch.requestBody.content."
                + "'application/merge-patch+json'.schema.$ref")).endsWith("/OrganisationInputPatch");
    }

    @Test
    void shouldServeSwaggerUi() {
        anonymous().accept("text/html").get("/q/swagger-ui/").then().statusCode(200);
    }
}
