package dk.segl.benchmarks;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bouncycastle.cms.CMSSignedData;

/**
 * Issue 13's benchmark (item 7) against a running Segl (README, "Benchmarks"): certificates issued
 * per second over EST simpleenroll, the IdM system authenticated by its system certificate (TLS
 * client authentication), at concurrency 1, 4 and 16, against the rate at which this JVM signs
 * with the same issuing key ({@link RawSigning}) with the same parallelism: as many threads as
 * enrolments run at once, at most one per core (one enrolment at a time keeps about one core
 * busy; sixteen keep all of them busy, and so do as many signing threads as there are cores).
 * The raw rate is measured again right before each row so that both sides of a ratio see the same
 * machine. Users, orders and CSRs are made
 * before the clock starts. Each client thread enrols users of its own, one after the other:
 * simpleenroll fulfils a user's oldest pending order, so two threads on one user would race for it.
 */
public final class EstEnrolBenchmark {

    private static final int[] CONCURRENCY = {1, 4, 16};

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("bench.home", "segl-data"));
        String https = System.getProperty("bench.https", "https://localhost:8443");
        int perRow = Integer.getInteger("bench.est.certificates", 64);
        Duration signing = Duration.ofSeconds(Integer.getInteger("bench.issuance.sign-seconds", 10));

        SeglCertificates segl = new SeglCertificates(System.getProperty("bench.base"), home);
        SeglIdm idm = new SeglIdm(segl, home);
        HttpClient system = idm.systemClient(segl.caCertificate("root"));
        long start = System.nanoTime();
        List<String> users = new ArrayList<>();
        for (int i = 0; i < CONCURRENCY[CONCURRENCY.length - 1]; i++) {
            users.add(idm.user(i));
        }
        System.out.printf("an IdM system with a system certificate and %d activated users over REST in %.1f s (not timed)%n",
                users.size(), (System.nanoTime() - start) / 1e9);

        StringBuilder table = new StringBuilder(String.format(
                "%nEST simpleenroll with TLS client authentication, certificates issued per second, %d per row%n", perRow))
                .append("| concurrency | Segl enrolled/s | raw RSA-3072 PSS signatures/s | raw threads | ratio |\n")
                .append("|------------:|----------------:|------------------------------:|------------:|------:|\n");
        for (int concurrency : CONCURRENCY) {
            List<List<String>> csrs = new ArrayList<>();
            for (int thread = 0; thread < concurrency; thread++) {
                List<String> own = new ArrayList<>();
                for (int i = 0; i < perRow / concurrency; i++) {
                    idm.orderOverApi(users.get(thread));
                    own.add(SeglIdm.enrolmentCsr(users.get(thread)));
                }
                csrs.add(own);
            }
            int threads = Math.min(concurrency, RawSigning.cores());
            double raw = RawSigning.measure(home, signing, threads);
            double rate = enrolledPerSecond(system, URI.create(https + "/.well-known/est/simpleenroll"), csrs);
            table.append(String.format("| %11d | %15.1f | %29.0f | %11d | %5.2f |%n", concurrency, rate, raw, threads,
                    rate / raw));
        }
        System.out.print(table);
    }

    /** One thread per list of CSRs; the clock runs from the first request to the last certificate read. */
    private static double enrolledPerSecond(HttpClient system, URI simpleenroll, List<List<String>> csrs)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(csrs.size());
        long start = System.nanoTime();
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (List<String> own : csrs) {
                clients.add(threads.submit(() -> {
                    for (String csr : own) {
                        enrol(system, simpleenroll, csr);
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
        return csrs.stream().mapToInt(List::size).sum() / ((System.nanoTime() - start) / 1e9);
    }

    /** One simpleenroll; the answer must be a certs-only PKCS#7 with exactly the one new certificate. */
    private static void enrol(HttpClient system, URI simpleenroll, String csr) throws Exception {
        HttpResponse<String> answer = system.send(HttpRequest.newBuilder(simpleenroll).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/pkcs10").POST(HttpRequest.BodyPublishers.ofString(csr)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("simpleenroll: HTTP " + answer.statusCode() + " " + answer.body());
        }
        CMSSignedData certsOnly = new CMSSignedData(new ByteArrayInputStream(Base64.getMimeDecoder().decode(answer.body())));
        if (certsOnly.getCertificates().getMatches(null).size() != 1) {
            throw new IllegalStateException("simpleenroll answered " + certsOnly.getCertificates().getMatches(null).size()
                    + " certificates");
        }
    }
}
