package dk.segl.holder;

import dk.segl.error.Rule;
import java.text.Normalizer;
import java.util.Objects;

/**
 * A name a person reads: of a user or an organisation. Stored in Unicode NFC, so that one name
 * has one form in the database, the certificate and the directory; at most 200 characters.
 * Control, format (zero-width, direction overrides such as U+202E), unassigned,
 * private-use and line-separator characters and unpaired surrogates are refused: they make a
 * name display as something other than what it is. The length is counted in UTF-16 units, as the
 * database columns count it, so a name that passes here is always stored.
 */
public final class DisplayName {

    public static final int MAX_LENGTH = 200;
    /** X.520's upper bound for commonName and organizationName, which RFC 5280 keeps. */
    public static final int MAX_CERTIFICATE_LENGTH = 64;

    private final String value;

    private DisplayName(String value) {
        this.value = value;
    }

    /** The name, or a refusal by {@code rule} (which names whose name it is). */
    public static DisplayName of(String raw, Rule rule) {
        if (raw == null) {
            throw rule.refusal();
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
        if (name.isEmpty() || name.length() > MAX_LENGTH || !name.codePoints().allMatch(DisplayName::printable)) {
            throw rule.refusal();
        }
        return new DisplayName(name);
    }

    private static boolean printable(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED,
                    Character.PRIVATE_USE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    /** Whether a certificate can carry this name as its CN or O. */
    public boolean fitsCertificate() {
        return value.codePointCount(0, value.length()) <= MAX_CERTIFICATE_LENGTH;
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DisplayName name && name.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
