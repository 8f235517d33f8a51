package dk.segl.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.segl.ca.CaKey;
import dk.segl.ca.CaNames;
import dk.segl.ca.KeystorePassword;
import dk.segl.ca.Pkcs12CaKeyStore;
import dk.segl.command.Segl;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A node signs only with the keys of the CA its database belongs to (README, "CA keys"): the CA
 * that {@code segl ca init} made and {@code segl ca reissue} re-certified starts as that CA, without
 * making one; a later start on that database with another CA's key store is refused and says why.
 * (A start without any keys is refused by the same check, tested in-process by the ejb-module's
 * CaCommandsTest.) A Payara Micro of its own, on its own SEGL_HOME, since it must fail to start.
 */
class CaCustodyIT {

    private static final Path HOME = Path.of(System.getProperty("it.custody.home", "target/it-custody")).toAbsolutePath();
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
    void theCaTheCommandsMadeStartsAndAnotherCasKeysAreRefused() throws Exception {
        Map<String, String> settings = Map.of("segl.home", HOME.toString());
        assertEquals(0, Segl.run(List.of("ca", "init"), settings, System.out, System.err), "segl ca init");
        assertEquals(0, Segl.run(List.of("ca", "reissue"), settings, System.out, System.err), "segl ca reissue");
        Pkcs12CaKeyStore made = keyStore("Segl Root CA", "Segl Issuing CA 1", "Segl");

        segl.start(LOGS.resolve("payara-commands-ca.log"));
        byte[] root = Api.anonymous(segl.base()).get("/ca/root.cer").body();
        byte[] issuing = Api.anonymous(segl.base()).get("/ca/issuing.cer").body();
        assertArrayEquals(made.root().certificate().getEncoded(), root);
        assertArrayEquals(made.issuing().certificate().getEncoded(), issuing, "the re-issued certificate");
        assertFalse(Files.readString(LOGS.resolve("payara-commands-ca.log")).contains("created a new CA"));
        segl.close();

        Files.move(KEYS, OURS);
        Pkcs12CaKeyStore other = keyStore("Other Root CA", "Other Issuing CA", "Other");
        String refusal = segl.startRefused(LOGS.resolve("payara-other-keys.log"), "Segl refuses to start");
        assertTrue(refusal.contains("the key store " + KEYS.resolve("ca.p12") + " holds the CA with root certificate SHA-256 "
                + fingerprint(other.root().certificate().getEncoded()) + " and issuing CA certificate SHA-256 "
                + fingerprint(other.issuing().certificate().getEncoded()) + ", but this database belongs to the CA"
                + " with root certificate SHA-256 " + fingerprint(root) + " and issuing CA certificate SHA-256 "
                + fingerprint(issuing)), refusal);
    }

    /** The CA in SEGL_HOME/ca: the commands' when there is one, else a new one of these names, as a mistaken copy would put there. */
    private static Pkcs12CaKeyStore keyStore(String root, String issuing, String organisation) {
        char[] password = KeystorePassword.resolve(Optional.empty(), KEYS.resolve("ca.p12.password"));
        return Pkcs12CaKeyStore.openOrCreate(KEYS.resolve("ca.p12"), password, new CaNames(root, issuing, organisation,
                URI.create("http://localhost:8080"), List.of("2.5.29.32.0")), CaKey.DEFAULT_SIGNATURE_ALGORITHM,
                Clock.systemUTC());
    }

    /** As {@code openssl x509 -fingerprint -sha256} prints it. */
    private static String fingerprint(byte[] der) throws Exception {
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
    }
}
