package dk.segl.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The openssl command line as a relying party runs it, on PEM files in a folder of the test's own. */
final class OpenSsl {

    /** What openssl printed and whether it succeeded. */
    record Result(int exit, String output) {
    }

    private final Path folder;

    OpenSsl(Path folder) {
        this.folder = folder;
    }

    Path pem(String name, X509Certificate certificate) throws IOException, CertificateEncodingException {
        return write(name, "CERTIFICATE", certificate.getEncoded());
    }

    Path pem(String name, X509CRL crl) throws IOException, CRLException {
        return write(name, "X509 CRL", crl.getEncoded());
    }

    Result run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("openssl did not finish within 30 s: " + command);
        }
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private Path write(String name, String label, byte[] der) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n-----END " + label + "-----\n");
        return file;
    }
}
