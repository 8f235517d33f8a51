package dk.segl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The operator's online backup over REST: what the archive holds, and that nobody else may take
 * one (it holds the CA's private keys). Restoring one is the end of the crash test on H2.
 */
class BackupIT extends SeglIT {

    @Test
    void theOperatorTakesABackupOfTheCaKeysAndTheEmbeddedDatabase() {
        ApiResponse taken = fixtures.operator().post("/api/v1/operations/backups", Json.createObjectBuilder().build());
        assertEquals(201, taken.status(), taken::toString);
        List<String> contents = taken.json().getJsonArray("contents").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        assertTrue(contents.containsAll(List.of("ca/ca.p12", "BACKUP.txt")), contents::toString);
        assertEquals(taken.json().getBoolean("databaseIncluded"), contents.contains("db/segl.mv.db"), contents::toString);
        assertTrue(taken.json().getString("file").matches("segl-backup-\\d{8}T\\d{9}Z\\.zip"), taken::toString);
    }

    @Test
    void nobodyButAnOperatorTakesOne() {
        var organisation = fixtures.organisation();
        organisation.admin().post("/api/v1/operations/backups", Json.createObjectBuilder().build())
                .assertRefused(403, "permission-missing");
        anonymous.post("/api/v1/operations/backups", Json.createObjectBuilder().build())
                .assertRefused(401, "login-required");
    }
}
