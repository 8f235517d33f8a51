package dk.segl.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The local IdM API over mutual TLS: the IdM system, presenting its system certificate, manages
 * its own organisation's users and their certificates, enrols them over EST, and revokes them;
 * every other caller is refused with the rule named.
 */
class IdmApiIT extends SeglIT {

    private static final String USERS = "/api/v1/idm/users";

    private MutualTls tls;
    private Fixtures.Organisation organisation;
    private Fixtures.User idm;
    private KeyStore systemKey;
    private Api system;

    @BeforeEach
    void organisationWithIdmSystem() throws Exception {
        tls = new MutualTls(anonymous);
        organisation = fixtures.organisation();
        idm = fixtures.user(organisation, "Ida Em System", "IDM_SYSTEM");
        systemKey = tls.systemCertificate(organisation, idm);
        system = tls.https(systemKey);
    }

    @Test
    void anIdmSystemCreatesAUserOrdersEnrolsOverEstAndRevokes() throws Exception {
        JsonObject user = created("Ada Api");
        assertEquals("ACTIVATED", user.getString("status"), "the IdM system has identified the user");
        assertEquals(organisation.cvr(), user.getString("organisationCvr"));
        String certificates = USERS + "/" + user.getString("id") + "/certificates";

        ApiResponse ordered = system.post(certificates, Fixtures.order("API", "EST", false));
        assertEquals(201, ordered.status(), ordered::toString);
        assertEquals("PENDING", ordered.json().getString("status"));
        assertEquals(idm.login(), ordered.json().getString("orderedBy"));

        KeyPair key = Csrs.ec("secp256r1");
        X509Certificate enrolled = MutualTls.only(tls.est(systemKey)
                .simpleEnroll(false, Csrs.naming(user.getString("id"), key), null));
        assertArrayEquals(key.getPublic().getEncoded(), enrolled.getPublicKey().getEncoded());

        ApiResponse listed = system.get(certificates);
        assertEquals(200, listed.status(), listed::toString);
        JsonObject line = listed.items().getJsonObject(0);
        assertEquals("ISSUED", line.getString("status"));
        assertEquals(enrolled.getSerialNumber(), new java.math.BigInteger(line.getString("serialNumber"), 16));
        String adminPath = organisation.users() + "/" + user.getString("id") + "/certificates";
        assertEquals(organisation.admin().get(adminPath).json(), listed.json(),
                "the IdM API answers what /api/v1 answers the administrator");

        ApiResponse revoked = system.post(certificates + "/" + line.getString("id") + "/revoke",
                Json.createObjectBuilder().add("reason", "KEY_COMPROMISE").build());
        assertEquals(200, revoked.status(), revoked::toString);
        assertEquals("REVOKED", revoked.json().getString("status"));
        X509CRL delta = await().atMost(Duration.ofSeconds(30)).until(
                () -> Certificates.crl(anonymous.get("/crl/issuing-delta.crl").body()),
                crl -> crl.getRevokedCertificate(enrolled.getSerialNumber()) != null);
        assertNotNull(delta.getRevokedCertificate(enrolled.getSerialNumber()));

        // The revocation is the user's first mail from Segl: no activation mail came before it.
        String email = user.getString("email");
        Mailboxes.awaitMail(mail, email, line.getString("serialNumber"));
        assertEquals(1, Mailboxes.to(mail, email, "").size(), () -> Mailboxes.to(mail, email, "").toString());
    }

    @Test
    void anIdmSystemListsUpdatesAndDeletesItsOrganisationsUsers() {
        JsonObject user = created("Bo Before");
        String path = USERS + "/" + user.getString("id");

        ApiResponse renamed = system.patch(path, Json.createObjectBuilder().add("name", "Bo After").build());
        assertEquals(200, renamed.status(), renamed::toString);
        assertEquals("Bo After", renamed.json().getString("name"));
        ApiResponse listed = system.get(USERS + "?query=bo%20after");
        assertEquals(200, listed.status(), listed::toString);
        assertEquals(List.of(user.getString("id")), listed.items().stream()
                .map(u -> u.asJsonObject().getString("id")).toList());

        assertEquals(204, system.delete(path).status());
        system.get(path).assertRefused(404, "not-found");
        organisation.admin().get(organisation.users() + "/" + user.getString("id")).assertRefused(404, "not-found");
    }

