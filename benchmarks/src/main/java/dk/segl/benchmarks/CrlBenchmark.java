package dk.segl.benchmarks;

import dk.segl.ca.CaKey;
import dk.segl.ca.CrlEncoder;
import dk.segl.ca.CrlEntrySpool;
import dk.segl.ca.CrlHeader;
import dk.segl.ca.SoftwareCaKey;
import dk.segl.revocation.RevokedCertificates;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Benchmark (b): a full CRL of a million revoked certificates. Loads the revocations into an H2
 * file database (the columns of Segl's {@code certificate} table the CRL reads) and, from the
 * same random data, an OpenSSL {@code index.txt}; then times Segl's path (the JDBC stream of
 * {@link RevokedCertificates} into the spool and {@link CrlEncoder}, in this JVM, whose heap is
 * capped at 256 MB) and {@code openssl ca -gencrl} with the same RSA-3072 key and RSASSA-PSS
 * SHA-256, and prints one table row with the ratio. Both CRLs are checked with {@code openssl crl}.
 *
 * <pre>mvn -B -q -pl benchmarks -am package -DskipTests -Pcrl-benchmark</pre>
 */
public final class CrlBenchmark {

    private static final int ENTRIES = Integer.getInteger("bench.entries", 1_000_000);
    private static final Path FOLDER = Path.of(System.getProperty("bench.dir", "target/crl-bench")).toAbsolutePath();
    private static final String SIGNATURE = "SHA256WITHRSAANDMGF1";
    private static final String[][] REASONS = {
        {"KEY_COMPROMISE", "keyCompromise"}, {"AFFILIATION_CHANGED", "affiliationChanged"},
        {"CESSATION_OF_OPERATION", "cessationOfOperation"}};
    private static final DateTimeFormatter OPENSSL_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);

    private CrlBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Security.addProvider(new BouncyCastleProvider());
        clean(FOLDER);
        Files.createDirectories(FOLDER);
        KeyPair keys = rsa3072();
        X509Certificate issuer = selfSigned(keys);
        pem(FOLDER.resolve("issuing.pem"), issuer);
        pem(FOLDER.resolve("issuing.key"), keys.getPrivate());
        String url = "jdbc:h2:file:" + FOLDER.resolve("db/revocations");
        Instant now = Instant.now();
        System.out.printf("Loading %,d revocations into H2 and index.txt...%n", ENTRIES);
        load(url, now);

        CaKey key = new SoftwareCaKey(issuer, keys.getPrivate(), SIGNATURE);
        Path seglCrl = FOLDER.resolve("segl.crl");
        Run first;
        Run again;
        // One connection open throughout, as the server's pool keeps the database open.
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection.setAutoCommit(false);
            first = segl(connection, key, now, seglCrl);
            again = segl(connection, key, now, seglCrl);
        }
        System.out.printf("Segl, first CRL after start (cold JVM and database): %.1f s; again: %.1f s"
                + " (%.1f s reading and encoding the entries into the spool, %.1f s streaming and signing)%n",
                first.seconds(), again.seconds(), again.readSeconds(), again.seconds() - again.readSeconds());
        long listed = again.listed();
        double seglSeconds = again.seconds();
        long peakHeap = Math.max(first.peakHeap(), again.peakHeap());

        long started = System.nanoTime();
        String openssl = run("/usr/bin/time", "-f", "%M", "openssl", "ca", "-gencrl", "-batch", "-config", "openssl.cnf",
                "-keyfile", "issuing.key", "-cert", "issuing.pem", "-md", "sha256", "-sigopt", "rsa_padding_mode:pss",
                "-sigopt", "rsa_pss_saltlen:32", "-out", "openssl.crl");
        double opensslSeconds = (System.nanoTime() - started) / 1e9;
        String opensslRssKb = openssl.lines().reduce((a, b) -> b).orElse("?").strip();

        System.out.println("Segl CRL: " + run("openssl", "crl", "-inform", "DER", "-in", "segl.crl", "-CAfile",
                "issuing.pem", "-noout").strip() + ", " + String.format("%,d", listed) + " entries");
        System.out.println("OpenSSL CRL: " + run("openssl", "crl", "-in", "openssl.crl", "-CAfile", "issuing.pem",
                "-noout").strip());
        long opensslDer = Long.parseLong(run("bash", "-c", "openssl crl -in openssl.crl -outform DER | wc -c").strip());
        System.out.println();
        System.out.println("| benchmark | Segl | baseline | ratio |");
        System.out.println("|---|---|---|---|");
        System.out.printf("| (b) full CRL, %,d entries | %.1f s, peak heap %d MB (-Xmx%d MB), %.1f MB | openssl ca -gencrl:"
                        + " %.1f s, peak RSS %d MB, %.1f MB | %.1f× faster |%n",
                listed, seglSeconds, peakHeap >> 20, Runtime.getRuntime().maxMemory() >> 20, Files.size(seglCrl) / 1e6,
                opensslSeconds, Long.parseLong(opensslRssKb) >> 10, opensslDer / 1e6, opensslSeconds / seglSeconds);
    }

    /** One run of Segl's path: how many entries, how long reading took, how long in all, the most heap used. */
    private record Run(long listed, double readSeconds, double seconds, long peakHeap) {
    }

    /** What RevocationLists does for a full CRL: stream the revocations into the spool, then encode and sign. */
    private static Run segl(Connection connection, CaKey key, Instant now, Path crl) throws Exception {
        System.gc();
        HeapWatch heap = HeapWatch.started();
        long started = System.nanoTime();
        try (CrlEntrySpool spool = CrlEntrySpool.in(FOLDER, ForkJoinPool.commonPool());
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(crl), 1 << 16)) {
            long listed = RevokedCertificates.spool(connection, now.atOffset(ZoneOffset.UTC), spool);
            double read = (System.nanoTime() - started) / 1e9;
            new CrlEncoder().encode(key, CrlHeader.full(BigInteger.ONE, now, now.plusSeconds(86_400),
                    "http://localhost:8080/crl/issuing.crl", "http://localhost:8080/crl/issuing-delta.crl"), spool, out);
            out.flush();
            connection.commit();
            return new Run(listed, read, (System.nanoTime() - started) / 1e9, heap.peak());
        }
    }

    /** The most heap in use (live or not yet collected), sampled every millisecond while Segl works. */
    private static final class HeapWatch extends Thread {
        private volatile boolean running = true;
        private long peak;

        static HeapWatch started() {
            HeapWatch watch = new HeapWatch();
            watch.setDaemon(true);
            watch.start();
            return watch;
        }

        @Override
        public void run() {
            while (running) {
                peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long peak() throws InterruptedException {
            running = false;
            join();
            return peak;
        }
    }

    /** The same revocations into the database and into OpenSSL's index, serials ascending with random gaps. */
    private static void load(String url, Instant now) throws Exception {
        Random random = new Random(20261130);
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement schema = connection.createStatement();
             BufferedWriter index = Files.newBufferedWriter(FOLDER.resolve("index.txt"))) {
            schema.execute("CREATE TABLE certificate (serial_number VARCHAR(40) NOT NULL PRIMARY KEY,"
                    + " status VARCHAR(16) NOT NULL, not_after TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " revoked_at TIMESTAMP WITH TIME ZONE, revocation_reason VARCHAR(32))");
            // The index Segl's migration V60 makes for the CRL.
            schema.execute("CREATE INDEX ix_certificate_crl ON certificate"
                    + " (status, serial_number, not_after, revoked_at, revocation_reason)");
            connection.setAutoCommit(false);
            BigInteger serial = BigInteger.ONE.shiftLeft(158);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO certificate VALUES (?, 'REVOKED', ?, ?, ?)")) {
                for (int i = 1; i <= ENTRIES; i++) {
                    serial = serial.add(BigInteger.valueOf(1 + (random.nextLong() >>> 20)));
                    String hex = String.format("%040X", serial);
                    Instant revokedAt = now.minusSeconds(1 + random.nextInt(3 * 365 * 86_400));
                    Instant notAfter = now.plusSeconds(86_400 + random.nextInt(3 * 365 * 86_400));
                    String[] reason = REASONS[random.nextInt(REASONS.length)];
                    insert.setString(1, hex);
                    insert.setObject(2, notAfter.atOffset(ZoneOffset.UTC));
                    insert.setObject(3, revokedAt.atOffset(ZoneOffset.UTC));
                    insert.setString(4, reason[0]);
                    insert.addBatch();
                    index.write("R\t" + OPENSSL_TIME.format(notAfter) + "\t" + OPENSSL_TIME.format(revokedAt) + ","
                            + reason[1] + "\t" + hex + "\tunknown\t/CN=holder " + i + "\n");
                    if (i % 10_000 == 0) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
        }
        Files.writeString(FOLDER.resolve("openssl.cnf"), String.join("\n", List.of(
                "[ca]", "default_ca = bench", "[bench]", "database = index.txt", "crlnumber = crlnumber",
                "default_md = sha256", "default_crl_days = 1", "unique_subject = no", "")));
        Files.writeString(FOLDER.resolve("crlnumber"), "01\n");
    }

    private static KeyPair rsa3072() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072);
        return generator.generateKeyPair();
    }

    private static X509Certificate selfSigned(KeyPair keys) throws Exception {
        X500Name name = new X500Name("CN=Segl Benchmark Issuing CA,O=Segl,C=DK");
        Instant now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE, Date.from(now), Date.from(now.plusSeconds(86_400 * 365L)),
                name, keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        return new JcaX509CertificateConverter().getCertificate(builder.build(
                new JcaContentSignerBuilder(SIGNATURE).build(keys.getPrivate())));
    }

    private static void pem(Path file, Object value) throws Exception {
        try (JcaPEMWriter writer = new JcaPEMWriter(Files.newBufferedWriter(file))) {
            writer.writeObject(value);
        }
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(FOLDER.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    private static void clean(Path folder) throws Exception {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
