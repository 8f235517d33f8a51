package dk.segl.it;

import static dk.segl.it.Fixtures.order;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Segl certifies only what it verified, for whom it verified it (issue 8): a compromised key is
 * never certified again, a key belongs to one holder, the holder's values are fixed when the order
 * is placed, and who may change whom is one table of permissions. Each refusal is checked through
 * REST with its status and rule, and that it changed nothing.
 */
class TrustIT extends SeglIT {

    private String status(Fixtures.Organisation org, Fixtures.User user, String id) {
        return org.admin().get(org.certificates(user) + "/" + id).json().getString("status");
    }

    @Test
    void aKeyRevokedAsCompromisedIsNeverCertifiedAgainForAnyone() {
        var org = fixtures.organisation();
        var other = fixtures.organisation();
        var alice = fixtures.user(org, "Alice Kompromitteret");
        var bob = fixtures.user(other, "Bob Bruger");
        KeyPair stolen = Csrs.rsa(3072);

        var first = fixtures.ordered(org, alice, order("USER_LOGIN", "HARDWARE", false));
        assertEquals(200, fixtures.issue(alice, first, stolen).status());
        ApiResponse revoked = org.admin().post(org.certificates(alice) + "/" + first.id() + "/revoke",
                Json.createObjectBuilder().add("reason", "KEY_COMPROMISE").build());
        assertEquals(200, revoked.status(), revoked::toString);

        var again = fixtures.ordered(org, alice, order("USER_LOGIN", "HARDWARE", false));
        fixtures.issue(alice, again, stolen).assertRefused(422, "key-compromised");
        assertEquals("PENDING", status(org, alice, again.id()));
        var elsewhere = fixtures.ordered(other, bob, order("USER_LOGIN", "HARDWARE", false));
        fixtures.issue(bob, elsewhere, stolen).assertRefused(422, "key-compromised");
        assertEquals("PENDING", status(other, bob, elsewhere.id()));
        assertEquals(200, fixtures.issue(bob, elsewhere, Csrs.rsa(3072)).status(), "a new key is fine");
    }

    @Test
    void aKeyIsCertifiedForOneHolderOnly() {
        var org = fixtures.organisation();
        var alice = fixtures.user(org, "Alice Nøgle");
        var carl = fixtures.user(org, "Carl Kopi");
        KeyPair shared = Csrs.ec("secp256r1");
        assertEquals(200, fixtures.issue(alice, fixtures.ordered(org, alice, order("USER_LOGIN", "HARDWARE", false)), shared).status());
        var copy = fixtures.ordered(org, carl, order("USER_LOGIN", "HARDWARE", false));
        fixtures.issue(carl, copy, shared).assertRefused(422, "key-certified-for-another-holder");
        assertEquals("PENDING", status(org, carl, copy.id()));
    }

    @Test
    void aNameOrEmailChangeWithdrawsThePendingOrderAndNothingUnverifiedIsSigned() {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Dorte Før");
        var ordered = fixtures.ordered(org, user, order("USER_LOGIN", "HARDWARE", false));
        ApiResponse renamed = org.admin().patch(org.users() + "/" + user.id(),
                Json.createObjectBuilder().add("name", "Dorte Efter").build());
        assertEquals(200, renamed.status(), renamed::toString);

        assertEquals("WITHDRAWN", status(org, user, ordered.id()));
        fixtures.issue(user, ordered, Csrs.rsa(3072)).assertRefused(409, "order-withdrawn");

        var fresh = fixtures.ordered(org, user, order("USER_LOGIN", "HARDWARE", false));
        ApiResponse issued = fixtures.issue(user, fresh, Csrs.rsa(3072));
        assertEquals(200, issued.status(), issued::toString);
        X509Certificate certificate = Certificates.chain(issued.body()).get(0);
        assertEquals(true, certificate.getSubjectX500Principal().getName().contains("CN=Dorte Efter"),
                certificate.getSubjectX500Principal()::getName);
    }

    @Test
    void namesThatCannotBeShownAsTheyAreAreRefused() {
        var org = fixtures.organisation();
        org.admin().post(org.users(), Json.createObjectBuilder().add("loginName", "spoof-" + org.cvr())
                .add("name", "Alice \u202Enesredna").add("email", "spoof-" + org.cvr() + "@it.example").build())
                        .assertRefused(400, "user-name");
        org.admin().post(org.users(), Json.createObjectBuilder().add("loginName", "crlf-" + org.cvr())
                .add("name", "Alice").add("email", "crlf@it.example\r\nBcc: x@evil.example").build())
                        .assertRefused(400, "email-format");

        var longName = fixtures.user(org, "Anne " + "Ø".repeat(65));
        org.admin().post(org.certificates(longName), order("USER_LOGIN", "BROWSER", false))
                .assertRefused(422, "name-too-long-for-certificate");
        assertEquals(0, org.admin().get(org.certificates(longName)).json().getInt("total"));
    }

    @Test
    void aUserAdministratorCannotChangeAnOrganisationAdministratorOrTheirOwnRoles() {
        var org = fixtures.organisation();
        var userAdmin = fixtures.user(org, "Ulrik Brugeradmin", "USER_ADMINISTRATOR");
        var orgAdmin = fixtures.user(org, "Olga Orgadmin", "ORGANISATION_ADMINISTRATOR");
        String olga = org.users() + "/" + orgAdmin.id();

        userAdmin.api().patch(olga, Json.createObjectBuilder().add("name", "Olga Omdøbt").build())
                .assertRefused(403, "administrator-protected");
        userAdmin.api().patch(olga, Json.createObjectBuilder().add("email", "evil@it.example").build())
                .assertRefused(403, "administrator-protected");
        userAdmin.api().delete(olga).assertRefused(403, "administrator-protected");
        assertEquals("Olga Orgadmin", org.admin().get(olga).json().getString("name"));

        userAdmin.api().patch(org.users() + "/" + userAdmin.id(), Json.createObjectBuilder()
                .add("roles", Json.createArrayBuilder().add("USER_ADMINISTRATOR").add("IDM_SYSTEM")).build())
                        .assertRefused(403, "own-roles");
        assertEquals(1, org.admin().get(org.users() + "/" + userAdmin.id()).json().getJsonArray("roles").size());
    }

