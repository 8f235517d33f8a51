package dk.segl.holder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Named.named;

import dk.segl.error.DomainException;
import dk.segl.error.Rule;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The holder's words, each validated once: what a user may be called and written to, and what a
 * certificate can carry. The hostile tables are what an attacker (or a careless import) would try.
 */
class HolderValuesTest {

    static Stream<Arguments> hostileNames() {
        return Stream.of(
                Arguments.of(named("empty", "")),
                Arguments.of(named("blank", "   ")),
                Arguments.of(named("NUL inside", "Alice\u0000Admin")),
                Arguments.of(named("line feed", "Alice\nCN=Admin")),
                Arguments.of(named("tab", "Alice\tAndersen")),
                Arguments.of(named("right-to-left override", "Alice \u202Enesredna")),
                Arguments.of(named("zero-width joiner", "Al\u200Dice")),
                Arguments.of(named("byte order mark", "\uFEFFAlice")),
                Arguments.of(named("unpaired high surrogate", "Alice \uD83D")),
                Arguments.of(named("unpaired low surrogate", "Alice \uDE00")),
                Arguments.of(named("private use", "Alice \uE000")),
                Arguments.of(named("unassigned", "Alice \u0378")),
                Arguments.of(named("line separator", "Alice\u2028Andersen")),
                Arguments.of(named("201 characters", "A".repeat(201))),
                Arguments.of(named("101 emoji (202 UTF-16 units)", "\uD83D\uDE00".repeat(101))));
    }

    @ParameterizedTest
    @MethodSource("hostileNames")
    void hostileNamesAreRefusedByTheRuleTheCallerNames(String name) {
        DomainException e = assertThrows(DomainException.class, () -> DisplayName.of(name, Rule.USER_NAME));
        assertEquals(Rule.USER_NAME, e.rule());
    }

    @Test
    void namesAreStoredInNfcWithoutSurroundingSpace() {
        assertEquals("Åse Ødegård", DisplayName.of(" A\u030Ase \u00D8deg\u00E5rd ", Rule.USER_NAME).value());
        assertEquals(DisplayName.of("Åse", Rule.USER_NAME), DisplayName.of("A\u030Ase", Rule.USER_NAME));
        assertEquals("😀 Andersen", DisplayName.of("\uD83D\uDE00 Andersen", Rule.USER_NAME).value());
    }

    @Test
    void aCertificateCarriesNamesOfAtMost64Characters() {
        assertTrue(DisplayName.of("Æ".repeat(64), Rule.USER_NAME).fitsCertificate());
        assertFalse(DisplayName.of("Æ".repeat(65), Rule.USER_NAME).fitsCertificate());
        DisplayName longName = DisplayName.of("A".repeat(65), Rule.USER_NAME);
        DomainException e = assertThrows(DomainException.class, () -> new CertificateHolder(new Cvr("12345678"),
                DisplayName.of("Org", Rule.ORGANISATION_NAME), new HolderId(UUID.randomUUID()), longName,
                new CertificateEmail("a@b.dk")));
        assertEquals(Rule.NAME_TOO_LONG_FOR_CERTIFICATE, e.rule());
    }

