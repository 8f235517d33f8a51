package dk.segl.ca;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeystorePasswordTest {

    @TempDir
    Path folder;

    @Test
    void configuredPasswordWinsAndNoFileIsWritten() {
        Path file = folder.resolve("password");
        assertArrayEquals("s3cret".toCharArray(), KeystorePassword.resolve(Optional.of("s3cret"), file));
        assertFalse(Files.exists(file));
    }

    @Test
    void blankConfiguredPasswordFallsBackToTheFile() throws Exception {
        Path file = folder.resolve("password");
        Files.writeString(file, "from-file\n");
        assertArrayEquals("from-file".toCharArray(), KeystorePassword.resolve(Optional.of("  "), file));
    }

    @Test
    void existingFileIsReadWithoutSurroundingWhitespace() throws Exception {
        Path file = folder.resolve("password");
        Files.writeString(file, "  from-file \r\n");
        assertArrayEquals("from-file".toCharArray(), KeystorePassword.resolve(Optional.empty(), file));
    }

    @Test
    void missingFileIsCreatedOwnerOnlyWithAGeneratedPassword() throws Exception {
        Path file = folder.resolve("secrets/password");
        char[] generated = KeystorePassword.resolve(Optional.empty(), file);
        assertEquals(32, generated.length);
        assertTrue(new String(generated).matches("[A-Za-z0-9_-]{32}"));
        assertEquals(new String(generated), Files.readString(file, StandardCharsets.US_ASCII));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertArrayEquals(generated, KeystorePassword.resolve(Optional.empty(), file), "second start reads it back");
    }

    @Test
    void emptyFileStopsTheStart() throws Exception {
        Path file = folder.resolve("password");
        Files.writeString(file, "\n");
        assertThrows(IllegalStateException.class, () -> KeystorePassword.resolve(Optional.empty(), file));
    }
}
