package dk.segl.benchmarks;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;

/**
 * Issue 9's benchmarks (c) and (e) against a running Segl (README, "Benchmarks"). It issues its
 * own certificates over REST, then
 * (c) measures OCSP answers per second for them, GET and POST, with and without a nonce, from
 * Segl's /ocsp and from {@code openssl ocsp -index … -port} answering for the same certificates,
 * with the same client at the same concurrency; and
 * (e) revokes 200 of them, one at a time, and measures from the start of each revoke call until
 * OCSP answers revoked and until the delta CRL lists it.
 */
public final class OcspBenchmark {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base = System.getProperty("bench.base");

    public static void main(String[] args) throws Exception {
        new OcspBenchmark().run(Integer.getInteger("bench.ocsp.certificates", 256),
                Integer.getInteger("bench.ocsp.revocations", 200), Integer.getInteger("bench.ocsp.concurrency", 16),
                Duration.ofSeconds(Integer.getInteger("bench.ocsp.seconds", 10)),
                Path.of(System.getProperty("bench.home", "segl-data")));
    }

    private void run(int count, int revocations, int concurrency, Duration duration, Path home) throws Exception {
        SeglCertificates segl = new SeglCertificates(base, home);
        X509Certificate issuing = segl.issuingCa();
        long start = System.nanoTime();
        List<SeglCertificates.Issued> issued = segl.issue(count);
        System.out.printf("issued %d certificates over REST in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
        List<X509Certificate> certificates = issued.stream().map(SeglCertificates.Issued::certificate).toList();
        OcspLoad load = new OcspLoad(issuing, certificates.stream().map(X509Certificate::getSerialNumber).toList());

        System.out.printf("%n(c) OCSP answers per second, %d certificates, concurrency %d, %d s per row%n", count,
                concurrency, duration.getSeconds());
        System.out.println("| request    | Segl /ocsp | openssl ocsp -index | ratio |");
        System.out.println("|------------|-----------:|--------------------:|------:|");
        try (OpensslResponder openssl = new OpensslResponder(Files.createTempDirectory("segl-ocsp-bench"),
                issuing, certificates, Integer.getInteger("bench.ocsp.openssl-port", 18888))) {
            for (OcspLoad.Mode mode : OcspLoad.Mode.values()) {
                double seglRate = load.rate(base + "/ocsp", mode, concurrency, duration);
                double opensslRate = load.rate(openssl.url(), mode, concurrency, duration);
                System.out.printf("| %-10s | %10.0f | %19.0f | %5.1f |%n", mode, seglRate, opensslRate,
                        seglRate / opensslRate);
            }
        }

        List<Long> ocspMillis = new ArrayList<>();
        List<Long> deltaMillis = new ArrayList<>();
        int ocspAtOnce = 0;
        int deltaAtOnce = 0;
        for (SeglCertificates.Issued certificate : issued.subList(0, Math.min(revocations, issued.size()))) {
            byte[] request = load.request(issued.indexOf(certificate));
            BigInteger serial = certificate.certificate().getSerialNumber();
            if (revoked(request) || onDelta(serial)) {
                throw new IllegalStateException("revoked before the revoke call: " + certificate.id());
            }
            long t0 = System.nanoTime();
            segl.revoke(certificate);
            Long ocsp = null;
            Long delta = null;
            // Both channels are asked after the call returns; each is timed when first seen revoked.
            for (boolean first = true; ocsp == null || delta == null; first = false) {
                if (ocsp == null && revoked(request)) {
                    ocsp = (System.nanoTime() - t0) / 1_000_000;
                    ocspAtOnce += first ? 1 : 0;
                }
                if (delta == null && onDelta(serial)) {
                    delta = (System.nanoTime() - t0) / 1_000_000;
                    deltaAtOnce += first ? 1 : 0;
                }
            }
            ocspMillis.add(ocsp);
            deltaMillis.add(delta);
        }
        System.out.printf("%n(e) revocation -> visible, %d revocations, from the start of the revoke call%n",
                ocspMillis.size());
        System.out.println("| channel    | median | p99    | revoked at the first request after the call |");
        System.out.println("|------------|-------:|-------:|---------------------------------------------|");
        row("OCSP", ocspMillis, ocspAtOnce);
        row("delta CRL", deltaMillis, deltaAtOnce);
    }

    private static void row(String channel, List<Long> millis, int atOnce) {
        Collections.sort(millis);
        System.out.printf("| %-10s | %4d ms | %4d ms | %d of %d |%n", channel, millis.get(millis.size() / 2),
                millis.get((int) Math.ceil(millis.size() * 0.99) - 1), atOnce, millis.size());
    }

    /** Whether the delta CRL Segl serves now lists the serial (its signature is the CA's: not checked here). */
    private boolean onDelta(BigInteger serial) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + "/crl/issuing-delta.crl"))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The delta CRL answered HTTP " + response.statusCode());
        }
        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509")
                .generateCRL(new ByteArrayInputStream(response.body()));
        return crl.getRevokedCertificate(serial) != null;
    }

    /** A POST without nonce: the answer from the responder's cache whenever the status still holds. */
    private boolean revoked(byte[] request) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + "/ocsp"))
                .header("Content-Type", "application/ocsp-request").POST(HttpRequest.BodyPublishers.ofByteArray(request))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        if (!OcspLoad.successful(response)) {
            throw new IllegalStateException("OCSP answered HTTP " + response.statusCode());
        }
        BasicOCSPResp basic = (BasicOCSPResp) new OCSPResp(response.body()).getResponseObject();
        return basic.getResponses()[0].getCertStatus() instanceof RevokedStatus;
    }
}
