package dk.segl.organisation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.segl.error.DomainException;
import dk.segl.error.ErrorKind;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The passwords activation refuses, each by its rule, and some it accepts; the login name is alice.andersen. */
class PasswordRulesTest {

    private static final String LOGIN = "alice.andersen";

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("empty", "", "password-blank"),
                Arguments.of("only spaces", "              ", "password-blank"),
                Arguments.of("tabs and line breaks", "\t\t\n\n\r\n\t\t\t\t\t\t", "password-blank"),
                Arguments.of("a NUL inside", "long-enough\u0000password", "password-control-character"),
                Arguments.of("a tab inside", "long-enough\tpassword", "password-control-character"),
                Arguments.of("an escape inside", "long-enough\u001b[2Jpassword", "password-control-character"),
                Arguments.of("a right-to-left override", "long-enough\u202epassword", "password-control-character"),
                Arguments.of("a zero-width space", "long-enough\u200bpassword", "password-control-character"),
                Arguments.of("a line separator", "long-enough\u2028password", "password-control-character"),
                Arguments.of("a lone surrogate", "long-enough\ud800password", "password-control-character"),
                Arguments.of("eight characters", "k8#Lm2!q", "password-too-short"),
                Arguments.of("eleven characters", "k8#Lm2!qZx9", "password-too-short"),
                Arguments.of("eleven Danish letters", "æøåÆØÅæøåÆØ", "password-too-short"),
                Arguments.of("eleven emoji: 22 chars, 11 code points", "😀😁😂🤣😃😄😅😆😉😊😋", "password-too-short"),
                Arguments.of("a common long one", "passwordpassword", "password-common"),
                Arguments.of("a common one in other case", "QwertyUiop123", "password-common"),
                Arguments.of("a Danish favourite", "Adgangskode1234", "password-common"),
                Arguments.of("a keyboard walk", "1qaz2wsx3edc", "password-common"),
                Arguments.of("the login name itself", "alice.andersen", "password-contains-login-name"),
                Arguments.of("the login name inside, other case", "2026-Alice.Andersen!", "password-contains-login-name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void isRefused(String name, String password, String rule) {
        DomainException e = assertThrows(DomainException.class, () -> PasswordRules.check(password.toCharArray(), LOGIN));
        assertEquals(rule, e.rule().id());
        assertEquals(ErrorKind.BAD_INPUT, e.kind());
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("twelve characters", "k8#Lm2!qZx9@"),
                Arguments.of("a passphrase with spaces", "correct horse battery"),
                Arguments.of("twelve Danish letters", "æøåÆØÅæøåÆØÅ"),
                Arguments.of("twelve emoji", "😀😁😂🤣😃😄😅😆😉😊😋😎"),
                Arguments.of("a short login name inside is only a coincidence", "about-the-bottle"),
                Arguments.of("the test suite's password", "it-password-1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void isAccepted(String name, String password) {
        assertDoesNotThrow(() -> PasswordRules.check(password.toCharArray(), name.contains("short login") ? "bo" : LOGIN));
    }
}
