package dk.segl.ca;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.segl.error.DomainException;
import dk.segl.error.ErrorKind;
import java.security.PublicKey;
import org.junit.jupiter.api.Test;

/** The provider-built keys the profile is given; the encoded corner cases are in {@link CsrPolicyTest}'s corpus. */
class KeyPolicyTest {

    @Test
    void acceptsRsa3072() {
        assertDoesNotThrow(() -> KeyPolicy.check(TestKeys.rsa3072().getPublic()));
    }

    @Test
    void acceptsEcP256() {
        assertDoesNotThrow(() -> KeyPolicy.check(TestKeys.ec("secp256r1").getPublic()));
    }

    @Test
    void acceptsEcP384() {
        assertDoesNotThrow(() -> KeyPolicy.check(TestKeys.ec("secp384r1").getPublic()));
    }

    @Test
    void refusesRsa2048BySize() {
        assertRefused(TestKeys.rsa(2048).getPublic(), "csr-key-size");
    }

    @Test
    void refusesP521AsAnotherCurve() {
        assertRefused(TestKeys.ec("secp521r1").getPublic(), "csr-ec-curve");
    }

    @Test
    void refusesSecp256k1AsAnotherCurve() {
        assertRefused(TestKeys.ec("secp256k1").getPublic(), "csr-ec-curve");
    }

    @Test
    void refusesEd25519AsAnotherAlgorithm() {
        assertRefused(TestKeys.of("Ed25519").getPublic(), "csr-key-algorithm");
    }

    /** A provider reports such a key as an RSAPublicKey; only its encoding says it may not encrypt. */
    @Test
    void refusesRsaKeyRestrictedToPss() {
        assertRefused(TestKeys.rsaPss(), "csr-key-algorithm");
    }

    private static void assertRefused(PublicKey key, String rule) {
        DomainException e = assertThrows(DomainException.class, () -> KeyPolicy.check(key));
        assertEquals(rule, e.rule());
        assertEquals(ErrorKind.BAD_INPUT, e.kind());
    }
}
