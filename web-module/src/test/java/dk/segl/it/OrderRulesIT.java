package dk.segl.it;

import static dk.segl.it.Fixtures.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

/**
 * Every rule of ordering, issuing, deleting and revoking, one test per refusal, each asserting
 * the HTTP status and the rule the problem+json answer names — and that nothing was written.
 */
class OrderRulesIT extends SeglIT {


    private static String certificates(Fixtures.Organisation org, Fixtures.User user) {
        return org.users() + "/" + user.id() + "/certificates";
    }

    private static void assertRefused(ApiResponse response, int status, String rule) {
        assertEquals(status, response.status(), response::toString);
        assertEquals(rule, response.rule(), response::toString);
        assertTrue(response.json().getString("detail").length() > 10, response::toString);
    }

    private static void assertNoCertificates(Fixtures.Organisation org, Fixtures.User user) {
        assertEquals(0, org.admin().get(certificates(org, user)).json().getInt("total"));
    }

    @Test
    void onlyAUserAdministratorMayOrder() {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Ulla User");
        var orgAdminOnly = fixtures.user(org, "Otto Orgadmin", "ORGANISATION_ADMINISTRATOR");
        assertRefused(user.api().post(certificates(org, user), order("USER_LOGIN", "BROWSER", false)),
                403, "role-user-administrator");
        assertRefused(orgAdminOnly.api().post(certificates(org, user), order("USER_LOGIN", "BROWSER", false)),
                403, "role-user-administrator");
        assertNoCertificates(org, user);
    }

    @Test
    void anotherOrganisationsUserIsAnsweredAsNotFound() {
        var org = fixtures.organisation();
        var other = fixtures.organisation();
        var user = fixtures.user(other, "Fremmed Person");
        assertRefused(org.admin().post(org.users() + "/" + user.id() + "/certificates",
                order("USER_LOGIN", "BROWSER", false)), 404, "not-found");
        assertRefused(org.admin().post(certificates(other, user), order("USER_LOGIN", "BROWSER", false)),
                404, "not-found");
        assertRefused(org.admin().get(other.users() + "/" + user.id()), 404, "not-found");
        assertRefused(org.admin().get("/api/v1/organisations/" + other.cvr() + "/settings"), 404, "not-found");
        assertNoCertificates(other, user);
    }

    @Test
    void aUserWhoIsNotActivatedGetsNoCertificate() {
        var org = fixtures.organisation();
        var user = fixtures.createdUser(org, "Ikke Aktiveret");
        assertRefused(org.admin().post(certificates(org, user), order("USER_LOGIN", "BROWSER", false)),
                422, "user-not-activated");
        assertNoCertificates(org, user);
    }

    @Test
    void anOrganisationThatDoesNotAllowUserCertificatesGetsNone() {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Nina Nej");
        assertEquals(200, org.admin().put("/api/v1/organisations/" + org.cvr() + "/settings",
                Json.createObjectBuilder().add("userCertificatesAllowed", false).build()).status());
        ApiResponse refused = org.admin().post(certificates(org, user), order("USER_LOGIN", "BROWSER", false));
        assertRefused(refused, 422, "user-certificates-not-allowed");
        assertTrue(refused.json().getString("detail").contains("organisation administrator"), refused::toString);
        assertNoCertificates(org, user);
    }

    @Test
    void onlyTheOrganisationAdministratorChangesSettings() {
        var org = fixtures.organisation();
        var userAdmin = fixtures.user(org, "Uffe Useradmin", "USER_ADMINISTRATOR");
        assertRefused(userAdmin.api().put("/api/v1/organisations/" + org.cvr() + "/settings",
                Json.createObjectBuilder().add("userCertificatesAllowed", false).build()),
                403, "role-organisation-administrator");
        assertTrue(org.admin().get("/api/v1/organisations/" + org.cvr() + "/settings").json()
                .getBoolean("userCertificatesAllowed"));
    }

