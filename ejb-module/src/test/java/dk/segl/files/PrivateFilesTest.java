package dk.segl.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Segl writes under SEGL_HOME is owner-only from the start, whole, and leaves no temporary behind. */
class PrivateFilesTest {

    @TempDir
    Path temp;

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void foldersAreOwnerOnlyAtEveryLevelTheyCreate() throws IOException {
        Path home = temp.resolve("home");
        PrivateFiles.folder(home.resolve("db"));
        assertEquals("rwx------", mode(home));
        assertEquals("rwx------", mode(home.resolve("db")));
    }

    @Test
    void aFileIsWrittenWholeOwnerOnlyAndReplacesTheOldOne() throws IOException {
        Path file = temp.resolve("home/ca/ca.p12.password");
        PrivateFiles.writeAtomically(file, new byte[] {1, 2});
        PrivateFiles.writeAtomically(file, new byte[] {3, 4, 5});
        assertArrayEquals(new byte[] {3, 4, 5}, Files.readAllBytes(file));
        assertEquals("rw-------", mode(file));
        assertEquals("rwx------", mode(file.getParent()));
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void leftoversOfAnInterruptedWriteAreRemovedAndNothingElse() throws IOException {
        Path leftover = Files.createFile(temp.resolve(".segl-123.tmp"));
        Path mail = Files.createFile(temp.resolve("mail.eml"));
        PrivateFiles.removeLeftovers(temp);
        assertFalse(Files.exists(leftover));
        assertTrue(Files.exists(mail));
    }

    @Test
    void tightenMakesWhatALibraryCreatedOwnerOnly() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("db/sub"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path file = Files.createFile(folder.resolve("segl.mv.db"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        PrivateFiles.tighten(temp.resolve("db"));
        assertEquals("rwx------", mode(temp.resolve("db")));
        assertEquals("rwx------", mode(folder));
        assertEquals("rw-------", mode(file));
    }
}
