package dk.segl.benchmarks;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The one OCSP client both responders are measured with: a number of threads, each asking
 * about a random one of the certificates, one request after the other, for a fixed time; only
 * answers with HTTP 200 and OCSP status successful count.
 */
final class OcspLoad {

    enum Mode {
        POST(false, false), GET(true, false), POST_NONCE(false, true), GET_NONCE(true, true);

        final boolean get;
        final boolean nonce;

        Mode(boolean get, boolean nonce) {
            this.get = get;
            this.nonce = nonce;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final X509CertificateHolder issuer;
    private final List<BigInteger> serials;
    private final List<byte[]> plain = new ArrayList<>();
    private final SecureRandom random = new SecureRandom();

    OcspLoad(X509Certificate issuer, List<BigInteger> serials) throws Exception {
        this.issuer = new X509CertificateHolder(issuer.getEncoded());
        this.serials = List.copyOf(serials);
        for (BigInteger serial : serials) {
            plain.add(request(serial, null));
        }
    }

    /** Answers per second over {@code duration}, after a warm-up of a fifth of it. */
    double rate(String url, Mode mode, int concurrency, Duration duration) throws Exception {
        run(url, mode, concurrency, duration.dividedBy(5));
        return run(url, mode, concurrency, duration) / (duration.toMillis() / 1000.0);
    }

    /** One request, as the client sends it; for checking a responder by hand. */
    byte[] request(int index) {
        return plain.get(index);
    }

    private long run(String url, Mode mode, int concurrency, Duration duration) throws Exception {
        AtomicLong answered = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                clients.add(threads.submit(() -> {
                    while (System.nanoTime() < end) {
                        try {
                            if (successful(http.send(build(url, mode), HttpResponse.BodyHandlers.ofByteArray()))) {
                                answered.incrementAndGet();
                            }
                        } catch (IOException e) {
                            // openssl answers HTTP/1.0 and closes; a request on a connection it closed fails and counts nothing.
                            failed.incrementAndGet();
                        }
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
        if (failed.get() > 0) {
            System.out.printf("  (%s %s: %d requests failed at the connection, %d answered)%n", url, mode, failed.get(),
                    answered.get());
        }
        return answered.get();
    }

    private HttpRequest build(String url, Mode mode) throws Exception {
        int index = ThreadLocalRandom.current().nextInt(serials.size());
        byte[] der = mode.nonce ? request(serials.get(index), nonce()) : plain.get(index);
        if (mode.get) {
            String path = URLEncoder.encode(Base64.getEncoder().encodeToString(der), StandardCharsets.US_ASCII);
            return HttpRequest.newBuilder(URI.create(url + "/" + path)).timeout(Duration.ofSeconds(30)).GET().build();
        }
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/ocsp-request").POST(HttpRequest.BodyPublishers.ofByteArray(der)).build();
    }

    private byte[] nonce() {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        return nonce;
    }

    private byte[] request(BigInteger serial, byte[] nonce) throws Exception {
        OCSPReqBuilder builder = new OCSPReqBuilder().addRequest(new CertificateID(
                new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1), issuer, serial));
        if (nonce != null) {
            builder.setRequestExtensions(new Extensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false,
                    new DEROctetString(nonce).getEncoded())));
        }
        return builder.build().getEncoded();
    }

    /** OCSPResponse ::= SEQUENCE { responseStatus ENUMERATED, ... }: status 0 is successful. */
    static boolean successful(HttpResponse<byte[]> response) {
        byte[] der = response.body();
        if (response.statusCode() != 200 || der.length < 5 || der[0] != 0x30) {
            return false;
        }
        int at = 2 + ((der[1] & 0x80) == 0 ? 0 : der[1] & 0x7f);
        return der.length > at + 2 && der[at] == 0x0a && der[at + 1] == 1 && der[at + 2] == 0;
    }
}
