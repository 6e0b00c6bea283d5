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
import io.quarkus.smallrye.openapi.OpenApiFilter;
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
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Documents the conventions every operation shares, from what the operation is (its method, path,
 * body and security), so that no resource has to repeat them and none can forget one: the problem
 * responses it can give (429 on every one, from the rate limits), the ETag, Location, Link,
 * Retry-After and CORS headers, the 304 of every list (whose pages carry a weak ETag), the roles it
 * needs, merge-patch schemas, and the bounds of the shared value types. Responses an operation
 * documents itself are kept, with the Problem schema added. It runs when the application is built,
 * so that start-up serves the finished document instead of filtering and serialising it again.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiConventionsFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String ETAG = "^\"[0-9]+\"$";
    /** A list page's tag (Responses.page): weak, 128 bits of a hash as hex. */
    private static final String LIST_ETAG = "^W/\"[0-9a-f]{32}\"$";
    private static final String NOT_MODIFIED = "Not modified: the If-None-Match ETag is current";

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("400", "Malformed or invalid request (body, parameters or headers): the problem names each invalid field in 'errors'"),
            Map.entry("401", "Missing, invalid or expired bearer token, or an unknown, expired or revoked API key"),
            Map.entry("403", "The caller's roles do not allow this operation"),
            Map.entry("404", "No such resource"),
            Map.entry("406", "The Accept header allows no media type this operation produces"),
            Map.entry("409", "Conflicts with the current state of the resource"),
            Map.entry("412", "If-Match does not name the current ETag: someone changed the resource meanwhile"),
            Map.entry("413", "The request body is larger than 1 MiB"),
            Map.entry("414", "The request target (path and query) is longer than " + HttpFilters.MAX_URI_LENGTH + " characters"),
            Map.entry("415", "Unsupported Content-Type"),
            Map.entry("428", "If-Match is required for this update"),
            Map.entry("429", "Too many requests from this client (its account, API key, or else its address); "
                    + "retry after the seconds in Retry-After"),
            Map.entry("500", "Unexpected failure; quote the request id when reporting it"),
            Map.entry("503", "The database cannot be reached just now; retry after the seconds in Retry-After"));

    /** The extension that marks an operation anyone may call, whose answer depends on who signed in. */
    public static final String OPTIONAL_SIGN_IN = "x-optional-sign-in";

    /** The extension that marks an operation for an account, which callers with an API key do not have. */
    public static final String BEARER_ONLY = "x-bearer-only";
    /** The security scheme of access tokens, declared by quarkus.smallrye-openapi.security-scheme-name. */
    public static final String BEARER_SCHEME = "bearer";
    /** The security scheme of API keys, declared here: the configuration declares one scheme only. */
    public static final String API_KEY_SCHEME = "apiKey";
    /**
     * The extension that marks a property as any JSON value (a fiche field's value): the generator
     * gives it "type: object", which the filter takes away, so that its schema accepts any type.
     */
    public static final String ANY_VALUE = "x-any-value";
    /** The role no API key holds: operations for it alone take bearer tokens only. */
    private static final String ADMIN_ROLE = "ADMIN";

    /** Bounds of the value types the generator writes as shared components. */
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
                    boolean bearerOnly = takeExtension(operation, BEARER_ONLY);
                    document(path, method, operation);
                    mergePatchSchema(openAPI, operation);
                    apiKeyAlternative(operation, rolesInDescription(operation), bearerOnly);
                    boundIdParameters(operation);
                }));
        apiKeyScheme(openAPI);
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(ApiConventionsFilter::dropTypesBesideReferences);
            openAPI.getComponents().getSchemas().values().forEach(ApiConventionsFilter::boundIdLists);
            openAPI.getComponents().getSchemas().values().forEach(ApiConventionsFilter::anyValues);
            // what the generator makes of Jackson's JsonNode, in place of the any-value properties: referenced by nothing
            openAPI.getComponents().removeSchema("JsonNode");
            openAPI.getComponents().removeSchema("JsonNodeType");
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

    /** Properties marked {@link #ANY_VALUE} take any JSON value; maps of them too. */
    private static void anyValues(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        for (Schema property : schema.getProperties().values()) {
            Schema values = property.getAdditionalPropertiesSchema();
            for (Schema candidate : values == null ? List.of(property) : List.of(property, values)) {
                if (candidate.getExtensions() != null && candidate.getExtensions().containsKey(ANY_VALUE)) {
                    candidate.removeExtension(ANY_VALUE);
                    Schema target = candidate == property && values != null ? values : candidate;
                    target.setType(null);
                    target.setRef(null);
                }
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
        String patchName = patchSchema(openAPI, inputName);
        if (patchName != null) {
            patch.setSchema(OASFactory.createSchema().ref("#/components/schemas/" + patchName));
        }
    }

    /**
     * The "XxxPatch" variant of an input schema, made once: the same properties, none required,
     * and a nested object that has required properties (a fiche draft's content) is a patch too,
     * since merge patches merge objects. Null when there is no such schema.
     */
    private static String patchSchema(OpenAPI openAPI, String inputName) {
        Schema input = openAPI.getComponents().getSchemas().get(inputName);
        if (input == null) {
            return null;
        }
        String patchName = inputName + "Patch";
        if (!openAPI.getComponents().getSchemas().containsKey(patchName)) {
            Map<String, Schema> properties = new LinkedHashMap<>();
            input.getProperties().forEach((name, property) -> {
                String nested = nestedObject(openAPI, property);
                properties.put(name, nested == null ? property
                        : OASFactory.createSchema().ref("#/components/schemas/" + patchSchema(openAPI, nested)));
            });
            openAPI.getComponents().addSchema(patchName, OASFactory.createSchema()
                    .addType(Schema.SchemaType.OBJECT)
                    .description("JSON Merge Patch (RFC 7396) of " + inputName
                            + ": every property is optional; name only what changes, null removes an optional property")
                    .properties(properties)
                    .additionalPropertiesBoolean(Boolean.FALSE));
        }
        return patchName;
    }

    /** The name of the component a property refers to, when that is an object with required properties. */
    private static String nestedObject(OpenAPI openAPI, Schema property) {
        String ref = property.getRef() != null ? property.getRef()
                : property.getAllOf() != null && property.getAllOf().size() == 1 ? property.getAllOf().get(0).getRef() : null;
        if (ref == null) {
            return null;
        }
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        Schema target = openAPI.getComponents().getSchemas().get(name);
        return target != null && target.getRequired() != null && !target.getRequired().isEmpty() ? name : null;
    }

    /** API keys of machine clients, in the X-API-Key header or the Authorization header (HeaderAuthenticationMechanism). */
    private static void apiKeyScheme(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSecurityScheme(API_KEY_SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER)
                .name(HttpFilters.API_KEY_HEADER)
                .description("API key of a machine client (a partner system), created by an administrator with "
                        + "POST /api/v1/api-keys. Send it as 'X-API-Key: <secret>' or as 'Authorization: ApiKey <secret>', "
                        + "not beside a bearer token. The key acts with its role (PARTNER, MEMBER or EDITOR, never ADMIN) "
                        + "until it expires or is revoked."));
    }

    /**
     * An API key stands in for a bearer token wherever a role a key can hold is enough: it is listed
     * as the alternative to the bearer scheme, except on operations for administrators alone and on
     * those marked {@link #BEARER_ONLY}.
     */
    private static void apiKeyAlternative(Operation operation, List<String> roles, boolean bearerOnly) {
        if (bearerOnly || operation.getSecurity() == null || roles.equals(List.of(ADMIN_ROLE))) {
            return;
        }
        boolean bearer = operation.getSecurity().stream()
                .anyMatch(requirement -> requirement.getSchemes() != null && requirement.getSchemes().containsKey(BEARER_SCHEME));
        if (bearer) {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(API_KEY_SCHEME));
        }
    }

    /**
     * Roles are not OAuth scopes, which a bearer scheme cannot carry (OpenAPI 3.0, section 4.8.30):
     * the generator's role lists move from the security requirement into the description.
     *
     * @return the roles the operation needs; empty when any caller with credentials will do
     */
    private static List<String> rolesInDescription(Operation operation) {
        if (operation.getSecurity() == null) {
            return List.of();
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
        return roles;
    }

    /**
     * An operation open to anyone whose answer depends on who asks (a meeting shows signed-in callers
     * more): it says so with {@link #OPTIONAL_SIGN_IN}, and is documented as taking no credentials, a
     * bearer token or an API key ({@link #apiKeyAlternative}), which, when sent, must be valid (401 otherwise).
     */
    private static void optionalSignIn(Operation operation) {
        if (takeExtension(operation, OPTIONAL_SIGN_IN)) {
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement(),
                    OASFactory.createSecurityRequirement().addScheme(BEARER_SCHEME)));
        }
    }

    /** Whether the operation has the extension, which is removed: it only tells this filter something. */
    private static boolean takeExtension(Operation operation, String name) {
        if (operation.getExtensions() == null || !operation.getExtensions().containsKey(name)) {
            return false;
        }
        operation.removeExtension(name);
        if (operation.getResponses() != null) { // the generator copies a method's extensions onto its responses too
            operation.getResponses().removeExtension(name);
            operation.getResponses().getAPIResponses().values().forEach(response -> response.removeExtension(name));
        }
        return true;
    }

    private static boolean signInOptional(Operation operation) {
        return operation.getSecurity() != null && operation.getSecurity().stream()
                .anyMatch(requirement -> requirement.getSchemes() == null || requirement.getSchemes().isEmpty());
    }

    /** A workflow step (a POST) that honours If-Match can fail its precondition as an update does. */
    private static boolean takesIfMatch(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> parameter.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(parameter.getName()));
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
        boolean list = method == PathItem.HttpMethod.GET && isPage(responses.getAPIResponse("200"));
        if (list && !responses.hasAPIResponse("304")) {
            responses.addAPIResponse("304", OASFactory.createAPIResponse().description(NOT_MODIFIED));
        }

        Map<String, Boolean> applicable = new LinkedHashMap<>();
        applicable.put("400", true); // headers (Accept, Host) can be malformed on any request
        applicable.put("401", secured);
        applicable.put("403", secured && !signInOptional(operation));
        applicable.put("404", path.contains("{"));
        applicable.put("406", true);
        applicable.put("412", update || (method == PathItem.HttpMethod.DELETE && path.contains("{")) || takesIfMatch(operation));
        applicable.put("413", hasBody);
        applicable.put("414", true); // any request target can be too long (HttpFilters)
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
                successHeaders(method, code, response, list);
            }
            response.addHeader("Access-Control-Allow-Origin", header(
                    "The caller's Origin, when it is one of the configured single-page-app origins (CORS); absent otherwise",
                    2048, "uri", null));
        });
    }

    /** True for a response whose body is a page of a list. */
    private static boolean isPage(APIResponse response) {
        return response != null && response.getContent() != null && response.getContent().getMediaTypes().values().stream()
                .anyMatch(type -> type.getSchema() != null && type.getSchema().getRef() != null
                        && type.getSchema().getRef().startsWith("#/components/schemas/Page"));
    }

    /**
     * The headers of the shared conventions: ETag on single resources, Location on create, Link and
     * a weak ETag on lists.
     */
    private static void successHeaders(PathItem.HttpMethod method, String code, APIResponse response, boolean list) {
        if (response.getHeaders() != null && response.getHeaders().containsKey("ETag")) {
            return; // an operation with tags of its own (the change feed's) documents them itself
        }
        if ("201".equals(code)) {
            response.addHeader("Location", header("URL of the created resource", HttpFilters.MAX_URI_LENGTH, "uri", null));
        }
        if ("304".equals(code)) {
            response.addHeader("ETag", list ? listETag() : header("The current entity tag", 24, null, ETAG));
            return;
        }
        if (!code.startsWith("2") || response.getContent() == null) {
            return;
        }
        if (isPage(response)) {
            response.addHeader("ETag", listETag());
            response.addHeader("Link", header("RFC 8288 link to the next page (rel=\"next\"), absent on the last page",
                    HttpFilters.MAX_URI_LENGTH + 16, null, "^<[^>]+>; rel=\"next\"$"));
        } else if (method != PathItem.HttpMethod.POST || "201".equals(code)) {
            response.addHeader("ETag", header("Entity tag of this version; send it as If-Match to update or delete", 24, null, ETAG));
        }
    }

    private static Header listETag() {
        return header("Weak entity tag of this page: it changes when an item on it changes, comes or goes, or the next "
                + "cursor does, and differs between callers who see the items differently; send it as If-None-Match to "
                + "poll (304 while nothing changed)", 36, null, LIST_ETAG);
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
