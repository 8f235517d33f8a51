package dk.segl.ca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The CA on a fresh SoftHSM2 token (Debian's softhsm2; .ci/run installs it): keys made on the
 * token and never extractable, certificates that verify, and a second login finds the same CA.
 * SOFTHSM2_CONF points at target/softhsm (ejb-module/pom.xml); the token is made here.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Pkcs11CaKeyStoreTest {

    static final String LIBRARY = "/usr/lib/softhsm/libsofthsm2.so";
    static final char[] PIN = "5678".toCharArray();
    private static final Clock CLOCK = Clock.systemUTC();

    @BeforeAll
    static void freshToken() throws Exception {
        Path conf = Path.of(System.getenv("SOFTHSM2_CONF"));
        Path tokens = conf.resolveSibling("tokens");
        if (Files.exists(tokens)) {
            try (var paths = Files.walk(tokens)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(tokens);
        Files.writeString(conf, "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");
        Process init = new ProcessBuilder("softhsm2-util", "--init-token", "--free", "--label", "segl-unit",
                "--so-pin", "1234", "--pin", new String(PIN)).inheritIO().start();
        assertEquals(0, init.waitFor(), "softhsm2-util --init-token");
    }

    private static Pkcs11Token login() {
        return Pkcs11Token.login(LIBRARY, Optional.empty(), 0, PIN);
    }

    @Test
    void theCaIsMadeOnTheTokenAndFoundThereAgain() throws Exception {
        Pkcs11Token token = login();
        assertFalse(Pkcs11CaKeyStore.holdsCa(token), "a fresh token");
        Pkcs11CaKeyStore created = Pkcs11CaKeyStore.openOrCreate(token, TestCa.NAMES, null, CLOCK);

        X509Certificate root = created.root().certificate();
        X509Certificate issuing = created.issuing().certificate();
        root.verify(root.getPublicKey(), BouncyCastle.PROVIDER);
        issuing.verify(root.getPublicKey(), BouncyCastle.PROVIDER);
        assertEquals("RSASSA-PSS", CertificateFields.jdk(issuing).getSigAlgName());
        assertEquals("CN=Segl Test Issuing,O=Segl Test,C=DK", issuing.getSubjectX500Principal().getName());

        CaKey ocsp = created.issueOcspSigner(new OcspSignerProfile(Duration.ofDays(30), CLOCK));
        ocsp.certificate().verify(issuing.getPublicKey(), BouncyCastle.PROVIDER);

        Pkcs11Token again = login();
        assertTrue(Pkcs11CaKeyStore.holdsCa(again));
        Pkcs11CaKeyStore reopened = Pkcs11CaKeyStore.openOrCreate(again, TestCa.NAMES, null, CLOCK);
        assertEquals(root, reopened.root().certificate());
        assertEquals(issuing, reopened.issuing().certificate());
        assertEquals(ocsp.certificate(), reopened.ocspSigner().orElseThrow().certificate());
    }

    @Test
    void keysNeverLeaveTheToken() throws Exception {
        Pkcs11Token token = login();
        Pkcs11CaKeyStore.openOrCreate(token, TestCa.NAMES, null, CLOCK);
        for (String alias : new String[] {Pkcs12CaKeyStore.ROOT_ALIAS, Pkcs12CaKeyStore.ISSUING_ALIAS}) {
            PrivateKey key = (PrivateKey) java.security.KeyStore.class.cast(storeOf(token)).getKey(alias, null);
            assertNull(key.getEncoded(), alias + " key material readable");
            assertTrue(key.toString().contains("token object, sensitive, unextractable"), key.toString());
        }
    }

    /** First: a PKCS#11 login holds for the whole process, so a later wrong PIN would find the token open. */
    @Test
    @Order(1)
    void aWrongPinIsRefusedWithoutShowingIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Pkcs11Token.login(LIBRARY, Optional.empty(), 0, "0000".toCharArray()));
        assertTrue(e.getMessage().contains("wrong PIN"), e.getMessage());
        assertFalse(e.getMessage().contains("0000"), e.getMessage());
    }

    private static java.security.KeyStore storeOf(Pkcs11Token token) throws Exception {
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS11", token.provider());
        store.load(null, PIN);
        return store;
    }
}