    @Test
    void theCsvImportAnswersLikeEveryOtherEndpoint() {
        var org = fixtures.organisation();
        var other = fixtures.organisation();
        var plain = fixtures.user(org, "Pia Plain");
        String csv = "name,email,loginName,roles\nIngen Adgang,ingen-" + org.cvr() + "@it.example,ingen-" + org.cvr() + ",\n";
        org.admin().postRaw("/api/v1/organisations/" + other.cvr() + "/users/import", csv,
                "Content-Type", "text/csv").assertRefused(404, "not-found");
        plain.api().postRaw(org.users() + "/import", csv, "Content-Type", "text/csv")
                .assertRefused(403, "permission-missing");
        assertEquals(0, org.admin().get(org.users() + "?query=ingen-" + org.cvr()).json().getInt("total"));
    }

    @Test
    void serialNumbersHaveOneTextForm() {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Sigurd Serienummer");
        var ordered = fixtures.ordered(org, user, order("USER_LOGIN", "HARDWARE", false));
        X509Certificate certificate = Certificates.chain(fixtures.issue(user, ordered, Csrs.rsa(3072)).body()).get(0);
        String listed = org.admin().get(org.certificates(user) + "/" + ordered.id()).json().getString("serialNumber");
        assertEquals(String.format("%040X", certificate.getSerialNumber()), listed);
        assertEquals(40, listed.length());
    }

    /**
     * Two holders' orders racing to certify the same new key: at most one certificate, and the other
     * is refused by a rule (the race's loser is told to look again), never a 500. Several rounds,
     * because a single round may not meet in the window.
     */
    @Test
    void twoOrdersRacingForOneNewKeyCertifyItOnce() {
        var org = fixtures.organisation();
        for (int round = 0; round < 3; round++) {
            KeyPair key = Csrs.rsa(3072);
            var anna = fixtures.user(org, "Anna Kapløb");
            var bo = fixtures.user(org, "Bo Kapløb");
            var annas = fixtures.ordered(org, anna, order("USER_LOGIN", "HARDWARE", false));
            var bos = fixtures.ordered(org, bo, order("USER_LOGIN", "HARDWARE", false));
            CyclicBarrier start = new CyclicBarrier(2);
            var first = CompletableFuture.supplyAsync(() -> awaiting(start, () -> fixtures.issue(anna, annas, key)));
            var second = CompletableFuture.supplyAsync(() -> awaiting(start, () -> fixtures.issue(bo, bos, key)));
            List<ApiResponse> answers = List.of(first.join(), second.join());
            assertEquals(1, answers.stream().filter(a -> a.status() == 200).count(), answers::toString);
            ApiResponse refused = answers.stream().filter(a -> a.status() != 200).findFirst().orElseThrow();
            assertTrue(Set.of("concurrent-change", "key-certified-for-another-holder").contains(refused.rule()),
                    refused::toString);
        }
    }

    private static ApiResponse awaiting(CyclicBarrier start, Supplier<ApiResponse> call) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return call.get();
    }

    /** The metrics scraper's token, as the failsafe configuration sets it ({@code segl.metrics.token}). */
    private static final String METRICS_TOKEN = "it-metrics-token";

    private record MetricsCaller(String name, Api api, String authorization, int status, String rule) {
    }

    /**
     * Payara's /metrics is served inside Segl's application: the counters map Segl's load, pools and
     * queues, so only an operator or the configured scraper reads them, on every path under it.
     */
    @Test
    void onlyOperatorsAndTheConfiguredScraperReadTheMetrics() {
        var org = fixtures.organisation();
        List<MetricsCaller> callers = List.of(
                new MetricsCaller("anonymous", anonymous, null, 401, "login-required"),
                new MetricsCaller("a wrong bearer token", anonymous, "Bearer not-" + METRICS_TOKEN, 401, "login-failed"),
                new MetricsCaller("malformed Basic", anonymous, "Basic !!!", 401, "login-malformed"),
                new MetricsCaller("an organisation administrator", org.admin(), null, 403, "permission-missing"),
                new MetricsCaller("the operator", fixtures.operator(), null, 200, null),
                new MetricsCaller("the scraper's token", anonymous, "Bearer " + METRICS_TOKEN, 200, null));
        assertAll(callers.stream().flatMap(caller -> List.of("/metrics", "/metrics?scope=base").stream().map(path -> () -> {
            ApiResponse answer = caller.authorization() == null ? caller.api().get(path)
                    : caller.api().get(path, "Authorization", caller.authorization());
            if (caller.rule() == null) {
                assertEquals(200, answer.status(), caller.name() + " " + path + ": " + answer);
                assertTrue(answer.text().contains("jvm_uptime_seconds"), caller.name() + " " + path + ": " + answer);
            } else {
                assertEquals(caller.status(), answer.status(), caller.name() + " " + path + ": " + answer);
                answer.assertRefused(caller.status(), caller.rule());
            }
        })));
    }
}
