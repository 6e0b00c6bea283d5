package eu.euromedjustice.common.http;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.euromedjustice.common.json.MergePatch;
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
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Documents the conventions every operation shares, from what the operation is (its method, path,
 * body and security), so that no resource has to repeat them and none can forget one: the problem
 * responses it can give (429 on every one, from the rate limits), the ETag, Location, Link,
 * Retry-After and CORS headers, the roles it needs, merge-patch schemas, and the bounds of the
 * shared value types. Responses an operation documents itself are kept, with the Problem schema
 * added.
 */
public class ApiConventionsFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String ETAG = "^\"[0-9]+\"$";

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("400", "Malformed or invalid request (body, parameters or headers): the problem names each invalid field in 'errors'"),
            Map.entry("401", "Missing, invalid or expired bearer token"),
            Map.entry("403", "The caller's roles do not allow this operation"),
            Map.entry("404", "No such resource"),
            Map.entry("406", "The Accept header allows no media type this operation produces"),
            Map.entry("409", "Conflicts with the current state of the resource"),
            Map.entry("412", "If-Match does not name the current ETag: someone changed the resource meanwhile"),
            Map.entry("413", "The request body is larger than 1 MiB"),
            Map.entry("415", "Unsupported Content-Type"),
            Map.entry("428", "If-Match is required for this update"),
            Map.entry("429", "Too many requests from this client (its account, API key, or else its address); "
                    + "retry after the seconds in Retry-After"),
            Map.entry("500", "Unexpected failure; quote the request id when reporting it"),
            Map.entry("503", "The database cannot be reached just now; retry after the seconds in Retry-After"));

    /** Bounds of the value types the generator writes as shared components. */
    /** The extension that marks an operation anyone may call, whose answer depends on who signed in. */
    public static final String OPTIONAL_SIGN_IN = "x-optional-sign-in";

    private static final Map<String, Integer> MAX_LENGTHS = Map.of("Instant", 35, "LocalDate", 10, "LocalDateTime", 29,
            "UUID", 36);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> {
                    optionalSignIn(operation);
                    document(path, method, operation);
                    mergePatchSchema(openAPI, operation);
                    rolesInDescription(operation);
                    boundIdParameters(operation);
                }));
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(ApiConventionsFilter::dropTypesBesideReferences);
            openAPI.getComponents().getSchemas().values().forEach(ApiConventionsFilter::boundIdLists);
            MAX_LENGTHS.forEach((name, length) -> {
                Schema schema = openAPI.getComponents().getSchemas().get(name);
                if (schema != null) {
                    schema.maxLength(length);
                }
            });
            Schema local = openAPI.getComponents().getSchemas().get("LocalDateTime");
            if (local != null) { // a wall-clock time, which the generator calls an RFC 3339 date-time (with offset)
                local.format(null).pattern("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?$")
                        .description("Local date and time without offset (ISO 8601), such as 2017-05-08T09:30:00");
            }
            Schema uuid = openAPI.getComponents().getSchemas().get("UUID");
            if (uuid != null) {
                uuid.pattern("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
            }
        }
    }

    /** Lists of ids (List<UUID>) get inline item schemas without the UUID schema's bound; they get it here. */
    private static void boundIdLists(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().values().stream()
                .map(Schema::getItems)
                .filter(items -> items != null && "uuid".equals(items.getFormat()) && items.getMaxLength() == null)
                .forEach(items -> items.maxLength(MAX_LENGTHS.get("UUID")));
    }

    /**
     * The generator gives a property of a shared type (a reference) a "type: string" of its own
     * when the property has an example, and writes both as "allOf: [$ref]"; the type is the
     * reference's, with its bounds, so the sibling goes.
     */
    private static void dropTypesBesideReferences(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        for (Schema property : schema.getProperties().values()) {
            if (property.getRef() != null || (property.getAllOf() != null && property.getAllOf().size() == 1)) {
                property.setType(null);
            }
        }
    }

    /** Ids in paths are UUIDs (DESIGN section 4), whatever the operation says of them. */
    private static void boundIdParameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        operation.getParameters().stream()
                .filter(parameter -> parameter.getIn() == Parameter.In.PATH
                        && (parameter.getName().equals("id") || parameter.getName().endsWith("Id")))
                .forEach(parameter -> parameter.setSchema(OASFactory.createSchema().ref("#/components/schemas/UUID")));
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
                    .properties(input.getProperties())
                    .additionalPropertiesBoolean(Boolean.FALSE));
        }
        patch.setSchema(OASFactory.createSchema().ref("#/components/schemas/" + patchName));
    }

    /**
     * Roles are not OAuth scopes, which a bearer scheme cannot carry (OpenAPI 3.0, section 4.8.30):
     * the generator's role lists move from the security requirement into the description.
     */
    private static void rolesInDescription(Operation operation) {
        if (operation.getSecurity() == null) {
            return;
        }
        List<String> roles = new ArrayList<>();
        List<SecurityRequirement> requirements = new ArrayList<>();
        for (SecurityRequirement requirement : operation.getSecurity()) {
            SecurityRequirement scopeless = OASFactory.createSecurityRequirement();
            requirement.getSchemes().forEach((scheme, scopes) -> {
                if (scopes != null) {
                    scopes.stream().filter(role -> !roles.contains(role)).forEach(roles::add);
                }
                scopeless.addScheme(scheme);
            });
            requirements.add(scopeless);
        }
        operation.setSecurity(requirements);
        if (!roles.isEmpty()) {
            String needs = "Roles: " + String.join(", ", roles) + ".";
            operation.setDescription(operation.getDescription() == null ? needs : operation.getDescription() + " " + needs);
        }
    }

    /**
     * An operation open to anyone whose answer depends on who asks (a meeting shows signed-in callers
     * more): it says so with {@link #OPTIONAL_SIGN_IN}, and is documented as taking no token or a
     * bearer token, which, when sent, must be valid (401 otherwise).
     */
    private static void optionalSignIn(Operation operation) {
        if (operation.getExtensions() == null || !operation.getExtensions().containsKey(OPTIONAL_SIGN_IN)) {
            return;
        }
        operation.removeExtension(OPTIONAL_SIGN_IN);
        if (operation.getResponses() != null) { // the generator copies a method's extensions onto its responses too
            operation.getResponses().removeExtension(OPTIONAL_SIGN_IN);
            operation.getResponses().getAPIResponses().values().forEach(response -> response.removeExtension(OPTIONAL_SIGN_IN));
        }
        operation.setSecurity(List.of(OASFactory.createSecurityRequirement(),
                OASFactory.createSecurityRequirement().addScheme("bearer")));
    }

    private static boolean signInOptional(Operation operation) {
        return operation.getSecurity() != null && operation.getSecurity().stream()
                .anyMatch(requirement -> requirement.getSchemes() == null || requirement.getSchemes().isEmpty());
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean hasBody = operation.getRequestBody() != null;
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean update = method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH;

        Map<String, Boolean> applicable = new LinkedHashMap<>();
        applicable.put("400", true); // headers (Accept, Host) can be malformed on any request
        applicable.put("401", secured);
        applicable.put("403", secured && !signInOptional(operation));
        applicable.put("404", path.contains("{"));
        applicable.put("406", true);
        applicable.put("412", update || (method == PathItem.HttpMethod.DELETE && path.contains("{")));
        applicable.put("413", hasBody);
        applicable.put("415", hasBody);
        applicable.put("428", update);
        applicable.put("429", true); // every operation of the API is rate limited (common/ratelimit)
        applicable.put("500", true);
        applicable.put("503", true);

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
            response.addHeader("Access-Control-Allow-Origin", header(
                    "The caller's Origin, when it is one of the configured single-page-app origins (CORS); absent otherwise",
                    2048, "uri", null));
        });
    }

    /** The headers of the shared conventions: ETag on single resources, Location on create, Link on lists. */
    private static void successHeaders(PathItem.HttpMethod method, String code, APIResponse response) {
        if ("201".equals(code)) {
            response.addHeader("Location", header("URL of the created resource", HttpFilters.MAX_URI_LENGTH, "uri", null));
        }
        if ("304".equals(code)) {
            response.addHeader("ETag", header("The current entity tag", 24, null, ETAG));
            return;
        }
        if (!code.startsWith("2") || response.getContent() == null) {
            return;
        }
        boolean list = response.getContent().getMediaTypes().values().stream()
                .anyMatch(type -> type.getSchema() != null && type.getSchema().getRef() != null
                        && type.getSchema().getRef().startsWith("#/components/schemas/Page"));
        if (list) {
            response.addHeader("Link", header("RFC 8288 link to the next page (rel=\"next\"), absent on the last page",
                    HttpFilters.MAX_URI_LENGTH + 16, null, "^<[^>]+>; rel=\"next\"$"));
        } else if (method != PathItem.HttpMethod.POST || "201".equals(code)) {
            response.addHeader("ETag", header("Entity tag of this version; send it as If-Match to update or delete", 24, null, ETAG));
        }
    }

    private static Header header(String description, int maxLength, String format, String pattern) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING).maxLength(maxLength).format(format).pattern(pattern));
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
            response.addHeader("WWW-Authenticate", header("Bearer challenge", 200, null, "^Bearer "));
        }
        if (status == 429 || status == 503) {
            response.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                            .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(3600))));
        }
    }
}
