package eu.euromedjustice.common.http;

import java.util.LinkedHashMap;
import java.util.Map;

import eu.euromedjustice.common.json.MergePatch;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.problem.Problem;
import eu.euromedjustice.common.problem.Problems;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem responses that every operation shares, from what the operation is (its
 * method, parameters, body and security), so that no resource has to repeat them and none can
 * forget one. Responses an operation documents itself are kept, with the Problem schema added.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("400", "Malformed or invalid request: the problem names each invalid field in 'errors'"),
            Map.entry("401", "Missing, invalid or expired bearer token"),
            Map.entry("403", "The caller's roles do not allow this operation"),
            Map.entry("404", "No such resource"),
            Map.entry("406", "The Accept header allows no media type this operation produces"),
            Map.entry("409", "Conflicts with the current state of the resource"),
            Map.entry("412", "If-Match does not name the current ETag: someone changed the resource meanwhile"),
            Map.entry("413", "The request body is larger than 1 MiB"),
            Map.entry("415", "Unsupported Content-Type"),
            Map.entry("428", "If-Match is required for this update"),
            Map.entry("500", "Unexpected failure; quote the request id when reporting it"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> {
                    document(path, method, operation);
                    mergePatchSchema(openAPI, operation);
                }));
    }

    /**
     * A merge patch names only what changes, so its schema is the resource's input schema with
     * nothing required ("XxxInputPatch"); null removes an optional property.
     */
    private static void mergePatchSchema(OpenAPI openAPI, Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        MediaType patch = operation.getRequestBody().getContent().getMediaType(MergePatch.MEDIA_TYPE);
        if (patch == null || patch.getSchema() == null || patch.getSchema().getRef() == null) {
            return;
        }
        String inputName = patch.getSchema().getRef().substring(patch.getSchema().getRef().lastIndexOf('/') + 1);
        Schema input = openAPI.getComponents().getSchemas().get(inputName);
        if (input == null) {
            return;
        }
        String patchName = inputName + "Patch";
        if (!openAPI.getComponents().getSchemas().containsKey(patchName)) {
            openAPI.getComponents().addSchema(patchName, OASFactory.createSchema()
                    .addType(Schema.SchemaType.OBJECT)
                    .description("JSON Merge Patch (RFC 7396) of " + inputName
                            + ": every property is optional; name only what changes, null removes an optional property")
                    .properties(input.getProperties()));
        }
        patch.setSchema(OASFactory.createSchema().ref("#/components/schemas/" + patchName));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean update = method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH;

        Map<String, Boolean> applicable = new LinkedHashMap<>();
        applicable.put("400", hasBody || hasParameters);
        applicable.put("401", secured);
        applicable.put("403", secured);
        applicable.put("404", path.contains("{"));
        applicable.put("406", true);
        applicable.put("412", update || (method == PathItem.HttpMethod.DELETE && path.contains("{")));
        applicable.put("413", hasBody);
        applicable.put("415", hasBody);
        applicable.put("428", update);
        applicable.put("500", true);

        for (Map.Entry<String, Boolean> entry : applicable.entrySet()) {
            if (entry.getValue() && !responses.hasAPIResponse(entry.getKey())) {
                responses.addAPIResponse(entry.getKey(), OASFactory.createAPIResponse());
            }
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                problem(code, response);
            } else {
                successHeaders(method, code, response);
            }
        });
    }

    /** The headers of the shared conventions: ETag on single resources, Location on create, Link on lists. */
    private static void successHeaders(PathItem.HttpMethod method, String code, APIResponse response) {
        if ("201".equals(code)) {
            response.addHeader("Location", header("URL of the created resource"));
        }
        if ("304".equals(code)) {
            response.addHeader("ETag", header("The current entity tag"));
            return;
        }
        if (!code.startsWith("2") || response.getContent() == null) {
            return;
        }
        boolean list = response.getContent().getMediaTypes().values().stream()
                .anyMatch(type -> type.getSchema() != null && type.getSchema().getRef() != null
                        && type.getSchema().getRef().startsWith("#/components/schemas/Page"));
        if (list) {
            response.addHeader("Link", header("RFC 8288 link to the next page (rel=\"next\"), absent on the last page"));
        } else if (method != PathItem.HttpMethod.POST || "201".equals(code)) {
            response.addHeader("ETag", header("Entity tag of this version; send it as If-Match to update or delete"));
        }
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static void problem(String code, APIResponse response) {
        if (response.getContent() == null) {
            // generic (ours, or Quarkus's security defaults): our wording
            response.setDescription(DESCRIPTIONS.getOrDefault(code, "Problem"));
        }
        int status = Integer.parseInt(code);
        Problem sample = Problems.forStatus(status, response.getDescription(), null);
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", sample.type().toString());
        example.put("title", sample.title());
        example.put("status", status);
        example.put("detail", response.getDescription());
        example.put("instance", "/api/v1/...");
        example.put("requestId", "3f1c9a52-8d7e-4b6f-9a41-0c2f5e7d8b19");
        response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                        .example(example)));
        if (status == 401) {
            response.addHeader("WWW-Authenticate", header("Bearer challenge"));
        }
    }
}
