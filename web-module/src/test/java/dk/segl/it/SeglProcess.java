package dk.segl.it;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.core.ConditionTimeoutException;

/**
 * segl.war in a Payara Micro of its own, as a child process the test can kill with SIGKILL (the
 * java process itself, not a wrapper), on a fixed port and a SEGL_HOME that outlives the process.
 * The command line is the one of the {@code start} profile in web-module/pom.xml.
 */
final class SeglProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final List<String> command;
    private final Path home;
    private final int port;
    private Process process;
    private Path log;

    SeglProcess(Path home, int port, List<String> seglOptions) {
        this.home = home;
        this.port = port;
        String java = ProcessHandle.current().info().command().orElse("java");
        command = new ArrayList<>(List.of(java, "-Xmx1g", "-Dh2.bindAddress=127.0.0.1",
                "-Dhazelcast.socket.bind.any=false", "-Dsegl.home=" + home));
        command.addAll(seglOptions);
        command.addAll(List.of("-jar", System.getProperty("payara.microJar"), "--nohazelcast",
                "--rootdir", home.resolve("payara").toString(),
                "--addlibs", System.getProperty("payara.libs"),
                "--prebootcommandfile", System.getProperty("payara.preboot"),
                "--deploy", System.getProperty("segl.war"),
                "--port", String.valueOf(port)));
    }

    int port() {
        return port;
    }

    URL base() {
        try {
            return URI.create("http://127.0.0.1:" + port).toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts Segl and waits until /health/ready answers UP; its output goes to the given log. */
    void start(Path logFile) throws IOException {
        launch(logFile);
        try {
            await("Segl ready on port " + port).atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new AssertionError("Payara Micro exited with " + process.exitValue() + "; see " + log);
                        }
                        return ready();
                    });
        } catch (ConditionTimeoutException e) {
            threadDump();
            throw e;
        }
    }

    /**
     * Starts Segl expecting it to refuse: waits until its log has {@code reason} and readiness
     * answers that Segl is not deployed, and answers the log line. The process is left to {@link #close()}.
     */
    String startRefused(Path logFile, String reason) throws IOException {
        launch(logFile);
        String line = await("Segl's refusal in " + logFile).atMost(Duration.ofMinutes(15))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> Files.readAllLines(log).stream().filter(l -> l.contains(reason)).findFirst(),
                        java.util.Optional::isPresent).orElseThrow();
        await("readiness DOWN without Segl after its refusal").atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofSeconds(1)).until(() -> readiness().contains("No Application deployed"));
        return line;
    }

    private void launch(Path logFile) throws IOException {
        deleteRecursively(home.resolve("payara"));
        Files.createDirectories(home.resolve("payara"));
        log = logFile;
        Files.createDirectories(log.getParent());
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /** Where a server that never got ready was waiting, for its log. */
    private void threadDump() throws IOException {
        try {
            new ProcessBuilder("jcmd", String.valueOf(process.pid()), "Thread.print")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** kill -9: no shutdown hook, no flush, no goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    private boolean ready() {
        return readiness().startsWith("200 ");
    }

    /** Status and body of /health/ready, or "unreachable". */
    private String readiness() {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/health/ready"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() + " " + answer.body();
        } catch (IOException e) {
            return "unreachable";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unreachable";
        }
    }

    /** Stops Segl politely, and forcibly if it does not go within a minute. */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
