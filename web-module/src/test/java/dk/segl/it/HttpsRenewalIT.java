package dk.segl.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509ExtendedTrustManager;
import org.junit.jupiter.api.Test;

/**
 * The HTTPS server certificate is renewed while Segl runs, and the running listener serves the new
 * one from the next handshake on. Segl checks every 20 seconds. The test server renews 347 days
 * before the end of the certificate's year of 365 or 366 days (web-module/pom.xml,
 * {@code segl.tls.renew-before}), so 19 days on the test clock make it due, and the 14 days of
 * PagesIT and the 17 of RenewalReminderIT do not (on a server started within the day): they would
 * leave a certificate that starts days ahead behind them. 19 days stay short of the OCSP signer's
 * renewal (20 days into its 30); like RenewalReminderIT's 17, they make every earlier user
 * certificate due for a reminder, whose mails go to users no later class reads.
 */
class HttpsRenewalIT extends SeglIT {

    private static final Duration RENEWAL = Duration.ofMinutes(3);

    @Test
    void theRunningServerRenewsItsCertificateAndServesTheNewOne() throws Exception {
        MutualTls tls = new MutualTls(anonymous);
        X509Certificate before = served()[0];

        X509Certificate[] renewed;
        try (TestClock later = TestClock.ahead(Duration.ofDays(19))) {
            renewed = newChainAfter(before);
        }
        X509Certificate certificate = renewed[0];
        assertEquals(before.getSubjectX500Principal(), certificate.getSubjectX500Principal());
        assertEquals(before.getExtendedKeyUsage(), certificate.getExtendedKeyUsage());
        assertTrue(certificate.getNotAfter().after(before.getNotAfter()), certificate::toString);
        certificate.verify(renewed[1].getPublicKey());
        renewed[1].verify(tls.root().getPublicKey());

        // Back on real time, that certificate starts only in 19 days: it is renewed again, so
        // clients that check the dates (all of them) get a valid one and the next classes can connect.
        X509Certificate current = newChainAfter(certificate)[0];
        current.checkValidity(new Date());
        assertEquals(200, tls.https(null).get("/.well-known/est/cacerts").status());
    }

    /** Waits for the listener to present another certificate; a handshake that meets its restart fails and is tried again. */
    private static X509Certificate[] newChainAfter(X509Certificate old) {
        return await().atMost(RENEWAL).pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                .until(HttpsRenewalIT::served, chain -> !chain[0].getSerialNumber().equals(old.getSerialNumber()));
    }

    /**
     * The chain the listener presents in a handshake, whatever its dates: a strict client would refuse
     * the certificate issued while the clock ran ahead, so this one keeps it and the test checks it.
     */
    private static X509Certificate[] served() throws Exception {
        AtomicReference<X509Certificate[]> chain = new AtomicReference<>();
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new X509ExtendedTrustManager[] {new Keeping(chain)}, new SecureRandom());
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("localhost", MutualTls.PORT)) {
            socket.startHandshake();
        }
        return chain.get();
    }

    /** Keeps the server's chain and trusts it; only {@link #served} uses it, and checks it itself. */
    private static final class Keeping extends X509ExtendedTrustManager {

        private final AtomicReference<X509Certificate[]> chain;

        Keeping(AtomicReference<X509Certificate[]> chain) {
            this.chain = chain;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] presented, String authType, Socket socket) {
            chain.set(presented.clone());
        }

        @Override
        public void checkServerTrusted(X509Certificate[] presented, String authType, SSLEngine engine) {
            chain.set(presented.clone());
        }

        @Override
        public void checkServerTrusted(X509Certificate[] presented, String authType) {
            chain.set(presented.clone());
        }

        @Override
        public void checkClientTrusted(X509Certificate[] presented, String authType, Socket socket) {
            throw new UnsupportedOperationException("a client only");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] presented, String authType, SSLEngine engine) {
            throw new UnsupportedOperationException("a client only");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] presented, String authType) {
            throw new UnsupportedOperationException("a client only");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
