package dk.segl.benchmarks;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The baseline: {@code openssl ocsp -index … -port …} answering for the same certificates, from an
 * index in openssl ca's format, with a responder key of the same kind as Segl's OCSP signer (RSA
 * 3072) and one responder process per core ({@code -multi}). openssl 3.0 takes only a port
 * number, so it listens on every interface while the benchmark runs.
 */
final class OpensslResponder implements AutoCloseable {

    private static final DateTimeFormatter INDEX_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Process process;
    private final int port;

    OpensslResponder(Path folder, X509Certificate issuer, List<X509Certificate> certificates, int port) throws Exception {
        this.port = port;
        Files.createDirectories(folder);
        StringBuilder index = new StringBuilder();
        for (X509Certificate certificate : certificates) {
            index.append("V\t").append(INDEX_TIME.format(certificate.getNotAfter().toInstant())).append("\t\t")
                    .append(certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT)).append("\tunknown\t/CN=bench\n");
        }
        Files.writeString(folder.resolve("index.txt"), index, StandardCharsets.US_ASCII);
        // The certificates share one subject here; openssl ca's index insists on unique ones unless told.
        Files.writeString(folder.resolve("index.txt.attr"), "unique_subject = no\n", StandardCharsets.US_ASCII);
        Files.writeString(folder.resolve("issuing.pem"), "-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(issuer.getEncoded())
                + "\n-----END CERTIFICATE-----\n", StandardCharsets.US_ASCII);
        run(folder, "openssl", "req", "-x509", "-newkey", "rsa:3072", "-nodes", "-keyout", "responder.key",
                "-subj", "/CN=openssl bench responder", "-days", "2", "-out", "responder.pem");
        process = new ProcessBuilder("openssl", "ocsp", "-index", "index.txt", "-port", Integer.toString(port),
                "-rsigner", "responder.pem", "-rkey", "responder.key", "-CA", "issuing.pem", "-nmin", "60",
                "-multi", Integer.toString(Runtime.getRuntime().availableProcessors()))
                .directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("responder.log").toFile()).start();
        awaitListening();
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitListening() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("openssl ocsp does not listen on port " + port);
    }

    private static void run(Path folder, String... command) throws Exception {
        Process step = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (step.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    /** The responder and the processes it forked for -multi. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }
}
