package dk.segl.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every answer is an answer: what an attacker sends (hostile JSON bodies on every JSON endpoint,
 * oversized and malformed CSV, odd headers, wrong methods, two issue calls at once) gets a 4xx
 * problem+json naming the rule, changes nothing, and leaves no stack trace in the server's log.
 */
class HostileInputIT extends SeglIT {

    /** A hostile body and the rule that must refuse it. */
    record Hostile(String name, byte[] body, int status, String rule) {
        static Hostile of(String name, String body, int status, String rule) {
            return new Hostile(name, body.getBytes(StandardCharsets.UTF_8), status, rule);
        }

        static Hostile bytes(String name, int status, String rule, int... bytes) {
            byte[] body = new byte[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                body[i] = (byte) bytes[i];
            }
            return new Hostile(name, body, status, rule);
        }
    }

    static final List<Hostile> CORPUS = List.of(
            Hostile.of("a JSON array", "[]", 400, "json-not-object"),
            Hostile.of("an array of objects", "[{\"name\":\"x\"}]", 400, "json-not-object"),
            Hostile.of("null", "null", 400, "json-not-object"),
            Hostile.of("a string", "\"USER_ADMINISTRATOR\"", 400, "json-not-object"),
            Hostile.of("a number", "42", 400, "json-not-object"),
            Hostile.of("true", "true", 400, "json-not-object"),
            Hostile.of("no body", "", 400, "body-required"),
            Hostile.of("only whitespace", " \r\n\t ", 400, "body-required"),
            Hostile.of("a second object after the first", "{\"name\":\"a\"} {\"roles\":[\"ORGANISATION_ADMINISTRATOR\"]}", 400,
                    "json-trailing-content"),
            Hostile.of("garbage after the object", "{\"name\":\"a\"}xyz", 400, "json-trailing-content"),
            Hostile.of("an unterminated object", "{\"name\":", 400, "json-malformed"),
            Hostile.of("single quotes", "{'name':'a'}", 400, "json-malformed"),
            Hostile.of("a raw NUL inside a string", "{\"name\":\"a\u0000b\"}", 400, "json-malformed"),
            Hostile.of("a number of 5000 digits", "{\"name\":1" + "0".repeat(5000) + "}", 400, "json-malformed"),
            Hostile.of("objects nested 10,000 deep", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000), 400, "json-too-deep"),
            Hostile.of("arrays nested 30,000 deep inside an object", "{\"a\":" + "[".repeat(30_000) + "]".repeat(30_000) + "}",
                    400, "json-too-deep"),
            Hostile.of("an object over the size limit", "{\"name\":\"" + "a".repeat(70_000) + "\"}", 413, "body-too-large"),
            Hostile.of("whitespace over the size limit", " ".repeat(70_000) + "{}", 413, "body-too-large"),
            Hostile.bytes("invalid UTF-8 (0xFF)", 400, "body-not-utf8", '{', '"', 'n', '"', ':', '"', 0xff, 0xfe, '"', '}'),
            Hostile.bytes("an overlong UTF-8 slash", 400, "body-not-utf8", '{', '"', 'n', '"', ':', '"', 0xc0, 0xaf, '"', '}'),
            Hostile.bytes("a UTF-8 encoded lone surrogate", 400, "body-not-utf8", '{', '"', 'n', '"', ':', '"', 0xed, 0xa0, 0x80,
                    '"', '}'),
            Hostile.bytes("a truncated UTF-8 sequence", 400, "body-not-utf8", '{', '"', 'n', '"', ':', '"', 0xe2, 0x82, '"', '}'));

    /** A JSON endpoint, called as the one who may call it. */
    record Endpoint(String name, Api caller, String method, String path, String contentType) {
    }

    @TestFactory
    Stream<DynamicTest> everyHostileBodyOnEveryJsonEndpointGetsItsRuleAndChangesNothing() {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Hanne Hostile");
        var order = fixtures.ordered(org, user, Fixtures.order("USER_LOGIN", "BROWSER", false));
        String userPath = org.users() + "/" + user.id();
        List<Endpoint> endpoints = List.of(
                new Endpoint("create an organisation", fixtures.operator(), "POST", "/api/v1/organisations", "application/json"),
                new Endpoint("settings", org.admin(), "PUT", "/api/v1/organisations/" + org.cvr() + "/settings", "application/json"),
                new Endpoint("create a user", org.admin(), "POST", org.users(), "application/json"),
                new Endpoint("edit a user", org.admin(), "PATCH", userPath, "application/merge-patch+json"),
                new Endpoint("order a certificate", org.admin(), "POST", userPath + "/certificates", "application/json"),
                new Endpoint("revoke", org.admin(), "POST", userPath + "/certificates/" + order.id() + "/revoke", "application/json"),
                new Endpoint("activation", anonymous, "POST", "/api/v1/activation", "application/json"));
        int usersBefore = org.admin().get(org.users()).json().getInt("total");
        ServerLog log = ServerLog.capture();

        Stream<DynamicTest> corpus = endpoints.stream().flatMap(endpoint -> CORPUS.stream().map(hostile ->
                dynamicTest(endpoint.name() + ": " + hostile.name(), () -> {
                    ApiResponse answer = endpoint.caller().send(endpoint.method(), endpoint.path(), hostile.body(),
                            "Content-Type", endpoint.contentType());
                    assertEquals(hostile.status(), answer.status(), answer::toString);
                    assertEquals(hostile.rule(), answer.rule(), answer::toString);
                })));
        Stream<DynamicTest> afterwards = Stream.of(
                dynamicTest("nothing changed", () -> {
                    assertEquals(usersBefore, org.admin().get(org.users()).json().getInt("total"));
                    assertTrue(org.admin().get("/api/v1/organisations/" + org.cvr() + "/settings").json()
                            .getBoolean("userCertificatesAllowed"));
                    assertEquals(user.name(), org.admin().get(userPath).json().getString("name"));
                    assertEquals("PENDING", org.admin().get(userPath + "/certificates/" + order.id()).json().getString("status"));
                }),
                dynamicTest("no error or stack trace in the server's log", () -> assertNothingLogged(log)));
        return Stream.concat(corpus, afterwards);
    }

    @RepeatedTest(3)
    void twoSimultaneousIssueCallsOnOneOrderGiveOneCertificateAndOneConflict() throws Exception {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Tove Twice");
        var order = fixtures.ordered(org, user, Fixtures.order("USER_LOGIN", "BROWSER", false));
        String issue = "/api/v1/me/certificates/" + order.id() + "/issue?token=" + order.token();
        ServerLog log = ServerLog.capture();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<ApiResponse>> calls = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                calls.add(threads.submit(() -> {
                    start.await();
                    return user.api().postBytes(issue, new byte[0]);
                }));
            }
            List<ApiResponse> answers = new ArrayList<>();
            for (Future<ApiResponse> call : calls) {
                answers.add(call.get());
            }
            List<Integer> statuses = answers.stream().map(ApiResponse::status).sorted().toList();
            assertEquals(List.of(200, 409), statuses, answers::toString);
            ApiResponse conflict = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
            assertTrue(List.of("concurrent-change", "order-not-pending").contains(conflict.rule()), conflict::toString);
        } finally {
            threads.shutdownNow();
        }
        assertEquals("ISSUED", org.admin().get(org.users() + "/" + user.id() + "/certificates/" + order.id())
                .json().getString("status"));        assertNothingLogged(log);
    }

    /** The server logged no error and no stack trace while the log was captured (and for 3 s after). */
    private static void assertNothingLogged(ServerLog log) {
        try (log) {
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> log.errors().isEmpty());
        } finally {
            assertEquals(List.of(), log.errors());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @org.junit.jupiter.params.provider.CsvSource({
            "POST, /ca/root.cer", "PUT, /ca/issuing.cer", "DELETE, /ca/root.cer", "PATCH, /ca/nothing",
            "POST, /crl/issuing.crl", "PUT, /crl/root.crl", "DELETE, /crl/issuing.crl", "OPTIONS, /crl/issuing.crl"})
    void relyingPartyAddressesOnlyRead(String method, String path) {
        byte[] body = List.of("POST", "PUT", "PATCH").contains(method) ? "x".getBytes(StandardCharsets.UTF_8) : new byte[0];
        ApiResponse answer = anonymous.send(method, path, body, "Content-Type", "application/octet-stream");

        assertEquals(405, answer.status(), answer::toString);
        assertEquals("method-not-allowed", answer.rule());
        assertEquals("GET, HEAD", answer.headers().firstValue("Allow").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "Tue, 99 Foo 2026 25:61:61 GMT", "0", "-1", "Thu, 01 Jan 1970 00:00:00 GMT garbage"})
    void aMalformedIfModifiedSinceIsIgnoredAndTheCrlIsSent(String value) {
        ApiResponse answer = anonymous.get("/crl/issuing.crl", "If-Modified-Since", value);

        assertEquals(200, answer.status(), answer::toString);
        assertEquals("application/pkix-crl", answer.contentType());
        assertTrue(answer.body().length > 100);
    }

    @Test
    void aCsvImportOfTooManyLinesIsRefusedWholeWithOneAuditEntry() throws Exception {
        var org = fixtures.organisation();
        String csv = IntStream.rangeClosed(1, 1001).mapToObj(i -> "Bulk " + i + ",bulk" + i + "-" + org.cvr()
                + "@it.example,bulk" + i + "-" + org.cvr() + ",").collect(Collectors.joining("\n"));
        int refusalsBefore = Database.refusalsAudited(org.adminLogin());

        ApiResponse answer = importCsv(org.admin(), org, csv.getBytes(StandardCharsets.UTF_8));

        assertEquals(400, answer.status(), answer::toString);
        assertEquals("import-too-many-lines", answer.rule());
        assertEquals(refusalsBefore + 1, Database.refusalsAudited(org.adminLogin()));
        assertEquals(0, org.admin().get(org.users() + "?query=bulk1-" + org.cvr()).json().getInt("total"));
    }

    @Test
    void aCsvImportByAUserWithoutTheRoleIsRefusedOnceNotOncePerLine() throws Exception {
        var org = fixtures.organisation();
        var plain = fixtures.user(org, "Preben Plain");
        String csv = IntStream.rangeClosed(1, 25).mapToObj(i -> "Sneaky " + i + ",sneaky" + i + "@it.example,sneaky" + i
                + "-" + org.cvr() + ",ORGANISATION_ADMINISTRATOR").collect(Collectors.joining("\n"));

        ApiResponse answer = importCsv(plain.api(), org, csv.getBytes(StandardCharsets.UTF_8));

        assertEquals(403, answer.status(), answer::toString);
        assertEquals(1, Database.refusalsAudited(plain.login()));
    }

    @Test
    void aCsvImportOverTheByteLimitOrNotUtf8IsRefusedBeforeAnyLine() {
        var org = fixtures.organisation();
        String line = "Big Bertha,bertha-" + org.cvr() + "@it.example,bertha-" + org.cvr() + ",\n";
        byte[] big = (line + "#".repeat(1024 * 1024)).getBytes(StandardCharsets.UTF_8);

        ApiResponse tooLarge = importCsv(org.admin(), org, big);
        ApiResponse notUtf8 = importCsv(org.admin(), org, (line + "\u00c6").getBytes(StandardCharsets.ISO_8859_1));

        assertEquals(413, tooLarge.status(), tooLarge::toString);
        assertEquals("body-too-large", tooLarge.rule());
        assertEquals(400, notUtf8.status(), notUtf8::toString);
        assertEquals("body-not-utf8", notUtf8.rule());
        assertEquals(0, org.admin().get(org.users() + "?query=bertha-" + org.cvr()).json().getInt("total"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login.xhtml", "/api/v1/activation", "/crl/issuing.crl"})
    void noAddressReadsABodyOverTheGeneralLimit(String path) {
        ApiResponse answer = anonymous.send("POST", path, new byte[3 * 1024 * 1024],
                "Content-Type", "application/x-www-form-urlencoded");

        assertEquals(413, answer.status(), answer::toString);
        assertEquals("body-too-large", answer.rule());
    }

    private static ApiResponse importCsv(Api caller, Fixtures.Organisation org, byte[] csv) {
        return caller.send("POST", org.users() + "/import", csv, "Content-Type", "text/csv");
    }
}
