package dk.segl.it;

import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.json.Json;
import java.math.BigInteger;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CRLHolder;

/**
 * Concurrent work against a running Segl, remembering only what Segl acknowledged (a 2xx answer
 * received): orders, issuances from hardware CSRs, revocations; and every CRL it served. One
 * worker per user orders, issues and (every other time) revokes, until told to stop; a request
 * cut off by the server's death counts as not acknowledged.
 */
final class CrashLoad {

    record Order(String userId, String id) {
    }

    /** What Segl acknowledged, kept across rounds: the checks after each restart cover all of it. */
    static final class Acknowledged {
        final Map<String, Order> orders = new ConcurrentHashMap<>();
        final Map<String, BigInteger> issued = new ConcurrentHashMap<>();
        final Map<String, BigInteger> revoked = new ConcurrentHashMap<>();
        /** Every CRL seen, by number: a number must always stand for the same CRL. */
        final Map<BigInteger, byte[]> crls = new ConcurrentHashMap<>();
        final List<BigInteger> crlNumbersInOrderSeen = new CopyOnWriteArrayList<>();
        final List<BigInteger> deltaNumbersInOrderSeen = new CopyOnWriteArrayList<>();
    }

    private final Api anonymous;
    private final GreenMailOperations mail;
    private final Fixtures.Organisation organisation;
    private final List<Fixtures.User> users;
    private final Acknowledged acknowledged;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();

    CrashLoad(Api anonymous, GreenMailOperations mail, Fixtures.Organisation organisation, List<Fixtures.User> users,
              Acknowledged acknowledged) {
        this.anonymous = anonymous;
        this.mail = mail;
        this.organisation = organisation;
        this.users = users;
        this.acknowledged = acknowledged;
    }

    void start() {
        for (Fixtures.User user : users) {
            threads.add(started(new Thread(() -> work(user), "crash-load-" + user.login())));
        }
        threads.add(started(new Thread(this::watchCrl, "crash-crl")));
    }

    private static Thread started(Thread thread) {
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Tells the workers to stop and waits for them; requests in flight fail once the server is gone. */
    void stop() throws InterruptedException {
        stop.set(true);
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(90).toMillis());
        }
    }

    private void work(Fixtures.User user) {
        for (int i = 0; !stop.get(); i++) {
            try {
                Optional<String> ordered = order(user);
                if (ordered.isEmpty()) {
                    continue;
                }
                Optional<String> token = awaitToken(user, ordered.get());
                if (token.isPresent() && issue(user, ordered.get(), token.get()) && i % 2 == 0) {
                    revoke(user, ordered.get());
                }
            } catch (Throwable cutOff) {
                // The server died under the request: nothing was acknowledged.
                pause();
            }
        }
    }

    private Optional<String> order(Fixtures.User user) {
        ApiResponse answer = organisation.admin().post(certificates(user),
                Fixtures.order("USER_LOGIN", "HARDWARE", false));
        if (answer.status() != 201) {
            return Optional.empty();
        }
        String id = answer.json().getString("id");
        acknowledged.orders.put(id, new Order(user.id(), id));
        return Optional.of(id);
    }

    private Optional<String> awaitToken(Fixtures.User user, String orderId) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!stop.get() && Instant.now().isBefore(deadline)) {
            var mails = Mailboxes.to(mail, user.email(), "Order: " + orderId);
            if (!mails.isEmpty()) {
                return Optional.of(mails.get(0).value("Issuance token"));
            }
            pause();
        }
        return Optional.empty();
    }

    private boolean issue(Fixtures.User user, String orderId, String token) {
        ApiResponse answer = user.api().postBytes("/api/v1/me/certificates/" + orderId + "/issue?token=" + token,
                Csrs.der(Csrs.ec("secp256r1")), "Content-Type", "application/pkcs10");
        if (answer.status() != 200) {
            return false;
        }
        acknowledged.issued.put(orderId, Certificates.chain(answer.body()).get(0).getSerialNumber());
        return true;
    }

    private void revoke(Fixtures.User user, String orderId) {
        ApiResponse answer = organisation.admin().post(certificates(user) + "/" + orderId + "/revoke",
                Json.createObjectBuilder().add("reason", "AFFILIATION_CHANGED").build());
        if (answer.status() == 200) {
            acknowledged.revoked.put(orderId, acknowledged.issued.get(orderId));
        }
    }

    private void watchCrl() {
        while (!stop.get()) {
            try {
                fetchCrl(anonymous, acknowledged, FULL);
                fetchCrl(anonymous, acknowledged, DELTA);
            } catch (Throwable cutOff) {
                // Not served: nothing to remember.
            }
            pause();
        }
    }

    static final String FULL = "/crl/issuing.crl";
    static final String DELTA = "/crl/issuing-delta.crl";

    /** Fetches the issuing CA's full CRL, remembers it by number, and answers it. */
    static X509CRL fetchCrl(Api anonymous, Acknowledged acknowledged) {
        return fetchCrl(anonymous, acknowledged, FULL);
    }

    /**
     * Fetches the full or the delta CRL and remembers it by number: full and delta CRLs share one
     * sequence of numbers, so a number must stand for one CRL of either kind.
     */
    static X509CRL fetchCrl(Api anonymous, Acknowledged acknowledged, String path) {
        ApiResponse answer = anonymous.get(path);
        if (answer.status() != 200) {
            throw new AssertionError("No CRL at " + path + ": " + answer.status());
        }
        X509CRL crl = Certificates.crl(answer.body());
        BigInteger number = crlNumber(crl);
        byte[] before = acknowledged.crls.putIfAbsent(number, answer.body());
        if (before != null && !java.util.Arrays.equals(before, answer.body())) {
            throw new AssertionError("CRL number " + number + " was served with two different contents");
        }
        (FULL.equals(path) ? acknowledged.crlNumbersInOrderSeen : acknowledged.deltaNumbersInOrderSeen).add(number);
        return crl;
    }

    static BigInteger crlNumber(X509CRL crl) {
        try {
            return CRLNumber.getInstance(new JcaX509CRLHolder(crl).getExtension(Extension.cRLNumber).getParsedValue())
                    .getCRLNumber();
        } catch (Exception e) {
            throw new AssertionError("The CRL has no CRL number", e);
        }
    }

    private String certificates(Fixtures.User user) {
        return organisation.users() + "/" + user.id() + "/certificates";
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
