package dk.segl.benchmarks;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Issue 9's benchmark (a) against a running Segl (README, "Benchmarks"): certificates issued per
 * second over REST from CSRs at concurrency 1, 4 and 16, against the rate at which this JVM signs
 * with the same issuing key (RSA 3072, RSASSA-PSS with SHA-256, Bouncy Castle) on all cores.
 * Orders and CSRs are made before the clock starts; the timed part is alice's issue calls alone.
 */
public final class IssuanceBenchmark {

    private static final String ALGORITHM = "SHA256withRSAandMGF1";
    private static final int[] CONCURRENCY = {1, 4, 16};

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("bench.home", "segl-data"));
        int perRow = Integer.getInteger("bench.issuance.certificates", 64);
        Duration signing = Duration.ofSeconds(Integer.getInteger("bench.issuance.sign-seconds", 10));

        PrivateKey key = issuingKey(home.resolve("ca"));
        int cores = Runtime.getRuntime().availableProcessors();
        double raw = signaturesPerSecond(key, cores, signing);
        System.out.printf("raw signing with the issuing key (RSA %d, %s, Bouncy Castle, %d threads, %d s): %.0f/s%n",
                ((RSAKey) key).getModulus().bitLength(), ALGORITHM, cores, signing.getSeconds(), raw);

        SeglCertificates segl = new SeglCertificates(System.getProperty("bench.base"), home);
        List<String> csrs = new ArrayList<>();
        for (int i = 0; i < perRow * CONCURRENCY.length; i++) {
            csrs.add(SeglCertificates.csr(SeglCertificates.keyPair()));
        }
        long start = System.nanoTime();
        List<SeglCertificates.Ordered> orders = segl.order(perRow * CONCURRENCY.length);
        System.out.printf("ordered %d certificates over REST and read their tokens in %.1f s (not timed)%n",
                orders.size(), (System.nanoTime() - start) / 1e9);

        System.out.printf("%n(a) certificates issued per second over REST from CSRs, %d per row%n", perRow);
        System.out.println("| concurrency | Segl issued/s | raw RSA-3072 PSS signatures/s | ratio |");
        System.out.println("|------------:|--------------:|------------------------------:|------:|");
        for (int row = 0; row < CONCURRENCY.length; row++) {
            int from = row * perRow;
            double rate = issuedPerSecond(segl, orders.subList(from, from + perRow), csrs.subList(from, from + perRow),
                    CONCURRENCY[row]);
            System.out.printf("| %11d | %13.1f | %29.0f | %5.2f |%n", CONCURRENCY[row], rate, raw, rate / raw);
        }
    }

    /** The issuing key as Segl keeps it: read-only from ca.p12 with the password beside it. */
    private static PrivateKey issuingKey(Path ca) throws Exception {
        char[] password = Files.readString(ca.resolve("ca.p12.password"), StandardCharsets.US_ASCII).strip().toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(ca.resolve("ca.p12"))) {
            store.load(in, password);
        }
        return (PrivateKey) store.getKey("issuing", password);
    }

    /** Signatures over a certificate-sized body, one Signature per thread, after a warm-up of a fifth. */
    private static double signaturesPerSecond(PrivateKey key, int threads, Duration duration) throws Exception {
        byte[] body = new byte[1200];
        sign(key, body, threads, duration.dividedBy(5));
        return sign(key, body, threads, duration) / (duration.toMillis() / 1000.0);
    }

    private static long sign(PrivateKey key, byte[] body, int threads, Duration duration) throws Exception {
        BouncyCastleProvider provider = new BouncyCastleProvider();
        return timed(threads, duration, () -> {
            Signature signature = Signature.getInstance(ALGORITHM, provider);
            signature.initSign(key);
            signature.update(body);
            signature.sign();
        });
    }

    /** Issue calls, each thread taking the next order; the clock runs from the first call to the last answer. */
    private static double issuedPerSecond(SeglCertificates segl, List<SeglCertificates.Ordered> orders,
            List<String> csrs, int concurrency) throws Exception {
        AtomicLong next = new AtomicLong();
        ExecutorService threads = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                clients.add(threads.submit(() -> {
                    for (int at = (int) next.getAndIncrement(); at < orders.size(); at = (int) next.getAndIncrement()) {
                        segl.issue(orders.get(at), csrs.get(at));
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
        } finally {
            threads.shutdown();
        }
        return orders.size() / ((System.nanoTime() - start) / 1e9);
    }

    interface Work {
        void once() throws Exception;
    }

    /** How many times {@code threads} threads did the work, each one after the other, in {@code duration}. */
    private static long timed(int threads, Duration duration, Work work) throws Exception {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        work.once();
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
        return done.get();
    }
}
