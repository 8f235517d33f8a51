package dk.segl.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What a durable commit costs on the embedded database: the same small transactions (one insert
 * of an order-sized row, then commit) on an H2 file database with H2's default write delay
 * (commits reach the file up to 500 ms later) and with {@code WRITE_DELAY 0}, which Segl sets so a
 * commit is written before the answer leaves. Prints median and 95th percentile per commit, for
 * one thread and for several at once, and the ratio.
 *
 * <pre>mvn -B -q -pl benchmarks compile exec:java -Dbench.main=dk.segl.benchmarks.H2CommitBenchmark</pre>
 */
public final class H2CommitBenchmark {

    private static final int COMMITS = Integer.getInteger("bench.commits", 2000);
    private static final int THREADS = Integer.getInteger("bench.threads", 4);

    private H2CommitBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("segl-h2-bench");
        for (int threads : new int[] {1, THREADS}) {
            double lazy = run(folder.resolve("lazy-" + threads), null, threads);
            double durable = run(folder.resolve("durable-" + threads), 0, threads);
            System.out.printf("%d thread(s): ratio durable/default %.1f%n%n", threads, durable / lazy);
        }
    }

    /** Answers the median microseconds per commit. */
    private static double run(Path folder, Integer writeDelay, int threads) throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("bench");
        try (Connection setup = DriverManager.getConnection(url, "sa", "");
             Statement statement = setup.createStatement()) {
            statement.execute("CREATE TABLE certificate_order (id VARCHAR(36) PRIMARY KEY, body VARCHAR(2000))");
            if (writeDelay != null) {
                statement.execute("SET WRITE_DELAY " + writeDelay);
            }
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            Future<long[]>[] results = new Future[threads];
            for (int t = 0; t < threads; t++) {
                results[t] = pool.submit(() -> commits(url, COMMITS / threads));
            }
            long[] all = new long[0];
            for (Future<long[]> result : results) {
                long[] more = result.get();
                long[] merged = Arrays.copyOf(all, all.length + more.length);
                System.arraycopy(more, 0, merged, all.length, more.length);
                all = merged;
            }
            pool.shutdown();
            Arrays.sort(all);
            double median = all[all.length / 2] / 1000.0;
            System.out.printf("%-16s %d thread(s): %d commits, median %.0f µs, p95 %.0f µs per commit%n",
                    writeDelay == null ? "default (500 ms)" : "WRITE_DELAY 0", threads, all.length, median,
                    all[all.length * 95 / 100] / 1000.0);
            return median;
        }
    }

    private static long[] commits(String url, int count) throws SQLException {
        long[] nanos = new long[count];
        String body = "x".repeat(1500);
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO certificate_order VALUES (?, ?)")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                long start = System.nanoTime();
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, body);
                insert.executeUpdate();
                connection.commit();
                nanos[i] = System.nanoTime() - start;
            }
        }
        return nanos;
    }
}
