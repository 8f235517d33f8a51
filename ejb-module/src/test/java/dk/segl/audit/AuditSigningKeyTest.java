package dk.segl.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit signing key survives a restart, and its public file is what checks its checkpoints. */
class AuditSigningKeyTest {

    @TempDir
    Path home;

    @Test
    void aCheckpointSignedBeforeARestartVerifiesWithThePublishedPublicKey() throws Exception {
        Path folder = home.resolve("ca");
        AuditSigningKey first = AuditSigningKey.openOrCreate(folder);
        Instant at = Instant.parse("2026-11-30T12:00:00.000001Z");
        Checkpoint signed = Checkpoint.sign(41, EntryHash.GENESIS, at, first);

        AuditSigningKey reopened = AuditSigningKey.openOrCreate(folder);
        VerifyingKey published = VerifyingKey.read(folder.resolve(AuditSigningKey.PUBLIC_FILE));

        assertEquals(first.fingerprint(), reopened.fingerprint());
        assertEquals(first.fingerprint(), published.fingerprint());
        Checkpoint parsed = Checkpoint.parse(signed.detail()).orElseThrow();
        assertEquals(Optional.empty(), parsed.problem(41, EntryHash.GENESIS, at, published));
        assertTrue(parsed.problem(41, EntryHash.GENESIS, at.plusSeconds(1), published).isPresent());
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(folder.resolve(AuditSigningKey.PRIVATE_FILE))));
        assertFalse(Checkpoint.parse("entries=1 head=zz").isPresent());
    }
}