    static Stream<Arguments> hostileEmails() {
        return Stream.of(
                Arguments.of(named("empty", ""), Rule.EMAIL_REQUIRED),
                Arguments.of(named("no at", "no-at"), Rule.EMAIL_FORMAT),
                Arguments.of(named("two at", "two@@at.example"), Rule.EMAIL_FORMAT),
                Arguments.of(named("no local part", "@demo.example"), Rule.EMAIL_FORMAT),
                Arguments.of(named("no domain", "alice@"), Rule.EMAIL_FORMAT),
                Arguments.of(named("dotless domain", "alice@localhost"), Rule.EMAIL_FORMAT),
                Arguments.of(named("space", "al ice@demo.example"), Rule.EMAIL_FORMAT),
                Arguments.of(named("NUL", "alice\u0000@demo.example"), Rule.EMAIL_FORMAT),
                Arguments.of(named("CR LF header injection", "alice@demo.example\r\nBcc: x@evil.example"), Rule.EMAIL_FORMAT),
                Arguments.of(named("right-to-left override", "alice\u202E@demo.example"), Rule.EMAIL_FORMAT),
                Arguments.of(named("local part over 64", "a".repeat(65) + "@demo.example"), Rule.EMAIL_FORMAT),
                Arguments.of(named("over 254", "a@" + "b".repeat(250) + ".dk"), Rule.EMAIL_FORMAT),
                Arguments.of(named("Ø", "bjørn@demo.example"), Rule.EMAIL_NOT_ASCII),
                Arguments.of(named("Æ in domain", "x@ærø.example"), Rule.EMAIL_NOT_ASCII),
                Arguments.of(named("quoted local part", "\"al,ice\"@demo.example"), Rule.EMAIL_FORMAT),
                Arguments.of(named("leading dot", ".alice@demo.example"), Rule.EMAIL_FORMAT),
                Arguments.of(named("double dot", "al..ice@demo.example"), Rule.EMAIL_FORMAT),
                Arguments.of(named("comma", "alice,bob@demo.example"), Rule.EMAIL_FORMAT),
                Arguments.of(named("domain literal", "alice@[127.0.0.1]"), Rule.EMAIL_FORMAT),
                Arguments.of(named("underscore host", "alice@de_mo.example"), Rule.EMAIL_FORMAT),
                Arguments.of(named("hyphen-ended label", "alice@demo-.example"), Rule.EMAIL_FORMAT));
    }

    @ParameterizedTest
    @MethodSource("hostileEmails")
    void hostileEmailsNeverReachACertificate(String email, Rule rule) {
        DomainException e = assertThrows(DomainException.class, () -> new CertificateEmail(email));
        assertEquals(rule, e.rule());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bjørn@demo.example", "ærø@demo.example", "x@bücher.example"})
    void aUserMayHaveANonAsciiAddressButACertificateCannotCarryIt(String address) {
        EmailAddress email = new EmailAddress(address);
        assertFalse(CertificateEmail.canCarry(email));
        DomainException e = assertThrows(DomainException.class, () -> CertificateEmail.of(email));
        assertEquals(Rule.EMAIL_NOT_ASCII, e.rule());
        assertTrue(e.detail().contains("Change the user's email address first"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice@demo.example", "alice.andersen+segl@sub.demo.example", "a_b-c@x-y.dk"})
    void plainAddressesGoIntoCertificates(String address) {
        assertEquals(address, new CertificateEmail(" " + address + " ").value());
    }

    @Test
    void cvrIsEightDigits() {
        assertEquals("12345678", new Cvr("12345678").value());
        assertEquals(Rule.CVR_FORMAT, assertThrows(DomainException.class, () -> new Cvr("1234567")).rule());
        assertEquals(Rule.CVR_FORMAT, assertThrows(DomainException.class, () -> new Cvr("1234567a")).rule());
        assertEquals(Rule.CVR_FORMAT, assertThrows(DomainException.class, () -> new Cvr("١٢٣٤٥٦٧٨")).rule());
    }

    @Test
    void theHolderIdAndOrganizationIdentifierHaveOneForm() {
        UUID user = UUID.fromString("0b9b3a4e-5a52-4a7e-9f0c-1c2d3e4f5a6b");
        assertEquals("UI:DK-E:G:0b9b3a4e-5a52-4a7e-9f0c-1c2d3e4f5a6b", new HolderId(user).value());
        assertEquals(new HolderId(user), HolderId.parse("UI:DK-E:G:0b9b3a4e-5a52-4a7e-9f0c-1c2d3e4f5a6b").orElseThrow());
        assertTrue(HolderId.parse("UI:DK-E:G:1-2-3-4-5").isEmpty());
        assertTrue(HolderId.parse("0b9b3a4e-5a52-4a7e-9f0c-1c2d3e4f5a6b").isEmpty());
        assertEquals("NTRDK-12345678", new OrganizationIdentifier(new Cvr("12345678")).value());
    }
}