    @Test
    void refusals() throws Exception {
        JsonObject own = created("Olga Own");
        String ownCertificates = USERS + "/" + own.getString("id") + "/certificates";
        Fixtures.Organisation other = fixtures.organisation();
        Fixtures.User stranger = fixtures.user(other, "Stranger Danger");
        String strangersCertificates = USERS + "/" + stranger.id() + "/certificates";
        ApiResponse strangersOrder = other.admin().post(other.certificates(stranger), Fixtures.order("API", "EST", false));
        assertEquals(201, strangersOrder.status(), strangersOrder::toString);
        String strangersIssued = strangersCertificates + "/" + strangersOrder.json().getString("id");
        Api noCertificate = tls.https(null);
        Api revokedSystem = tls.https(revokedSystemCertificate());
        Api usersOwn = tls.https(userCertificate());
        JsonObject revocation = Json.createObjectBuilder().add("reason", "KEY_COMPROMISE").build();

        record Case(String name, Supplier<ApiResponse> call, int status, String rule) {
        }
        List<Case> cases = List.of(
                new Case("plain HTTP", () -> anonymous.get(USERS), 403, "idm-api-https-required"),
                new Case("plain HTTP with the IdM system's password",
                        () -> anonymous.as(idm.login(), Fixtures.PASSWORD).get(USERS), 403, "idm-api-https-required"),
                new Case("no client certificate", () -> noCertificate.get(USERS), 401, "idm-api-certificate-required"),
                new Case("the IdM system's password instead of its certificate",
                        () -> noCertificate.as(idm.login(), Fixtures.PASSWORD).get(USERS), 401,
                        "idm-api-certificate-required"),
                new Case("the IdM system's password on /api/v1, which is EST's secret only",
                        () -> anonymous.as(idm.login(), Fixtures.PASSWORD).get(organisation.users()), 403,
                        "idm-system-password-est-only"),
                new Case("a revoked system certificate", () -> revokedSystem.get(USERS), 401,
                        "system-certificate-invalid"),
                new Case("a user's certificate, not a system certificate", () -> usersOwn.get(USERS), 401,
                        "system-certificate-invalid"),
                new Case("another organisation's user", () -> system.get(USERS + "/" + stranger.id()), 404,
                        "not-found"),
                new Case("editing another organisation's user", () -> system.patch(USERS + "/" + stranger.id(),
                        Json.createObjectBuilder().add("name", "Taken Over").build()), 404, "not-found"),
                new Case("deleting another organisation's user", () -> system.delete(USERS + "/" + stranger.id()),
                        404, "not-found"),
                new Case("another organisation's user's certificates", () -> system.get(strangersCertificates), 404,
                        "not-found"),
                new Case("ordering for another organisation's user",
                        () -> system.post(strangersCertificates, Fixtures.order("API", "EST", false)), 404, "not-found"),
                new Case("revoking another organisation's certificate",
                        () -> system.post(strangersIssued + "/revoke", revocation), 404, "not-found"),
                new Case("an order a person must follow by mail",
                        () -> system.post(ownCertificates, Fixtures.order("USER_LOGIN", "BROWSER", false)), 403,
                        "permission-missing"),
                new Case("granting a role", () -> system.post(USERS, newUser("Rolf Role")
                        .add("roles", Json.createArrayBuilder().add("USER_ADMINISTRATOR")).build()), 403,
                        "role-not-grantable"));
        assertAll(cases.stream().map(c -> () -> {
            ApiResponse answer = c.call().get();
            // rule() also checks that the answer is application/problem+json.
            assertEquals(List.of(c.status(), c.rule()), List.of(answer.status(), answer.rule()),
                    c.name() + ": " + answer);
        }));
        // Nothing the refused calls asked for happened in the other organisation.
        assertEquals("Stranger Danger", other.admin().get(other.users() + "/" + stranger.id()).json().getString("name"));
        assertEquals("PENDING", other.admin().get(other.certificates(stranger)).items().getJsonObject(0)
                .getString("status"));
    }

    private JsonObject created(String name) {
        ApiResponse created = system.post(USERS, newUser(name).build());
        assertEquals(201, created.status(), created::toString);
        assertTrue(created.headers().firstValue("Location").orElse("")
                .endsWith(USERS + "/" + created.json().getString("id")), created::toString);
        return created.json();
    }

    private jakarta.json.JsonObjectBuilder newUser(String name) {
        String login = name.toLowerCase().replaceAll("[^a-z]", "") + "-" + System.nanoTime();
        return Json.createObjectBuilder().add("loginName", login).add("name", name).add("email", login + "@it.example");
    }

    /** A second system certificate of the IdM system, which the organisation administrator has revoked. */
    private KeyStore revokedSystemCertificate() throws Exception {
        KeyStore revoked = tls.systemCertificate(organisation, idm);
        String systemCertificates = MutualTls.systemCertificates(organisation, idm);
        String serial = ((X509Certificate) revoked.getCertificate("client")).getSerialNumber().toString(16);
        ApiResponse answer = organisation.admin().post(systemCertificates + "/" + serial + "/revoke",
                Json.createObjectBuilder().add("reason", "KEY_COMPROMISE").build());
        assertEquals(200, answer.status(), answer::toString);
        return revoked;
    }

    /** A user's own current certificate and key, enrolled over EST: it chains to Segl but is no system's. */
    private KeyStore userCertificate() throws Exception {
        String userId = created("Uma User").getString("id");
        ApiResponse ordered = system.post(USERS + "/" + userId + "/certificates", Fixtures.order("API", "EST", false));
        assertEquals(201, ordered.status(), ordered::toString);
        KeyPair key = Csrs.ec("secp256r1");
        return tls.keyStore(key, MutualTls.only(tls.est(systemKey).simpleEnroll(false, Csrs.naming(userId, key), null)));
    }
}