    @Test
    void anEmailWithDanishLettersMustBeChangedBeforeOrdering() {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Søren Ærø");
        assertEquals(200, org.admin().patch(org.users() + "/" + user.id(),
                Json.createObjectBuilder().add("email", "søren@ærø.example").build()).status());
        ApiResponse refused = org.admin().post(certificates(org, user), order("USER_LOGIN", "HARDWARE", false));
        assertRefused(refused, 422, "email-not-ascii");
        assertTrue(refused.json().getString("detail").contains("Change the user's email address first"));
        assertNoCertificates(org, user);

        assertEquals(200, org.admin().patch(org.users() + "/" + user.id(),
                Json.createObjectBuilder().add("email", "soeren@aeroe.example").build()).status());
        assertEquals(201, org.admin().post(certificates(org, user), order("USER_LOGIN", "HARDWARE", false)).status());
    }

    @Test
    void theDemoUserBjornIsRefusedForHisEmail() {
        Api useradmin = anonymous.as("useradmin", Fixtures.DEMO_PASSWORD);
        var bjorn = useradmin.get("/api/v1/organisations/12345678/users?query=bj").items().getJsonObject(0);
        assertEquals("bjørn@demo.example", bjorn.getString("email"));
        assertRefused(useradmin.post("/api/v1/organisations/12345678/users/" + bjorn.getString("id") + "/certificates",
                order("USER_LOGIN", "BROWSER", false)), 422, "email-not-ascii");
    }

    @Test
    void issuanceMethodMustSuitTheIdentificationMethod() {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Par Ring");
        assertRefused(org.admin().post(certificates(org, user), order("USER_LOGIN", "EST", false)),
                422, "issuance-method-not-allowed");
        assertRefused(org.admin().post(certificates(org, user), order("API", "BROWSER", false)),
                422, "issuance-method-not-allowed");
        assertRefused(org.admin().post(certificates(org, user), order("API", "HARDWARE", false)),
                422, "issuance-method-not-allowed");
        assertRefused(org.admin().post(certificates(org, user), order("USER_LOGIN", "CARRIER_PIGEON", false)),
                400, "issuance-method-unknown");
        assertRefused(org.admin().post(certificates(org, user), order("SMOKE_SIGNAL", "BROWSER", false)),
                400, "identification-method-unknown");
        assertRefused(org.admin().post(certificates(org, user), Json.createObjectBuilder()
                .add("type", "SERVER_CERTIFICATE").add("identificationMethod", "USER_LOGIN")
                .add("issuanceMethod", "BROWSER").build()), 400, "certificate-type-unknown");
        assertRefused(org.admin().postRaw(certificates(org, user), "{\"type\":", "Content-Type", "application/json"),
                400, "json-malformed");
        assertNoCertificates(org, user);

        ApiResponse est = org.admin().post(certificates(org, user), order("API", "EST", false));
        assertEquals(201, est.status(), est::toString);
        assertEquals("PENDING", est.json().getString("status"));
    }

    @Test
    void aPendingOrderCanBeDeletedButNotRevoked() {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Pia Pending");
        String id = org.admin().post(certificates(org, user), order("USER_LOGIN", "BROWSER", false)).json().getString("id");
        assertRefused(org.admin().post(certificates(org, user) + "/" + id + "/revoke",
                Json.createObjectBuilder().add("reason", "KEY_COMPROMISE").build()), 409, "revoke-not-issued");
        assertEquals(204, org.admin().delete(certificates(org, user) + "/" + id).status());
        assertNoCertificates(org, user);
        assertRefused(org.admin().delete(certificates(org, user) + "/" + id), 404, "not-found");

        String token = Mailboxes.awaitMail(mail, user.email(), id).value("Issuance token");
        assertRefused(user.api().postBytes("/api/v1/me/certificates/" + id + "/issue?token=" + token, new byte[0]),
                404, "not-found");
    }

    @Test
    void anIssuedCertificateCanBeRevokedOnceButNeverDeleted() {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Ivan Issued");
        String id = issued(org, user);
        String certificate = certificates(org, user) + "/" + id;
        assertRefused(org.admin().delete(certificate), 409, "delete-not-pending");
        assertRefused(org.admin().post(certificate + "/revoke",
                Json.createObjectBuilder().add("reason", "STOLEN").build()), 400, "revocation-reason-unknown");
        assertEquals(200, org.admin().post(certificate + "/revoke",
                Json.createObjectBuilder().add("reason", "CESSATION_OF_OPERATION").build()).status());
        assertRefused(org.admin().post(certificate + "/revoke",
                Json.createObjectBuilder().add("reason", "KEY_COMPROMISE").build()), 409, "already-revoked");
        assertRefused(org.admin().delete(certificate), 409, "delete-not-pending");
        assertEquals("CESSATION_OF_OPERATION", org.admin().get(certificate).json().getString("revocationReason"));
    }

