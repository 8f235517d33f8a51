package dk.segl.ca.csrs;

import dk.segl.ca.CsrPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/**
 * The CSRs Segl must refuse, each with the rule that refuses it, and those it must accept. Files
 * under {@code hostile-csrs/<rule>/<case>} and {@code good-csrs/<case>} (written by
 * {@link CsrCorpusFiles}), plus the few that are too big to keep as files, made here the same way
 * every time. The unit test runs them through the policy, the integration test through HTTP.
 */
public final class CsrCorpus {

    public static final int LIMIT = CsrPolicy.MAX_BYTES;

    /** One input and the rule it must be refused by (null for a good one). */
    public record Case(String name, String rule, byte[] body) {

        /** The encoded SubjectPublicKeyInfo the request carries; for the good cases. */
        public byte[] publicKey() {
            try (PEMParser pem = new PEMParser(new StringReader(new String(body, StandardCharsets.US_ASCII).strip()))) {
                Object parsed = name.endsWith(".pem") ? pem.readObject() : new PKCS10CertificationRequest(body);
                return ((PKCS10CertificationRequest) parsed).getSubjectPublicKeyInfo().getEncoded();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return rule == null ? name : rule + ": " + name;
        }
    }

    private CsrCorpus() {
    }

    public static List<Case> hostile() {
        List<Case> cases = new ArrayList<>(read("hostile-csrs", true));
        cases.addAll(generated());
        return cases;
    }

    public static List<Case> good() {
        return read("good-csrs", false);
    }

    /** Inputs made of repetition, too big or too many to keep as files. */
    static List<Case> generated() {
        byte[] good = good().get(0).body();
        return List.of(
                new Case("nested-sequences-100000", "csr-too-large", indefiniteSequences(100_000)),
                new Case("nested-sequences-15000", "csr-malformed", indefiniteSequences(15_000)),
                new Case("oversize-1mib", "csr-too-large", padded(good, 1024 * 1024)),
                new Case("limit-plus-one", "csr-too-large", padded(good, LIMIT + 1)),
                new Case("blank-lines-then-a-csr", "csr-too-large",
                        (" \n".repeat(LIMIT / 2) + new String(good, StandardCharsets.US_ASCII))
                                .getBytes(StandardCharsets.US_ASCII)));
    }

    /** SEQUENCEs of indefinite length inside each other: four bytes per level. */
    static byte[] indefiniteSequences(int depth) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(depth * 4);
        for (int i = 0; i < depth; i++) {
            out.write(0x30);
            out.write(0x80);
        }
        out.writeBytes(new byte[depth * 2]);
        return out.toByteArray();
    }

    private static byte[] padded(byte[] start, int size) {
        byte[] padded = new byte[size];
        System.arraycopy(start, 0, padded, 0, start.length);
        return padded;
    }

    private static List<Case> read(String folder, boolean byRule) {
        URI uri;
        try {
            uri = CsrCorpus.class.getResource(folder).toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (!"jar".equals(uri.getScheme())) {
            return read(Path.of(uri), byRule);
        }
        // From the ejb-module test jar, as the integration tests see it.
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
            return read(jar.provider().getPath(uri), byRule);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Case> read(Path root, boolean byRule) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString))
                    .map(file -> new Case(file.getFileName().toString(),
                            byRule ? file.getParent().getFileName().toString() : null, bytes(file)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
