package dk.segl.it;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What Payara Micro writes to its console while a test runs: payara-micro-managed prints every
 * console line of the server with {@code System.out.println}, so a copy of the test JVM's standard
 * output sees the server's log (the lines still reach failsafe's report as before).
 */
final class ServerLog implements AutoCloseable {

    private final PrintStream original = System.out;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private ServerLog() {
        System.setOut(new PrintStream(new OutputStream() {
            private final ByteArrayOutputStream line = new ByteArrayOutputStream();

            @Override
            public synchronized void write(int b) {
                original.write(b);
                if (b == '\n') {
                    lines.add(line.toString(StandardCharsets.UTF_8));
                    line.reset();
                } else {
                    line.write(b);
                }
            }
        }, true, StandardCharsets.UTF_8));
    }

    static ServerLog capture() {
        return new ServerLog();
    }

    /** Lines that belong to an error report: SEVERE entries and the frames of a stack trace. */
    List<String> errors() {
        return lines.stream().filter(line -> line.contains("SEVERE") || line.matches("\\s+at [\\w$.]+\\(.*")
                || line.startsWith("Caused by:")).toList();
    }

    @Override
    public void close() {
        System.setOut(original);
    }
}
