package dk.segl.it;

import static dk.segl.it.Fixtures.order;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
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
}
