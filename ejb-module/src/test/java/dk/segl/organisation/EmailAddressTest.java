package dk.segl.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.segl.error.DomainException;
import dk.segl.error.ErrorKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The seed's rule: an address with Æ, Ø or Å (or any non-ASCII letter) cannot go into a certificate. */
class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"bjørn@demo.example", "ærø@demo.example", "åse@demo.example", "x@bücher.example"})
    void nonAsciiAddressesAreValidButNotForCertificates(String address) {
        EmailAddress email = new EmailAddress(address);
        assertFalse(email.canGoInCertificate());
        DomainException e = assertThrows(DomainException.class, email::requireCertificateSafe);
        assertEquals(ErrorKind.REFUSED, e.kind());
        assertEquals("email-not-ascii", e.rule());
        assertTrue(e.detail().contains("Change the user's email address first"));
    }

    @Test
    void asciiAddressesGoInCertificates() {
        assertTrue(new EmailAddress(" alice@demo.example ").canGoInCertificate());
        assertEquals("alice@demo.example", new EmailAddress(" alice@demo.example ").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "no-at", "two@@at.example", "@demo.example", "alice@", "al ice@demo.example",
            "alice@localhost"})
    void malformedAddressesAreBadInput(String address) {
        DomainException e = assertThrows(DomainException.class, () -> new EmailAddress(address));
        assertEquals(ErrorKind.BAD_INPUT, e.kind());
    }

    @Test
    void cvrIsEightDigits() {
        assertEquals("12345678", new Cvr("12345678").value());
        assertEquals("cvr-format", assertThrows(DomainException.class, () -> new Cvr("1234567")).rule());
        assertEquals("cvr-format", assertThrows(DomainException.class, () -> new Cvr("1234567a")).rule());
    }

    @Test
    void loginNamesAreCaseInsensitive() {
        assertEquals("alice", new LoginName("Alice").value());
        assertEquals("login-name-format", assertThrows(DomainException.class, () -> new LoginName("a b")).rule());
    }
}
