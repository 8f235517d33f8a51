package dk.segl.organisation;

import dk.segl.error.Rule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password chosen at activation must be; each refusal names its rule. Length counts code
 * points, so a letter outside the Basic Multilingual Plane counts once. Twelve is the minimum:
 * the password is the only factor, and twelve characters keep a stolen database's PBKDF2 hashes
 * out of reach of offline guessing while staying something a person types; the throttle handles
 * online guessing.
 */
final class PasswordRules {

    static final int MIN_CODE_POINTS = 12;
    /** A login name this long is a guessable part of a password; a shorter one only as the whole of it. */
    private static final int LOGIN_PART_MIN = 4;
    private static final String COMMON_FILE = "common-passwords.txt";
    private static final Set<String> COMMON = load();

    private PasswordRules() {
    }

    static void check(char[] password, String loginName) {
        String text = password == null ? "" : new String(password);
        if (text.isBlank()) {
            throw Rule.PASSWORD_BLANK.refusal("Choose a password");
        }
        if (text.codePoints().anyMatch(PasswordRules::isControl)) {
            throw Rule.PASSWORD_CONTROL_CHARACTER.refusal("A password cannot contain control characters, line breaks or invisible formatting characters");
        }
        if (text.codePointCount(0, text.length()) < MIN_CODE_POINTS) {
            throw Rule.PASSWORD_TOO_SHORT.refusal("A password has at least " + MIN_CODE_POINTS + " characters");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            throw Rule.PASSWORD_COMMON.refusal("This password is one of the most common ones, which are guessed first; choose another");
        }
        String login = loginName == null ? "" : loginName.toLowerCase(Locale.ROOT);
        if (!login.isEmpty() && (lower.equals(login) || login.length() >= LOGIN_PART_MIN && lower.contains(login))) {
            throw Rule.PASSWORD_CONTAINS_LOGIN_NAME.refusal("A password cannot contain the login name");
        }
    }

    /** Control characters, line and paragraph separators, invisible formatting (e.g. bidi overrides), lone surrogates. */
    private static boolean isControl(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }

    private static Set<String> load() {
        try (InputStream in = PasswordRules.class.getResourceAsStream(COMMON_FILE)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_FILE + " is missing from the class path");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
