package dk.segl.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The audit log as an operator and an auditor meet it: after a realistic run (order, issue,
 * revoke) the chain verifies intact and records every signature; an entry edited directly in the
 * database is named by the verification; the log reads in pages and exports as JSON lines.
 */
class AuditLogIT extends SeglIT {

    private static final String AUDIT = "/api/v1/operations/audit";

    @Test
    void anEditedRowIsNamedAndEverySignatureIsOnRecord() throws Exception {
        Instant start = Instant.now().minusSeconds(60);
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Audit Holder");
        var ordered = fixtures.ordered(org, user, Fixtures.order("USER_LOGIN", "HARDWARE", false));
        ApiResponse issued = fixtures.issue(user, ordered, Csrs.rsa(3072));
        assertEquals(200, issued.status(), issued::toString);
        X509Certificate certificate = Certificates.chain(issued.body()).get(0);
        String serial = String.format("%040X", certificate.getSerialNumber());
        ApiResponse revoked = org.admin().post(org.certificates(user) + "/" + ordered.id() + "/revoke",
                Json.createObjectBuilder().add("reason", "KEY_COMPROMISE").build());
        assertEquals(200, revoked.status(), revoked::toString);
        await().atMost(Duration.ofSeconds(30)).until(
                () -> Certificates.crl(anonymous.get("/crl/issuing-delta.crl").body())
                        .getRevokedCertificate(certificate.getSerialNumber()) != null);

        JsonObject intact = verification();
        assertTrue(intact.getBoolean("intact"), intact::toString);
        assertTrue(intact.getString("summary").startsWith("intact, " + intact.getJsonNumber("entries") + " entries, last checkpoint at "),
                intact::toString);

        List<JsonObject> log = export(AUDIT + "?format=jsonl&from=" + start);
        assertEquals(List.of("INTENT", "DONE"), outcomes(log, "ca.sign-certificate", "serial " + serial));
        assertEquals(List.of("INTENT", "DONE"), outcomes(log, "certificate.issue", "serial " + serial));
        assertFalse(outcomes(log, "ca.sign-crl", "delta CRL").isEmpty(), log::toString);
        JsonObject revocation = log.stream().filter(e -> e.getString("action").equals("certificate.revoke")
                && e.getString("detail").contains(serial)).findFirst().orElseThrow();

        String row = revocation.getString("id");
        try {
            assertEquals(1, Database.update("UPDATE audit_entry SET detail = ? WHERE id = ?",
                    "serial " + serial + " AFFILIATION_CHANGED", row));
            JsonObject broken = verification();
            assertFalse(broken.getBoolean("intact"), broken::toString);
            assertEquals(row, broken.getString("row"), broken::toString);
            assertTrue(broken.getString("summary").contains("broken at row " + row), broken::toString);
        } finally {
            // The database outlives the run: leave the chain as the server wrote it.
            Database.update("UPDATE audit_entry SET detail = ? WHERE id = ?", revocation.getString("detail"), row);
        }
        assertTrue(verification().getBoolean("intact"));

        try {
            assertEquals(1, Database.update("INSERT INTO audit_entry (id, occurred_at, actor, action, target, outcome)"
                    + " SELECT 'inserted-by-hand', occurred_at, actor, action, target, outcome FROM audit_entry"
                    + " WHERE id = ?", row));
            JsonObject inserted = verification();
            assertEquals("inserted-by-hand", inserted.getString("row"), inserted::toString);
        } finally {
            Database.update("DELETE FROM audit_entry WHERE id = 'inserted-by-hand'");
        }
        assertTrue(verification().getBoolean("intact"));
    }

    @Test
    void theLogReadsInPagesInChainOrderAndExportsAsJsonLines() {
        fixtures.organisation();
        ApiResponse first = fixtures.operator().get(AUDIT + "?page=0&size=2");
        assertEquals(200, first.status(), first::toString);
        ApiResponse second = fixtures.operator().get(AUDIT + "?page=1&size=2");
        assertEquals(2, first.items().size(), first::toString);
        assertTrue(first.json().getJsonNumber("total").longValue() >= 4, first::toString);
        assertEquals(List.of(1L, 2L, 3L, 4L), List.of(seq(first, 0), seq(first, 1), seq(second, 0), seq(second, 1)));
        assertEquals(first.items().getJsonObject(1).getString("entryHash"),
                second.items().getJsonObject(0).getString("previousHash"));

        ApiResponse exported = fixtures.operator().get(AUDIT, "Accept", "application/jsonl");
        assertEquals(200, exported.status(), exported::toString);
        assertTrue(exported.contentType().startsWith("application/jsonl"), exported.contentType());
        List<JsonObject> lines = lines(exported);
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(i + 1, lines.get(i).getJsonNumber("seq").longValue(), lines.get(i)::toString);
        }
        assertTrue(lines.size() >= first.json().getJsonNumber("total").longValue());
    }

    @Test
    void onlyOperatorsReadTheLogAndBadTimesAreRefusedByName() {
        var org = fixtures.organisation();
        org.admin().get(AUDIT).assertRefused(403, "permission-missing");
        org.admin().get(AUDIT + "/verification").assertRefused(403, "permission-missing");
        org.admin().get(AUDIT + "?format=jsonl").assertRefused(403, "permission-missing");
        anonymous.get(AUDIT).assertRefused(401, "login-required");
        fixtures.operator().get(AUDIT + "?from=yesterday").assertRefused(400, "time-invalid");
        fixtures.operator().get(AUDIT + "?size=1000").assertRefused(400, "page-size");
    }

    private JsonObject verification() {
        ApiResponse answer = fixtures.operator().get(AUDIT + "/verification");
        assertEquals(200, answer.status(), answer::toString);
        JsonObject json = answer.json();
        assertNotNull(json.getString("summary"), json::toString);
        return json;
    }

    private List<JsonObject> export(String path) {
        ApiResponse answer = fixtures.operator().get(path);
        assertEquals(200, answer.status(), answer::toString);
        return lines(answer);
    }

    private static List<JsonObject> lines(ApiResponse answer) {
        return answer.text().lines().map(line -> {
            try (var reader = Json.createReader(new StringReader(line))) {
                return reader.readObject();
            }
        }).toList();
    }

    /** The outcomes, in chain order, of the entries of {@code action} whose detail starts with {@code detail}. */
    private static List<String> outcomes(List<JsonObject> log, String action, String detail) {
        return log.stream().filter(e -> e.getString("action").equals(action) && !e.isNull("detail")
                        && e.getString("detail").startsWith(detail))
                .map(e -> e.getString("outcome")).toList();
    }

    private static long seq(ApiResponse page, int index) {
        return page.items().getJsonObject(index).getJsonNumber("seq").longValue();
    }
}
