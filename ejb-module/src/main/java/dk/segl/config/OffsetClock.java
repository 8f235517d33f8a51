package dk.segl.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * A clock that runs ahead of the system's by the ISO-8601 duration written in a file (none: no
 * offset). Only integration tests configure it ({@code segl.clock.offset-file}), to let an
 * issuance link's two weeks pass without touching the database; production uses the system clock.
 */
final class OffsetClock extends Clock {

    private final Path file;
    private final Clock system;

    OffsetClock(Path file, Clock system) {
        this.file = file;
        this.system = system;
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset());
    }

    private Duration offset() {
        try {
            return Files.exists(file) ? Duration.parse(Files.readString(file).strip()) : Duration.ZERO;
        } catch (IOException | DateTimeParseException e) {
            throw new IllegalStateException("The clock offset file " + file + " is unreadable", e);
        }
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new OffsetClock(file, system.withZone(zone));
    }
}
