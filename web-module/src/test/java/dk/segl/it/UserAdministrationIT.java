package dk.segl.it;

import static dk.segl.it.Fixtures.order;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.security.cert.CRLReason;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Organisations and users over REST: creation, activation, search and paging, edits, roles, deletion. */
class UserAdministrationIT extends SeglIT {


    @Test
    void onlyTheOperatorCreatesOrganisationsAndEachCvrOnce() {
        var org = fixtures.organisation();
        JsonObject again = Json.createObjectBuilder().add("cvr", org.cvr()).add("name", "Twice")
                .add("administrator", Json.createObjectBuilder().add("loginName", "twice-" + org.cvr())
                        .add("name", "Twice").add("email", "twice@it.example")).build();
        ApiResponse duplicate = fixtures.operator().post("/api/v1/organisations", again);
        assertEquals(409, duplicate.status(), duplicate::toString);
        assertEquals("organisation-exists", duplicate.rule());
        ApiResponse notOperator = org.admin().post("/api/v1/organisations", again);
        assertEquals(403, notOperator.status());
        assertEquals("permission-missing", notOperator.rule());
        ApiResponse badCvr = fixtures.operator().post("/api/v1/organisations", Json.createObjectBuilder()
                .add("cvr", "12-34").add("name", "Bad").add("administrator", Json.createObjectBuilder()
                        .add("loginName", "bad-cvr").add("name", "Bad").add("email", "bad@it.example")).build());
        assertEquals(400, badCvr.status());
        assertEquals("cvr-format", badCvr.rule());
    }

    @Test
    void aCreatedUserActivatesOnceFromTheMailAndThenLogsIn() {
        var org = fixtures.organisation();
        var user = fixtures.createdUser(org, "Agnes Aktivering");
        assertEquals("CREATED", org.admin().get(org.users() + "/" + user.id()).json().getString("status"));
        assertEquals(401, user.api().get("/api/v1/me").status());

        var activation = Mailboxes.awaitMail(mail, user.email(), "Activation token");
        assertTrue(activation.body().contains("/activate?token="), activation.body());
        assertTrue(activation.body().contains(user.login()), activation.body());
        String token = activation.value("Activation token");
        ApiResponse tooShort = anonymous.post("/api/v1/activation",
                Json.createObjectBuilder().add("token", token).add("password", "short").build());
        assertEquals(400, tooShort.status());
        assertEquals("password-too-short", tooShort.rule());
        assertEquals(200, anonymous.post("/api/v1/activation",
                Json.createObjectBuilder().add("token", token).add("password", Fixtures.PASSWORD).build()).status());
        ApiResponse reused = anonymous.post("/api/v1/activation",
                Json.createObjectBuilder().add("token", token).add("password", "another-password").build());
        assertEquals(422, reused.status());
        assertEquals("activation-link-invalid", reused.rule());

        ApiResponse me = user.api().get("/api/v1/me");
        assertEquals(200, me.status(), me::toString);
        assertEquals("ACTIVATED", me.json().getString("status"));
        assertEquals(org.cvr(), me.json().getString("organisationCvr"));
    }

    @Test
    void usersAreSearchedByNameOrEmailAndPaged() {
        var org = fixtures.organisation();
        for (String name : new String[] {"Anders Søgbar", "Bente Søgbar", "Carsten Søgbar", "Dorthe Anden"}) {
            fixtures.createdUser(org, name);
        }
        ApiResponse page0 = org.admin().get(org.users() + "?query=s%C3%B8gbar&size=2&page=0");
        assertEquals(3, page0.json().getInt("total"), page0::toString);
        assertEquals(2, page0.items().size());
        assertEquals("Anders Søgbar", page0.items().getJsonObject(0).getString("name"));
        ApiResponse page1 = org.admin().get(org.users() + "?query=s%C3%B8gbar&size=2&page=1");
        assertEquals(1, page1.items().size());
        assertEquals("Carsten Søgbar", page1.items().getJsonObject(0).getString("name"));
        assertEquals(1, org.admin().get(org.users() + "?query=DORTHE").json().getInt("total"));
        assertEquals(1, org.admin().get(org.users() + "?query=dortheanden-").json().getInt("total"), "by email");
        assertEquals(0, org.admin().get(org.users() + "?query=%25").json().getInt("total"), "% is literal");

        ApiResponse badSize = org.admin().get(org.users() + "?size=1000");
        assertEquals(400, badSize.status());
        assertEquals("page-size", badSize.rule());
        assertEquals("page-invalid", org.admin().get(org.users() + "?page=x").rule());
    }

