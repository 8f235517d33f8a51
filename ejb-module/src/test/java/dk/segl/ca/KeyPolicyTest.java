package dk.segl.ca;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.segl.error.DomainException;
import dk.segl.error.ErrorKind;
import java.security.PublicKey;
import org.junit.jupiter.api.Test;

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
    void refusesRsa2048AsTooWeak() {
        assertRefused(TestKeys.rsa(2048).getPublic(), "csr-key-too-weak");
    }

    @Test
    void refusesP521AsAnotherCurve() {
        assertRefused(TestKeys.ec("secp521r1").getPublic(), "csr-key-too-weak");
    }

    @Test
    void refusesSecp256k1AsAnotherCurve() {
        assertRefused(TestKeys.ec("secp256k1").getPublic(), "csr-key-too-weak");
    }

    @Test
    void refusesEd25519AsAnotherAlgorithm() {
        assertRefused(TestKeys.of("Ed25519").getPublic(), "csr-key-algorithm");
    }

    private static void assertRefused(PublicKey key, String rule) {
        DomainException e = assertThrows(DomainException.class, () -> KeyPolicy.check(key));
        assertEquals(rule, e.rule().id());
        assertEquals(ErrorKind.BAD_INPUT, e.kind());
    }
}
