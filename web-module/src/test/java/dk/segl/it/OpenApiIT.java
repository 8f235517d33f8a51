package dk.segl.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.segl.certificate.CertificateStatus;
import dk.segl.certificate.CertificateType;
import dk.segl.certificate.IdentificationMethod;
import dk.segl.certificate.IssuanceMethod;
import dk.segl.certificate.RevocationReason;
import dk.segl.organisation.Role;
import dk.segl.organisation.UserStatus;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * /openapi is a document an integrator can generate a client from: valid, and true to the code.
 * Every JAX-RS resource method of the web module (found by reflection, so new resources are held to
 * it too) appears with its method and path, a 2xx with a schema wherever it answers a body, and its
 * refusals as the one problem schema; enums are the Java enums; real answers have the described shape.
 */
class OpenApiIT extends SeglIT {

    /** Where JAX-RS resources may live: all of the web module. */
    private static final String WEB = "dk.segl.web";
    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String IDM_TAG = "idm";
    private static final Pattern RFC_3339 =
            Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)");

    @Test
    void jsonAndYamlAreValidAndTheSameDocument() {
        OpenAPI json = parse(fetch("/openapi", "application/json"));
        OpenAPI yaml = parse(fetch("/openapi?format=yaml", "text/plain"));
        assertEquals(json, yaml);
        assertFalse(json.getServers().isEmpty(), "servers");
    }

    @Test
    void everyResourceMethodIsDescribed() {
        OpenAPI api = document();
        List<ResourceMethods.Endpoint> endpoints = ResourceMethods.in(WEB);
        assertTrue(endpoints.size() > 20, () -> "the scan found only " + endpoints);
        assertAll(endpoints.stream().map(endpoint -> (Executable) () -> described(api, endpoint)));
    }

    @Test
    void nothingIsDescribedThatTheCodeDoesNotServe() {
        OpenAPI api = document();
        Set<String> served = new TreeSet<>();
        ResourceMethods.in(WEB).forEach(e -> served.add(e.method() + " " + e.path()));
        Set<String> described = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> described.add(method + " " + path)));
        described.removeAll(served);
        assertEquals(Set.of(), described);
    }

    /** The enums the API reads and writes, each a schema of its own that every field refers to. */
    static Stream<Arguments> enums() {
        return Stream.of(
                Arguments.of("Role", Role.class),
                Arguments.of("UserStatus", UserStatus.class),
                Arguments.of("CertificateType", CertificateType.class),
                Arguments.of("IdentificationMethod", IdentificationMethod.class),
                Arguments.of("IssuanceMethod", IssuanceMethod.class),
                Arguments.of("CertificateStatus", CertificateStatus.class),
                Arguments.of("RevocationReason", RevocationReason.class),
                Arguments.of("ImportAction", enumClass("dk.segl.organisation.UserCommand$Action")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enums")
    void enumsAreTheJavaEnums(String schema, Class<? extends Enum<?>> type) {
        OpenAPI api = document();
        List<String> values = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        assertEquals(values, api.getComponents().getSchemas().get(schema).getEnum());
    }

    @Test
    void anOrderNeedsItsMethodsAndTakesThemFromTheEnums() {
        Map<String, Schema<?>> schemas = schemas(document());
        Schema<?> order = schemas.get("NewOrder");
        assertEquals(Set.of("type", "identificationMethod", "issuanceMethod"), Set.copyOf(order.getRequired()));
        assertEquals(Map.of("type", "#/components/schemas/CertificateType",
                        "identificationMethod", "#/components/schemas/IdentificationMethod",
                        "issuanceMethod", "#/components/schemas/IssuanceMethod"),
                Map.of("type", order.getProperties().get("type").get$ref(),
                        "identificationMethod", order.getProperties().get("identificationMethod").get$ref(),
                        "issuanceMethod", order.getProperties().get("issuanceMethod").get$ref()));
        assertEquals("date-time", schemas.get("Certificate").getProperties().get("notAfter").getFormat());
    }

    /** Real answers: a refusal, a user, an issued certificate and a page of them have the described shape. */
    @Test
    void realAnswersHaveTheDescribedShapes() {
        Map<String, Schema<?>> schemas = schemas(document());
        Fixtures.Organisation organisation = fixtures.organisation();
        Fixtures.User user = fixtures.user(organisation, "Open Api");
        fixtures.issuedFromCsr(organisation, user);
        JsonObject page = organisation.admin().get(organisation.certificates(user)).json();
        Fixtures.User idm = fixtures.user(organisation, "Open Api System", "IDM_SYSTEM");
        String systemCertificates = organisation.users() + "/" + idm.id() + "/system-certificates";
        assertEquals(200, organisation.admin().postBytes(systemCertificates, Csrs.der(Csrs.rsa(3072)),
                "Content-Type", "application/pkcs10").status());
        JsonObject systemList = organisation.admin().get(systemCertificates).json();

        conforms(schemas, "Problem", anonymous.get("/api/v1/me").json());
        conforms(schemas, "User", user.api().get("/api/v1/me").json());
        conforms(schemas, "CertificatePage", page);
        conforms(schemas, "Certificate", page.getJsonArray("items").getJsonObject(0));
        conforms(schemas, "SystemCertificateList", systemList);
        conforms(schemas, "SystemCertificate", systemList.getJsonArray("items").getJsonObject(0));
        assertEquals("ISSUED", page.getJsonArray("items").getJsonObject(0).getString("status"));
    }

    /** The raw map of the swagger model, typed once here. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, Schema<?>> schemas(OpenAPI api) {
        return (Map) api.getComponents().getSchemas();
    }

    /**
     * The fields are described ones and the required ones are there; a date-time is RFC 3339 (with
     * seconds, as strict parsers want), an enum one of its values.
     */
    private static void conforms(Map<String, Schema<?>> schemas, String name, JsonObject answer) {
        Schema<?> schema = schemas.get(name);
        assertTrue(schema.getProperties().keySet().containsAll(answer.keySet()),
                () -> name + ": undescribed fields in " + answer);
        assertTrue(answer.keySet().containsAll(schema.getRequired()),
                () -> name + ": required fields " + schema.getRequired() + " missing in " + answer);
        schema.getProperties().forEach((field, property) -> {
            if (!(answer.get(field) instanceof JsonString value)) {
                return;
            }
            Schema<?> described = property.get$ref() == null ? property
                    : schemas.get(property.get$ref().substring(property.get$ref().lastIndexOf('/') + 1));
            if ("date-time".equals(described.getFormat())) {
                assertTrue(RFC_3339.matcher(value.getString()).matches(), () -> name + "." + field + ": " + value);
            }
            if (described.getEnum() != null) {
                assertTrue(described.getEnum().contains(value.getString()), () -> name + "." + field + ": " + value);
            }
        });
    }

    private void described(OpenAPI api, ResourceMethods.Endpoint endpoint) {
        var item = api.getPaths() == null ? null : api.getPaths().get(endpoint.path());
        Operation operation = item == null ? null : item.readOperationsMap().get(endpoint.httpMethod());
        assertNotNull(operation, () -> endpoint + " is not in /openapi");
        assertTrue(operation.getSummary() != null && !operation.getSummary().isBlank(), () -> endpoint + ": summary");
        assertFalse(operation.getTags() == null || operation.getTags().isEmpty(), () -> endpoint + ": tags");
        assertNotNull(operation.getOperationId(), () -> endpoint + ": operationId");
        Map<String, ApiResponse> responses = operation.getResponses();
        List<ApiResponse> successes = responses.entrySet().stream().filter(r -> r.getKey().startsWith("2"))
                .map(r -> response(api, r.getValue())).toList();
        assertFalse(successes.isEmpty(), () -> endpoint + ": no 2xx response");
        if (endpoint.answersBody()) {
            assertTrue(successes.stream().anyMatch(r -> r.getContent() != null && !r.getContent().isEmpty()),
                    () -> endpoint + ": no 2xx response with a body");
        }
        successes.stream().filter(r -> r.getContent() != null).flatMap(r -> r.getContent().values().stream())
                .forEach(media -> assertNotNull(media.getSchema(), () -> endpoint + ": a 2xx body without schema"));
        List<ApiResponse> refusals = responses.entrySet().stream().filter(r -> r.getKey().startsWith("4"))
                .map(r -> response(api, r.getValue())).toList();
        assertFalse(refusals.isEmpty(), () -> endpoint + ": no 4xx response");
        refusals.forEach(r -> assertEquals(Set.of("application/problem+json"), r.getContent().keySet(),
                () -> endpoint + ": a refusal that is not a problem"));
        refusals.forEach(r -> assertEquals(PROBLEM, r.getContent().get("application/problem+json").getSchema().get$ref(),
                () -> endpoint + ": a refusal with another schema than the problem"));
        secured(api, endpoint, operation);
    }

    /**
     * /api/v1/idm/ authenticates by TLS client certificate only, which OpenAPI 3.0 cannot name: those
     * operations, and only those, carry the tag {@code idm} and no HTTP credentials. Everything else
     * is HTTP Basic, but activation.
     */
    private static void secured(OpenAPI api, ResourceMethods.Endpoint endpoint, Operation operation) {
        boolean idm = endpoint.path().startsWith("/api/v1/idm/");
        assertEquals(idm, operation.getTags().contains(IDM_TAG), () -> endpoint + ": tag " + IDM_TAG);
        var security = operation.getSecurity() == null ? api.getSecurity() : operation.getSecurity();
        boolean basic = security.stream().anyMatch(requirement -> requirement.containsKey("basicAuth"));
        boolean open = endpoint.path().equals("/api/v1/activation");
        assertEquals(!idm && !open, basic, () -> endpoint + ": HTTP Basic");
    }

    private static ApiResponse response(OpenAPI api, ApiResponse response) {
        if (response.get$ref() == null) {
            return response;
        }
        String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
        return api.getComponents().getResponses().get(name);
    }

    private OpenAPI document() {
        return parse(fetch("/openapi", "application/json"));
    }

    private String fetch(String path, String accept) {
        var answer = anonymous.get(path, "Accept", accept);
        assertEquals(200, answer.status(), answer::toString);
        return answer.text();
    }

    /** Fails with the validator's messages unless the document is valid OpenAPI. */
    private static OpenAPI parse(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
        assertEquals(List.of(), result.getMessages() == null ? List.of() : result.getMessages());
        assertNotNull(result.getOpenAPI());
        return result.getOpenAPI();
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Enum<?>> enumClass(String name) {
        try {
            return (Class<? extends Enum<?>>) Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