    @Test
    void usersAreEditedWithRulesOnRoles() {
        var org = fixtures.organisation();
        var userAdmin = fixtures.user(org, "Ulf Useradmin", "USER_ADMINISTRATOR");
        var user = fixtures.user(org, "Erik Edit");
        String path = org.users() + "/" + user.id();

        ApiResponse edited = userAdmin.api().patch(path, Json.createObjectBuilder()
                .add("name", "Erik Ændret").add("email", "erik.aendret@it.example")
                .add("roles", Json.createArrayBuilder().add("USER_ADMINISTRATOR")).build());
        assertEquals(200, edited.status(), edited::toString);
        assertEquals("Erik Ændret", edited.json().getString("name"));
        assertEquals("erik.aendret@it.example", edited.json().getString("email"));
        assertEquals("USER_ADMINISTRATOR", edited.json().getJsonArray("roles").getString(0));

        ApiResponse escalation = userAdmin.api().patch(path, Json.createObjectBuilder()
                .add("roles", Json.createArrayBuilder().add("ORGANISATION_ADMINISTRATOR")).build());
        assertEquals(403, escalation.status());
        assertEquals("role-not-grantable", escalation.rule());
        ApiResponse operator = org.admin().patch(path, Json.createObjectBuilder()
                .add("roles", Json.createArrayBuilder().add("OPERATOR")).build());
        assertEquals(403, operator.status());
        assertEquals("role-not-grantable", operator.rule());
        ApiResponse idm = userAdmin.api().patch(path, Json.createObjectBuilder()
                .add("roles", Json.createArrayBuilder().add("IDM_SYSTEM")).build());
        assertEquals(403, idm.status());
        assertEquals("role-not-grantable", idm.rule());
        ApiResponse unknown = org.admin().patch(path, Json.createObjectBuilder()
                .add("roles", Json.createArrayBuilder().add("KING")).build());
        assertEquals(400, unknown.status());
        assertEquals("role-unknown", unknown.rule());
        ApiResponse badEmail = org.admin().patch(path, Json.createObjectBuilder().add("email", "no-at-sign").build());
        assertEquals(400, badEmail.status());
        assertEquals("email-format", badEmail.rule());
        assertEquals("Erik Ændret", org.admin().get(path).json().getString("name"));

        ApiResponse plainUser = fixtures.user(org, "Palle Plain").api().get(org.users());
        assertEquals(403, plainUser.status());
        assertEquals("permission-missing", plainUser.rule());
        ApiResponse taken = org.admin().post(org.users(), Json.createObjectBuilder().add("loginName", user.login())
                .add("name", "Copy").add("email", "copy@it.example").build());
        assertEquals(409, taken.status());
        assertEquals("login-name-taken", taken.rule());
    }

    @Test
    void deletingAUserRevokesTheirCertificatesAndDeletesTheirOrders() {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Leif Leaving");
        String certificates = org.users() + "/" + user.id() + "/certificates";
        String issuedId = org.admin().post(certificates, order("USER_LOGIN", "HARDWARE", false)).json().getString("id");
        String token = Mailboxes.awaitMail(mail, user.email(), issuedId).value("Issuance token");
        ApiResponse issued = user.api().postBytes("/api/v1/me/certificates/" + issuedId + "/issue?token=" + token,
                Csrs.der(Csrs.rsa(3072)), "Content-Type", "application/pkcs10");
        assertEquals(200, issued.status(), issued::toString);
        BigInteger serial = Certificates.chain(issued.body()).get(0).getSerialNumber();
        assertEquals(201, org.admin().post(certificates, order("USER_LOGIN", "BROWSER", false)).status());

        assertEquals(204, org.admin().delete(org.users() + "/" + user.id()).status());
        assertEquals(404, org.admin().get(org.users() + "/" + user.id()).status());
        assertEquals(401, user.api().get("/api/v1/me").status());
        assertFalse(org.admin().get(org.users() + "?query=leif").text().contains(user.id()));

        var crl = await().atMost(Duration.ofSeconds(30)).until(
                () -> Certificates.crl(anonymous.get("/crl/issuing-delta.crl").body()),
                c -> c.getRevokedCertificate(serial) != null);
        assertEquals(CRLReason.AFFILIATION_CHANGED, crl.getRevokedCertificate(serial).getRevocationReason());
        Mailboxes.awaitMail(mail, user.email(), "has been revoked");

        ApiResponse self = org.admin().delete(org.users() + "/" + org.admin().get("/api/v1/me").json().getString("id"));
        assertEquals(422, self.status());
        assertEquals("user-delete-self", self.rule());
    }
}
