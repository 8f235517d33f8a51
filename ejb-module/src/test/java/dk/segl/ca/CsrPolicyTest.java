package dk.segl.ca;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.segl.error.DomainException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.Test;

class CsrPolicyTest {

    @Test
    void acceptsRsa3072Pem() {
        KeyPair keys = TestKeys.rsa3072();
        byte[] pem = Pem.encode("CERTIFICATE REQUEST", csr(keys, "SHA256withRSA")).getBytes(StandardCharsets.US_ASCII);
        assertSameKey(keys.getPublic(), CsrPolicy.approve(pem));
    }

    @Test
    void acceptsNewCertificateRequestPemWithLeadingWhitespace() {
        KeyPair keys = TestKeys.rsa3072();
        String pem = "\r\n  " + Pem.encode("NEW CERTIFICATE REQUEST", csr(keys, "SHA256withRSA"));
        assertSameKey(keys.getPublic(), CsrPolicy.approve(pem.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void acceptsRsa3072Der() {
        KeyPair keys = TestKeys.rsa3072();
        assertSameKey(keys.getPublic(), CsrPolicy.approve(csr(keys, "SHA256withRSA")));
    }

    @Test
    void acceptsEcP256() {
        KeyPair keys = TestKeys.ec("secp256r1");
        assertSameKey(keys.getPublic(), CsrPolicy.approve(csr(keys, "SHA256withECDSA")));
    }

    @Test
    void acceptsEcP384() {
        KeyPair keys = TestKeys.ec("secp384r1");
        assertSameKey(keys.getPublic(), CsrPolicy.approve(csr(keys, "SHA384withECDSA")));
    }

    @Test
    void refusesRsa2048AsTooWeak() {
        assertRefused(csr(TestKeys.rsa(2048), "SHA256withRSA"), "csr-key-too-weak");
    }

    @Test
    void refusesEcP521AsTooWeak() {
        assertRefused(csr(TestKeys.ec("secp521r1"), "SHA512withECDSA"), "csr-key-too-weak");
    }

    @Test
    void refusesSecp256k1AsTooWeak() {
        assertRefused(csr(TestKeys.ec("secp256k1"), "SHA256withECDSA"), "csr-key-too-weak");
    }

    @Test
    void refusesEd25519KeyAlgorithm() {
        assertRefused(csr(TestKeys.of("Ed25519"), "Ed25519"), "csr-key-algorithm");
    }

    @Test
    void refusesDsaKeyAlgorithm() throws Exception {
        // The JDK ships DSA domain parameters; generating them in Bouncy Castle would take seconds.
        KeyPairGenerator dsa = KeyPairGenerator.getInstance("DSA");
        dsa.initialize(2048);
        assertRefused(csr(dsa.generateKeyPair(), "SHA256withDSA"), "csr-key-algorithm");
    }

    @Test
    void refusesTamperedSignature() {
        byte[] der = csr(TestKeys.rsa3072(), "SHA256withRSA");
        // The signature BIT STRING ends the encoding, so the last byte is signature.
        der[der.length - 1] ^= 0x01;
        assertRefused(der, "csr-signature-invalid");
    }

    @Test
    void refusesGarbageBytes() {
        assertRefused(new byte[] {0x30, 0x03, 0x02, 0x01, 0x05, 0x42}, "csr-unparseable");
    }

    @Test
    void refusesPemHoldingSomethingElse() {
        byte[] pem = Pem.encode("CERTIFICATE", new byte[] {0x30, 0x00}).getBytes(StandardCharsets.US_ASCII);
        assertRefused(pem, "csr-unparseable");
    }

    @Test
    void refusesEmptyInput() {
        assertRefused(new byte[0], "csr-unparseable");
    }

    static byte[] csr(KeyPair keys, String signatureAlgorithm) {
        try {
            return new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=ignored"), keys.getPublic())
                    .build(new JcaContentSignerBuilder(signatureAlgorithm).setProvider(BouncyCastle.PROVIDER)
                            .build(keys.getPrivate()))
                    .getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertSameKey(PublicKey expected, PublicKey actual) {
        assertArrayEquals(expected.getEncoded(), actual.getEncoded());
    }

    private static void assertRefused(byte[] input, String rule) {
        DomainException e = assertThrows(DomainException.class, () -> CsrPolicy.approve(input));
        assertEquals(rule, e.rule().id());
    }
}