    @Test
    void theIssuanceLinkWorksOnlyForItsUserWithItsTokenAndMethod() {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Tina Token");
        var colleague = fixtures.user(org, "Kurt Kollega");
        String id = org.admin().post(certificates(org, user), order("USER_LOGIN", "HARDWARE", false)).json().getString("id");
        String token = Mailboxes.awaitMail(mail, user.email(), id).value("Issuance token");
        String issue = "/api/v1/me/certificates/" + id + "/issue?token=";
        byte[] csr = Csrs.der(Csrs.rsa(3072));

        assertRefused(colleague.api().postBytes(issue + token, csr, "Content-Type", "application/pkcs10"), 404, "not-found");
        assertRefused(user.api().postBytes(issue + "wrong" + token, csr, "Content-Type", "application/pkcs10"),
                422, "issuance-link-invalid");
        assertRefused(user.api().postBytes("/api/v1/me/certificates/" + id + "/issue", csr,
                "Content-Type", "application/pkcs10"), 400, "token-required");
        assertRefused(user.api().postBytes(issue + token, new byte[0]), 400, "issuance-method-mismatch");
        assertRefused(user.api().postBytes(issue + token, csr, "Content-Type", "application/json"),
                400, "csr-content-type");
        assertRefused(anonymous.postBytes(issue + token, csr, "Content-Type", "application/pkcs10"), 401, "login-required");
        assertEquals("PENDING", user.api().get("/api/v1/me/certificates/" + id).json().getString("status"));
    }

    @Test
    void weakOrForgedCsrsAreRefused() {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Walther Weak");
        String id = org.admin().post(certificates(org, user), order("USER_LOGIN", "HARDWARE", false)).json().getString("id");
        String token = Mailboxes.awaitMail(mail, user.email(), id).value("Issuance token");
        String issue = "/api/v1/me/certificates/" + id + "/issue?token=" + token;

        assertRefused(user.api().postBytes(issue, Csrs.der(Csrs.rsa(2048)), "Content-Type", "application/pkcs10"),
                400, "csr-key-size");
        assertRefused(user.api().postBytes(issue, Csrs.tampered(Csrs.rsa(3072)), "Content-Type", "application/pkcs10"),
                400, "csr-signature-invalid");
        assertRefused(user.api().postBytes(issue, "not a csr".getBytes(), "Content-Type", "application/pkcs10"),
                400, "csr-malformed");
        assertEquals("PENDING", user.api().get("/api/v1/me/certificates/" + id).json().getString("status"));
        assertEquals(200, user.api().postBytes(issue, Csrs.der(Csrs.ec("secp384r1")),
                "Content-Type", "application/pkcs10").status());
    }

    @Test
    void everyCallNeedsAValidLogin() {
        assertRefused(anonymous.get("/api/v1/me"), 401, "login-required");
        assertRefused(anonymous.as("useradmin", "wrong-password").get("/api/v1/me"), 401, "login-failed");
        assertRefused(anonymous.as("carol", Fixtures.DEMO_PASSWORD).get("/api/v1/me"), 401, "login-failed");
        assertRefused(anonymous.get("/api/v1/organisations/12345678/users"), 401, "login-required");
        assertTrue(anonymous.get("/api/v1/me").headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertRefused(anonymous.as("alice", Fixtures.DEMO_PASSWORD).get("/api/v1/no-such-thing"), 404, "not-found");
        assertRefused(anonymous.get("/no-such-page"), 404, "not-found");
    }

    private String issued(Fixtures.Organisation org, Fixtures.User user) {
        String id = org.admin().post(certificates(org, user), order("USER_LOGIN", "BROWSER", false)).json().getString("id");
        String token = Mailboxes.awaitMail(mail, user.email(), id).value("Issuance token");
        ApiResponse issued = user.api().postBytes("/api/v1/me/certificates/" + id + "/issue?token=" + token, new byte[0]);
        assertEquals(200, issued.status(), issued::toString);
        return id;
    }
}
