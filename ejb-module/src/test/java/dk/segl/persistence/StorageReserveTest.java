package dk.segl.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Named.named;

import jakarta.ejb.EJBException;
import jakarta.transaction.RollbackException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * When the embedded database's disk has room for a change: the free space against the reserve,
 * read at most once a second, and refused changes named so the answer can say why.
 */
class StorageReserveTest {

    private static final long MB = 1L << 20;
    private static final long RESERVE = 64 * MB;
    private static final Path FOLDER = Path.of("/segl/db");

    /** One question to the reserve: after how many milliseconds, with how much free, and the answer expected. */
    record Ask(long atMillis, Long free, boolean room) {
    }

    static Stream<Arguments> disks() {
        return Stream.of(
                disk("plenty of space", List.of(new Ask(0, 10_000 * MB, true))),
                disk("exactly the reserve left", List.of(new Ask(0, RESERVE, true))),
                disk("one byte under the reserve", List.of(new Ask(0, RESERVE - 1, false))),
                disk("a full disk", List.of(new Ask(0, 0L, false))),
                disk("filled within the second: the last reading stands until it is a second old",
                        List.of(new Ask(0, 100 * MB, true), new Ask(999, 0L, true), new Ask(1000, 0L, false))),
                disk("freed again: takes changes a second later without a restart",
                        List.of(new Ask(0, 0L, false), new Ask(500, 500 * MB, false), new Ask(1000, 500 * MB, true))),
                disk("a folder that cannot be measured is not a full disk", List.of(new Ask(0, null, true))));
    }

    private static Arguments disk(String name, List<Ask> asks) {
        return Arguments.of(named(name, asks));
    }

    @ParameterizedTest
    @MethodSource("disks")
    void refusesChangesWhileTheFreeSpaceIsBelowTheReserve(List<Ask> asks) {
        Deque<Long> readings = new ArrayDeque<>();
        long[] now = {0};
        StorageReserve reserve = new StorageReserve(Optional.of(FOLDER), RESERVE, folder -> {
            assertEquals(FOLDER, folder);
            Long free = readings.removeFirst();
            if (free < 0) {
                throw new NoSuchFileException(folder.toString());
            }
            return free;
        }, () -> now[0]);
        for (Ask ask : asks) {
            now[0] = TimeUnit.MILLISECONDS.toNanos(ask.atMillis());
            readings.clear();
            readings.add(ask.free() == null ? -1 : ask.free());
            assertEquals(ask.room(), reserve.hasRoom(), () -> "at " + ask.atMillis() + " ms with " + ask.free() + " bytes free");
        }
    }

    @Test
    void aRefusedChangeSaysSoThroughTheContainersWrapping() {
        StorageReserve reserve = new StorageReserve(Optional.of(FOLDER), RESERVE, folder -> 3 * MB, () -> 0);
        StorageFull refused = assertThrows(StorageFull.class, reserve::requireRoom);
        assertEquals("Only 3 MB are free under /segl/db, less than the reserve of 64 MB; nothing was written",
                refused.getMessage());
        RollbackException commit = new RollbackException("Transaction marked for rollback.");
        commit.initCause(refused);
        assertTrue(StorageFull.causes(new EJBException("Transaction aborted", commit)));
        assertEquals(false, StorageFull.causes(new EJBException(new IOException("No space left on device"))));
    }

    @Test
    void noReserveOrNoEmbeddedDatabaseNeverAsksTheDisk() {
        StorageReserve.FreeSpace never = folder -> {
            throw new AssertionError("asked the disk");
        };
        assertTrue(new StorageReserve(Optional.of(FOLDER), 0, never, () -> 0).hasRoom(), "reserve 0");
        assertTrue(new StorageReserve(Optional.empty(), RESERVE, never, () -> 0).hasRoom(), "PostgreSQL");
    }

    static Stream<Arguments> urls() {
        String home = System.getProperty("user.home");
        return Stream.of(
                url("embedded file", "jdbc:h2:file:/var/segl/db/segl", "/var/segl/db"),
                url("embedded file with settings", "jdbc:h2:file:/var/segl/db/segl;WRITE_DELAY=0", "/var/segl/db"),
                url("embedded without file:", "jdbc:h2:/var/segl/db/segl", "/var/segl/db"),
                url("relative to the working folder", "jdbc:h2:file:./segl-data/db/segl",
                        Path.of("segl-data/db").toAbsolutePath().toString()),
                url("in the home folder", "jdbc:h2:~/segl/db", Path.of(home, "segl").toString()),
                url("H2 in memory", "jdbc:h2:mem:segl", null),
                url("H2 server", "jdbc:h2:tcp://db.example/segl", null),
                url("PostgreSQL", "jdbc:postgresql://127.0.0.1:5432/test", null));
    }

    private static Arguments url(String name, String url, String folder) {
        return Arguments.of(named(name, url), Optional.ofNullable(folder).map(Path::of));
    }

    @ParameterizedTest
    @MethodSource("urls")
    void watchesTheFolderOfAnEmbeddedDatabaseFile(String url, Optional<Path> folder) {
        assertEquals(folder, StorageReserve.databaseFolder(url));
    }
}
