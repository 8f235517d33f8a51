package dk.segl.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own, on its own port and data directory, so a test can take
 * the database away and bring it back without disturbing the shared server other tests use. Uses
 * the Debian server binaries; run as the {@code postgres} user when the test runs as root, since
 * PostgreSQL refuses to run as root.
 */
final class PrivatePostgres implements AutoCloseable {

    private final Path data;
    private final int port;
    private final Path bin;

    PrivatePostgres(int port) throws IOException {
        this.port = port;
        this.bin = serverBinaries();
        this.data = Files.createTempDirectory("segl-private-pg-");
    }

    String url(String schema) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?currentSchema=" + schema;
    }

    void init() throws IOException, InterruptedException {
        if (asRoot()) {
            run(List.of("chown", "postgres", data.toString()));
        }
        run(server("initdb", "-D", data.toString(), "-A", "trust", "-U", "postgres", "--no-sync"));
    }

    void start() throws IOException, InterruptedException {
        run(server("pg_ctl", "-D", data.toString(), "-w", "-l", data.resolve("server.log").toString(), "-o",
                "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"));
    }

    /** Gone at once, as a crashed or unplugged server: no goodbye to the clients. */
    void stop() throws IOException, InterruptedException {
        run(server("pg_ctl", "-D", data.toString(), "-w", "-m", "immediate", "stop"));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (Files.exists(data.resolve("postmaster.pid"))) {
            stop();
        }
        SeglProcess.deleteRecursively(data);
    }

    private List<String> server(String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (asRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        return command;
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static Path serverBinaries() throws IOException {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Path::compareTo)
                    .orElseThrow(() -> new IllegalStateException("No PostgreSQL server binaries under /usr/lib/postgresql"));
        }
    }
}
