package dk.segl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/** The real openssl command line, as a relying party runs it, in a folder of PEM files. */
final class Openssl {

    private final Path folder;

    Openssl(Path folder) {
        this.folder = folder;
    }

    /** Writes the certificates as one PEM file in the folder and answers its name. */
    String pem(String name, X509Certificate... certificates) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            for (X509Certificate certificate : certificates) {
                writer.writeObject(certificate);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(name, text.toString().getBytes(StandardCharsets.US_ASCII));
        return name;
    }

    /** Writes the CRL as a PEM file in the folder and answers its name. */
    String pem(String name, X509CRL crl) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(crl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(name, text.toString().getBytes(StandardCharsets.US_ASCII));
        return name;
    }

    void write(String name, byte[] content) {
        try {
            Files.write(folder.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] read(String name) {
        try {
            return Files.readAllBytes(folder.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code openssl <arguments>} in the folder; answers standard output and error together, after exit status 0. */
    String run(String... arguments) {
        return execute(true, arguments);
    }

    /** Like {@link #run}, for what openssl reports with a failing exit status (e.g. an OCSP error response). */
    String refusing(String... arguments) {
        return execute(false, arguments);
    }

    private String execute(boolean mustSucceed, String... arguments) {
        try {
            Process process = new ProcessBuilder(concat(arguments)).directory(folder.toFile())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("openssl did not finish: " + String.join(" ", arguments));
            }
            if (mustSucceed) {
                assertEquals(0, process.exitValue(), () -> "openssl " + String.join(" ", arguments) + "\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static List<String> concat(String... arguments) {
        return Stream.concat(Stream.of("openssl"), Stream.of(arguments)).toList();
    }
}
