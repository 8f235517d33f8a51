package dk.segl.ca;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.segl.holder.TestHolders;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.EncryptedData;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagFactory;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.jcajce.JcePKCS12MacCalculatorBuilderProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrowserKeyBundleTest {

    private static final BrowserKeyBundle BUNDLE = new BrowserKeyBundle();
    private static KeyPair keys;
    private static X509Certificate certificate;
    private static List<X509Certificate> chain;
    private static Pkcs12File file;

    @BeforeAll
    static void issueAndExport() {
        keys = BUNDLE.generateKeyPair();
        ProfileSigner signer = new ProfileSigner(TestCa.BASE, List.of("1.3.6.1.4.1.99999.1"),
                Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC));
        certificate = signer.issue(TestCa.store().issuing(), Profiles.USER,
                TestHolders.of("12345678", "Segl Test", UUID.randomUUID(), "Test User", "test@example.dk"),
                keys.getPublic(), new SerialNumbers().next());
        chain = List.of(TestCa.store().issuing().certificate(), TestCa.store().root().certificate());
        file = BUNDLE.export(keys.getPrivate(), certificate, chain, "Test User");
    }

    @Test
    void generatesRsa3072Keys() {
        assertEquals(3072, ((RSAPublicKey) keys.getPublic()).getModulus().bitLength());
    }

    @Test
    void passwordIsTwentyUrlSafeCharactersAndFreshEachTime() {
        assertTrue(file.password().matches("[A-Za-z0-9_-]{20}"), file.password());
        Pkcs12File again = BUNDLE.export(keys.getPrivate(), certificate, chain, "Test User");
        assertNotEquals(file.password(), again.password());
    }

    @Test
    void jdkKeyStoreReadsKeyAndChain() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(file.der()), file.password().toCharArray());
        List<String> aliases = java.util.Collections.list(store.aliases());
        assertEquals(1, aliases.size());
        String alias = aliases.get(0);
        assertEquals("test user", alias.toLowerCase(java.util.Locale.ROOT), "friendly name becomes the alias");
        PrivateKey key = (PrivateKey) store.getKey(alias, file.password().toCharArray());
        assertArrayEquals(keys.getPrivate().getEncoded(), key.getEncoded());
        Certificate[] storedChain = store.getCertificateChain(alias);
        assertEquals(List.of(certificate, chain.get(0), chain.get(1)), List.of(storedChain));
    }

    @Test
    void usesPbes2WithAes256AndHmacSha256Everywhere() throws Exception {
        PKCS12PfxPdu pfx = new PKCS12PfxPdu(file.der());
        assertTrue(pfx.isMacValid(new JcePKCS12MacCalculatorBuilderProvider().setProvider(BouncyCastle.PROVIDER),
                file.password().toCharArray()));
        assertEquals(NISTObjectIdentifiers.id_sha256, pfx.getMacAlgorithmID().getAlgorithm());
        int keyBags = 0;
        for (ContentInfo info : pfx.getContentInfos()) {
            if (info.getContentType().equals(PKCSObjectIdentifiers.encryptedData)) {
                assertPbes2Aes256Sha256(EncryptedData.getInstance(info.getContent()).getEncryptionAlgorithm());
            } else {
                for (PKCS12SafeBag bag : new PKCS12SafeBagFactory(info).getSafeBags()) {
                    assertEquals(PKCSObjectIdentifiers.pkcs8ShroudedKeyBag, bag.getType());
                    PKCS8EncryptedPrivateKeyInfo key = (PKCS8EncryptedPrivateKeyInfo) bag.getBagValue();
                    assertPbes2Aes256Sha256(key.getEncryptionAlgorithm());
                    keyBags++;
                }
            }
        }
        assertEquals(1, keyBags);
    }

    @Test
    void openSslReadsItWithoutLegacyProvider(@TempDir Path folder) throws Exception {
        assumeTrue(onPath("openssl"), "openssl is not installed");
        Path p12 = folder.resolve("bundle.p12");
        Files.write(p12, file.der());
        Process openssl = new ProcessBuilder("openssl", "pkcs12", "-in", p12.toString(),
                "-passin", "pass:" + file.password(), "-noout")
                .redirectErrorStream(true).start();
        assertTrue(openssl.waitFor(60, TimeUnit.SECONDS));
        String output = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, openssl.exitValue(), output);
    }

    private static void assertPbes2Aes256Sha256(AlgorithmIdentifier algorithm) {
        assertEquals(PKCSObjectIdentifiers.id_PBES2, algorithm.getAlgorithm());
        PBES2Parameters parameters = PBES2Parameters.getInstance(algorithm.getParameters());
        assertEquals(NISTObjectIdentifiers.id_aes256_CBC, parameters.getEncryptionScheme().getAlgorithm());
        PBKDF2Params kdf = PBKDF2Params.getInstance(parameters.getKeyDerivationFunc().getParameters());
        assertEquals(PKCSObjectIdentifiers.id_hmacWithSHA256, kdf.getPrf().getAlgorithm());
        assertTrue(kdf.getIterationCount().compareTo(BigInteger.valueOf(2048)) >= 0);
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, command))) {
                return true;
            }
        }
        return false;
    }
}
