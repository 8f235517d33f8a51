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

    private static void assertNoCertificates(Fixtures.Organisation org, Fixtures.User user) {
        assertEquals(0, org.admin().get(org.certificates(user)).json().getInt("total"));
    }

    @Test
    void onlyAUserAdministratorMayOrder() {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Ulla User");
        var orgAdminOnly = fixtures.user(org, "Otto Orgadmin", "ORGANISATION_ADMINISTRATOR");
        user.api().post(org.certificates(user), order("USER_LOGIN", "BROWSER", false))
                .assertRefused(403, "permission-missing");
        orgAdminOnly.api().post(org.certificates(user), order("USER_LOGIN", "BROWSER", false))
                .assertRefused(403, "permission-missing");
        assertNoCertificates(org, user);
    }

    @Test
    void anotherOrganisationsUserIsAnsweredAsNotFound() {
        var org = fixtures.organisation();
        var other = fixtures.organisation();
        var user = fixtures.user(other, "Fremmed Person");
        org.admin().post(org.users() + "/" + user.id() + "/certificates",
                order("USER_LOGIN", "BROWSER", false)).assertRefused(404, "not-found");
        org.admin().post(other.certificates(user), order("USER_LOGIN", "BROWSER", false))
                .assertRefused(404, "not-found");
        org.admin().get(other.users() + "/" + user.id()).assertRefused(404, "not-found");
        org.admin().get("/api/v1/organisations/" + other.cvr() + "/settings").assertRefused(404, "not-found");
        assertNoCertificates(other, user);
    }

    @Test
    void aUserWhoIsNotActivatedGetsNoCertificate() {
        var org = fixtures.organisation();
        var user = fixtures.createdUser(org, "Ikke Aktiveret");
        org.admin().post(org.certificates(user), order("USER_LOGIN", "BROWSER", false))
                .assertRefused(422, "user-not-activated");
        assertNoCertificates(org, user);
    }

    @Test
    void anOrganisationThatDoesNotAllowUserCertificatesGetsNone() {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Nina Nej");
        assertEquals(200, org.admin().put("/api/v1/organisations/" + org.cvr() + "/settings",
                Json.createObjectBuilder().add("userCertificatesAllowed", false).build()).status());
        ApiResponse refused = org.admin().post(org.certificates(user), order("USER_LOGIN", "BROWSER", false));
        refused.assertRefused(422, "user-certificates-not-allowed");
        assertTrue(refused.json().getString("detail").contains("organisation administrator"), refused::toString);
        assertNoCertificates(org, user);
    }

    @Test
    void onlyTheOrganisationAdministratorChangesSettings() {
        var org = fixtures.organisation();
        var userAdmin = fixtures.user(org, "Uffe Useradmin", "USER_ADMINISTRATOR");
        userAdmin.api().put("/api/v1/organisations/" + org.cvr() + "/settings",
                Json.createObjectBuilder().add("userCertificatesAllowed", false).build())
                        .assertRefused(403, "permission-missing");
        assertTrue(org.admin().get("/api/v1/organisations/" + org.cvr() + "/settings").json()
                .getBoolean("userCertificatesAllowed"));
    }

    @Test
    void anEmailWithDanishLettersMustBeChangedBeforeOrdering() {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Søren Ærø");
        assertEquals(200, org.admin().patch(org.users() + "/" + user.id(),
                Json.createObjectBuilder().add("email", "søren@ærø.example").build()).status());
        ApiResponse refused = org.admin().post(org.certificates(user), order("USER_LOGIN", "HARDWARE", false));
        refused.assertRefused(422, "email-not-ascii");
        assertTrue(refused.json().getString("detail").contains("Change the user's email address first"));
        assertNoCertificates(org, user);

        assertEquals(200, org.admin().patch(org.users() + "/" + user.id(),
                Json.createObjectBuilder().add("email", "soeren@aeroe.example").build()).status());
        assertEquals(201, org.admin().post(org.certificates(user), order("USER_LOGIN", "HARDWARE", false)).status());
    }

    @Test
    void theDemoUserBjornIsRefusedForHisEmail() {
        Api useradmin = anonymous.as("useradmin", Fixtures.DEMO_PASSWORD);
        var bjorn = useradmin.get("/api/v1/organisations/12345678/users?query=bj").items().getJsonObject(0);
        assertEquals("bjørn@demo.example", bjorn.getString("email"));
        useradmin.post("/api/v1/organisations/12345678/users/" + bjorn.getString("id") + "/certificates",
                order("USER_LOGIN", "BROWSER", false)).assertRefused(422, "email-not-ascii");
    }

    @Test
    void issuanceMethodMustSuitTheIdentificationMethod() {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Par Ring");
        org.admin().post(org.certificates(user), order("USER_LOGIN", "EST", false))
                .assertRefused(422, "issuance-method-not-allowed");
        org.admin().post(org.certificates(user), order("API", "BROWSER", false))
                .assertRefused(422, "issuance-method-not-allowed");
        org.admin().post(org.certificates(user), order("API", "HARDWARE", false))
                .assertRefused(422, "issuance-method-not-allowed");
        org.admin().post(org.certificates(user), order("USER_LOGIN", "CARRIER_PIGEON", false))
                .assertRefused(400, "issuance-method-unknown");
        org.admin().post(org.certificates(user), order("SMOKE_SIGNAL", "BROWSER", false))
                .assertRefused(400, "identification-method-unknown");
        org.admin().post(org.certificates(user), Json.createObjectBuilder()
                .add("type", "SERVER_CERTIFICATE").add("identificationMethod", "USER_LOGIN")
                .add("issuanceMethod", "BROWSER").build()).assertRefused(400, "certificate-type-unknown");
        org.admin().postRaw(org.certificates(user), "{\"type\":", "Content-Type", "application/json")
                .assertRefused(400, "json-malformed");
        assertNoCertificates(org, user);

        ApiResponse est = org.admin().post(org.certificates(user), order("API", "EST", false));
        assertEquals(201, est.status(), est::toString);
        assertEquals("PENDING", est.json().getString("status"));
    }

    @Test
    void aPendingOrderCanBeDeletedButNotRevoked() {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Pia Pending");
        String id = org.admin().post(org.certificates(user), order("USER_LOGIN", "BROWSER", false)).json().getString("id");
        org.admin().post(org.certificates(user) + "/" + id + "/revoke",
                Json.createObjectBuilder().add("reason", "KEY_COMPROMISE").build())
                        .assertRefused(409, "revoke-not-issued");
        assertEquals(204, org.admin().delete(org.certificates(user) + "/" + id).status());
        assertNoCertificates(org, user);
        org.admin().delete(org.certificates(user) + "/" + id).assertRefused(404, "not-found");

        String token = Mailboxes.awaitMail(mail, user.email(), id).value("Issuance token");
        user.api().postBytes("/api/v1/me/certificates/" + id + "/issue?token=" + token, new byte[0])
                .assertRefused(404, "not-found");
    }

    @Test
    void anIssuedCertificateCanBeRevokedOnceButNeverDeleted() {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Ivan Issued");
        String id = issued(org, user);
        String certificate = org.certificates(user) + "/" + id;
        org.admin().delete(certificate).assertRefused(409, "delete-not-pending");
        org.admin().post(certificate + "/revoke",
                Json.createObjectBuilder().add("reason", "STOLEN").build())
                        .assertRefused(400, "revocation-reason-unknown");
        assertEquals(200, org.admin().post(certificate + "/revoke",
                Json.createObjectBuilder().add("reason", "CESSATION_OF_OPERATION").build()).status());
        org.admin().post(certificate + "/revoke",
                Json.createObjectBuilder().add("reason", "KEY_COMPROMISE").build())
                        .assertRefused(409, "already-revoked");
        org.admin().delete(certificate).assertRefused(409, "delete-not-pending");
        assertEquals("CESSATION_OF_OPERATION", org.admin().get(certificate).json().getString("revocationReason"));
    }

    @Test
    void theIssuanceLinkWorksOnlyForItsUserWithItsTokenAndMethod() {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Tina Token");
        var colleague = fixtures.user(org, "Kurt Kollega");
        String id = org.admin().post(org.certificates(user), order("USER_LOGIN", "HARDWARE", false)).json().getString("id");
        String token = Mailboxes.awaitMail(mail, user.email(), id).value("Issuance token");
        String issue = "/api/v1/me/certificates/" + id + "/issue?token=";
        byte[] csr = Csrs.der(Csrs.rsa(3072));

        colleague.api().postBytes(issue + token, csr, "Content-Type", "application/pkcs10")
                .assertRefused(404, "not-found");
        user.api().postBytes(issue + "wrong" + token, csr, "Content-Type", "application/pkcs10")
                .assertRefused(422, "issuance-link-invalid");
        user.api().postBytes("/api/v1/me/certificates/" + id + "/issue", csr,
                "Content-Type", "application/pkcs10").assertRefused(400, "token-required");
        user.api().postBytes(issue + token, new byte[0]).assertRefused(400, "issuance-method-mismatch");
        user.api().postBytes(issue + token, csr, "Content-Type", "application/json")
                .assertRefused(400, "csr-content-type");
        anonymous.postBytes(issue + token, csr, "Content-Type", "application/pkcs10")
                .assertRefused(401, "login-required");
        assertEquals("PENDING", user.api().get("/api/v1/me/certificates/" + id).json().getString("status"));
    }

    @Test
    void weakOrForgedCsrsAreRefused() {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Walther Weak");
        String id = org.admin().post(org.certificates(user), order("USER_LOGIN", "HARDWARE", false)).json().getString("id");
        String token = Mailboxes.awaitMail(mail, user.email(), id).value("Issuance token");
        String issue = "/api/v1/me/certificates/" + id + "/issue?token=" + token;

        user.api().postBytes(issue, Csrs.der(Csrs.rsa(2048)), "Content-Type", "application/pkcs10")
                .assertRefused(400, "csr-key-size");
        user.api().postBytes(issue, Csrs.tampered(Csrs.rsa(3072)), "Content-Type", "application/pkcs10")
                .assertRefused(400, "csr-signature-invalid");
        user.api().postBytes(issue, "not a csr".getBytes(), "Content-Type", "application/pkcs10")
                .assertRefused(400, "csr-malformed");
        assertEquals("PENDING", user.api().get("/api/v1/me/certificates/" + id).json().getString("status"));
        assertEquals(200, user.api().postBytes(issue, Csrs.der(Csrs.ec("secp384r1")),
                "Content-Type", "application/pkcs10").status());
    }

    @Test
    void everyCallNeedsAValidLogin() {
        anonymous.get("/api/v1/me").assertRefused(401, "login-required");
        anonymous.as("useradmin", "wrong-password").get("/api/v1/me").assertRefused(401, "login-failed");
        anonymous.as("carol", Fixtures.DEMO_PASSWORD).get("/api/v1/me").assertRefused(401, "login-failed");
        anonymous.get("/api/v1/organisations/12345678/users").assertRefused(401, "login-required");
        assertTrue(anonymous.get("/api/v1/me").headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        anonymous.as("alice", Fixtures.DEMO_PASSWORD).get("/api/v1/no-such-thing").assertRefused(404, "not-found");
        anonymous.get("/no-such-page").assertRefused(404, "not-found");
    }

    private String issued(Fixtures.Organisation org, Fixtures.User user) {
        String id = org.admin().post(org.certificates(user), order("USER_LOGIN", "BROWSER", false)).json().getString("id");
        String token = Mailboxes.awaitMail(mail, user.email(), id).value("Issuance token");
        ApiResponse issued = user.api().postBytes("/api/v1/me/certificates/" + id + "/issue?token=" + token, new byte[0]);
        assertEquals(200, issued.status(), issued::toString);
        return id;
    }
}
