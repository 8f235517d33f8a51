package dk.segl.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.segl.ca.CaKey;
import dk.segl.ca.CaNames;
import dk.segl.ca.KeystorePassword;
import dk.segl.ca.Pkcs12CaKeyStore;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A node signs only with the keys of the CA its database belongs to (README, "CA keys"): on the
 * embedded defaults the first start creates the CA and records it; a later start on that database
 * without the key store, or with another CA's key store, is refused and says why, and makes no new
 * CA; with the right key store back it starts as the same CA. A Payara Micro of its own, on its own
 * SEGL_HOME, since it must fail to start.
 */
class CaCustodyIT {

    private static final Path HOME = Path.of(System.getProperty("it.custody.home", "target/it-custody"));
    private static final Path LOGS = Path.of(System.getProperty("it.custody.reports", "target/failsafe-reports/custody"));
    private static final Path KEYS = HOME.resolve("ca");
    private static final Path OURS = HOME.resolve("ca-ours");

    private static SeglProcess segl;

    @BeforeAll
    static void freshHome() throws Exception {
        SeglProcess.deleteRecursively(HOME);
        SeglProcess.deleteRecursively(LOGS);
        segl = new SeglProcess(HOME, Integer.getInteger("it.custody.http.port", 18680), List.of(
                "-Dsegl.ldap.enabled=false", "-Dsegl.https.port=" + Integer.getInteger("it.custody.https.port", 18643),
                "-Dsegl.public-https-base-url=https://localhost:" + Integer.getInteger("it.custody.https.port", 18643)));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (segl != null) {
            segl.close();
        }
    }

    @Test
    void aStartWithKeysOfAnotherCaIsRefusedWithTheReason() throws Exception {
        segl.start(LOGS.resolve("payara-first.log"));
        byte[] root = Api.anonymous(segl.base()).get("/ca/root.cer").body();
        byte[] issuing = Api.anonymous(segl.base()).get("/ca/issuing.cer").body();
        assertTrue(Files.readString(LOGS.resolve("payara-first.log")).contains("The database had no CA and there was"
                + " none in the key store " + KEYS.resolve("ca.p12") + ": created a new CA with root certificate SHA-256 "
                + fingerprint(root)));
        segl.close();

        Files.move(KEYS, OURS);
        String refusal = segl.startRefused(LOGS.resolve("payara-no-keys.log"), "Segl refuses to start");
        assertTrue(refusal.contains("this database belongs to the CA with root certificate SHA-256 "
                + fingerprint(root) + " and issuing CA certificate SHA-256 " + fingerprint(issuing)
                + ", but there is no CA in the key store " + KEYS.resolve("ca.p12")), refusal);
        assertFalse(Files.exists(KEYS.resolve("ca.p12")), "no new CA made");
        segl.close();

        Pkcs12CaKeyStore other = anotherCa();
        refusal = segl.startRefused(LOGS.resolve("payara-other-keys.log"), "Segl refuses to start");
        assertTrue(refusal.contains("the key store " + KEYS.resolve("ca.p12") + " holds the CA with root certificate SHA-256 "
                + fingerprint(other.root().certificate().getEncoded()) + " and issuing CA certificate SHA-256 "
                + fingerprint(other.issuing().certificate().getEncoded()) + ", but this database belongs to the CA"
                + " with root certificate SHA-256 " + fingerprint(root)), refusal);
        segl.close();

        SeglProcess.deleteRecursively(KEYS);
        Files.move(OURS, KEYS);
        segl.start(LOGS.resolve("payara-keys-back.log"));
        assertArrayEquals(root, Api.anonymous(segl.base()).get("/ca/root.cer").body());
        assertArrayEquals(issuing, Api.anonymous(segl.base()).get("/ca/issuing.cer").body());
    }

    /** A whole CA hierarchy of another name in SEGL_HOME/ca, as a mistaken copy would put there. */
    private static Pkcs12CaKeyStore anotherCa() {
        char[] password = KeystorePassword.resolve(Optional.empty(), KEYS.resolve("ca.p12.password"));
        return Pkcs12CaKeyStore.openOrCreate(KEYS.resolve("ca.p12"), password, new CaNames("Other Root CA",
                "Other Issuing CA", "Other", URI.create("http://localhost:18680"), List.of("2.5.29.32.0")),
                CaKey.DEFAULT_SIGNATURE_ALGORITHM, Clock.systemUTC());
    }

    /** As {@code openssl x509 -fingerprint -sha256} prints it. */
    private static String fingerprint(byte[] der) throws Exception {
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
    }
}
