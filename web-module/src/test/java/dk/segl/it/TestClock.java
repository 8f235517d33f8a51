package dk.segl.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The test server's clock, for what no test can wait for: two weeks passing. The server reads its
 * offset from the file named by {@code it.clock.offset-file} (see OffsetClock); closing puts the
 * clock back, so the classes that share the server see real time again.
 */
final class TestClock implements AutoCloseable {

    private final Path file = Path.of(System.getProperty("it.clock.offset-file"));

    private TestClock() {
    }

    /** Runs the server's clock ahead by {@code offset} until closed. */
    static TestClock ahead(Duration offset) {
        TestClock clock = new TestClock();
        try {
            Files.writeString(clock.file, offset.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return clock;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
