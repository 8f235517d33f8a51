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
 * The baseline of the issuance benchmarks: how fast this JVM signs with a running Segl's issuing
 * key (read-only from {@code SEGL_HOME/ca/ca.p12}), RSASSA-PSS with SHA-256 in Bouncy Castle, on
 * a given number of threads (at most one per core is all the machine can use), over a
 * certificate-sized body.
 */
final class RawSigning {

    static final String ALGORITHM = "SHA256withRSAandMGF1";

    private RawSigning() {
    }

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Measures and prints the raw rate on {@code threads} threads; answers it in signatures per second. */
    static double measure(Path home, Duration duration, int threads) throws Exception {
        PrivateKey key = issuingKey(home.resolve("ca"));
        double raw = signaturesPerSecond(key, threads, duration);
        System.out.printf("raw signing with the issuing key (RSA %d, %s, Bouncy Castle, %d threads, %d s): %.0f/s%n",
                ((RSAKey) key).getModulus().bitLength(), ALGORITHM, threads, duration.getSeconds(), raw);
        return raw;
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
