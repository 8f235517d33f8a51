package dk.segl.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 9's benchmark (a) against a running Segl (README, "Benchmarks"): certificates issued per
 * second over REST from CSRs at concurrency 1, 4 and 16, against the rate at which this JVM signs
 * with the same issuing key (RSA 3072, RSASSA-PSS with SHA-256, Bouncy Castle) on all cores.
 * Orders and CSRs are made before the clock starts; the timed part is alice's issue calls alone.
 */
public final class IssuanceBenchmark {

    private static final int[] CONCURRENCY = {1, 4, 16};

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("bench.home", "segl-data"));
        int perRow = Integer.getInteger("bench.issuance.certificates", 64);
        Duration signing = Duration.ofSeconds(Integer.getInteger("bench.issuance.sign-seconds", 10));

        double raw = RawSigning.measure(home, signing, RawSigning.cores());

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
}
