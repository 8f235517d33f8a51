package dk.segl.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OffsetClockTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void runsAheadByTheFilesDurationAndFollowsItsChanges(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("offset");
        Clock clock = new OffsetClock(file, Clock.fixed(NOW, ZoneOffset.UTC));
        assertEquals(NOW, clock.instant(), "no file, no offset");
        Files.writeString(file, "P15D\n");
        assertEquals(Instant.parse("2026-12-15T12:00:00Z"), clock.instant());
        Files.delete(file);
        assertEquals(NOW, clock.instant());
        Files.writeString(file, "two weeks");
        assertThrows(IllegalStateException.class, clock::instant);
    }
}
