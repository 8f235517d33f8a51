package dk.segl.it;

import static dk.segl.it.Fixtures.order;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigInteger;
import java.security.cert.CRLReason;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CSV import changes existing users too (update and delete by login name) over REST, under the
 * rules of single changes: each line is the same command, refused lines change nothing.
 */
class UserImportIT extends SeglIT {

    @Test
    void aFileUpdatesAndDeletesUsersByLoginNameUnderTheRulesOfSingleChanges() throws Exception {
        var org = fixtures.organisation();
        var importer = fixtures.user(org, "Ulla Import", "USER_ADMINISTRATOR");
        var leaving = fixtures.user(org, "Leo Leaving");
        BigInteger serial = fixtures.issuedFromCsr(org, leaving).getSerialNumber();
        var moving = fixtures.user(org, "Mona Moving");
        var pending = fixtures.ordered(org, moving, order("USER_LOGIN", "HARDWARE", false));
        var orgAdmin = fixtures.user(org, "Otto Orgadmin", "ORGANISATION_ADMINISTRATOR");
        var idm = fixtures.user(org, "Ida Idm", "IDM_SYSTEM");
        var plain = fixtures.user(org, "Pia Plain");
        var twice = fixtures.user(org, "Tove Twice");
        String fresh = "nils-" + org.cvr();
        int refusalsBefore = Database.refusalsAudited(importer.login());

        ApiResponse answer = importer.api().postRaw(org.users() + "/import", String.join("\n",
                "name,email,loginName,roles,action",
                "Mona Moved,mona.moved-" + org.cvr() + "@it.example," + moving.login() + ",,update",
                ",," + leaving.login() + ",,delete",
                ",," + idm.login() + ",,delete",
                "Otto Renamed,," + orgAdmin.login().toUpperCase() + ",,update",
                ",," + importer.login() + ",,delete",
                ",,nobody-" + org.cvr() + ",,delete",
                ",," + plain.login() + ",ORGANISATION_ADMINISTRATOR,update",
                ",," + twice.login() + ",,delete",
                "Tove Again,," + twice.login() + ",,update",
                "Nils Ny,nils-" + org.cvr() + "@it.example," + fresh,
                "Bo,bo@it.example,bo-" + org.cvr() + ",,replace"), "Content-Type", "text/csv");

        assertEquals(200, answer.status(), answer::toString);
        JsonArray report = Json.createReader(new StringReader(answer.text())).readArray();
        record Expected(String action, boolean done, String rule) {
        }
        List<Expected> expected = List.of(
                new Expected("UPDATE", true, null),
                new Expected("DELETE", true, null),
                new Expected("DELETE", false, "administrator-protected"),
                new Expected("UPDATE", false, "administrator-protected"),
                new Expected("DELETE", false, "user-delete-self"),
                new Expected("DELETE", false, "not-found"),
                new Expected("UPDATE", false, "role-not-grantable"),
                new Expected("DELETE", false, "csv-login-repeated"),
                new Expected("UPDATE", false, "csv-login-repeated"),
                new Expected("CREATE", true, null),
                new Expected(null, false, "csv-action"));
        assertEquals(expected.size(), report.size(), report::toString);
        for (int i = 0; i < expected.size(); i++) {
            JsonObject line = report.getJsonObject(i);
            assertEquals(i + 2, line.getInt("line"), line::toString);
            assertEquals(expected.get(i), new Expected(line.getString("action", null), line.getBoolean("done"),
                    line.getString("rule", null)), line::toString);
        }
        assertEquals(true, report.getJsonObject(9).getBoolean("created"), "created, for clients from before actions");

        // The update: new name and email, and the order placed for the old ones withdrawn.
        JsonObject moved = org.admin().get(org.users() + "/" + moving.id()).json();
        assertEquals("Mona Moved", moved.getString("name"));
        assertEquals("mona.moved-" + org.cvr() + "@it.example", moved.getString("email"));
        assertEquals("WITHDRAWN", org.admin().get(org.certificates(moving) + "/" + pending.id()).json().getString("status"));
        // The delete: gone, and the certificate revoked as for a single delete.
        assertEquals(404, org.admin().get(org.users() + "/" + leaving.id()).status());
        var crl = await().atMost(Duration.ofSeconds(30)).until(
                () -> Certificates.crl(anonymous.get("/crl/issuing-delta.crl").body()),
                c -> c.getRevokedCertificate(serial) != null);
        assertEquals(CRLReason.AFFILIATION_CHANGED, crl.getRevokedCertificate(serial).getRevocationReason());
        // The refused lines changed nothing.
        assertEquals("Otto Orgadmin", org.admin().get(org.users() + "/" + orgAdmin.id()).json().getString("name"));
        assertEquals(200, org.admin().get(org.users() + "/" + idm.id()).status());
        assertEquals(200, importer.api().get("/api/v1/me").status());
        assertEquals("Tove Twice", org.admin().get(org.users() + "/" + twice.id()).json().getString("name"));
        assertEquals(0, org.admin().get(org.users() + "/" + plain.id()).json().getJsonArray("roles").size());
        // Each change is on record as a single change would be; each refusal a service saw too.
        assertEquals(1, Database.auditEntries("user.edit", moving.id()));
        assertEquals(1, Database.auditEntries("user.delete", leaving.id()));
        assertEquals(refusalsBefore + 5, Database.refusalsAudited(importer.login()));
        assertEquals(1, org.admin().get(org.users() + "?query=nils-" + org.cvr()).json().getInt("total"));
    }
}
