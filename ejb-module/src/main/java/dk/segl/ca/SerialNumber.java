package dk.segl.ca;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A certificate's serial number: positive, at most 20 octets (RFC 5280 §4.1.2.2). Its one text
 * form, everywhere (pages, REST, mails, audit, database), is 40 upper-case hex digits, zero-padded:
 * it sorts as the numbers do and reads as openssl prints the serial's bytes.
 */
public record SerialNumber(BigInteger value) implements Comparable<SerialNumber> {

    static final int MAX_OCTETS = 20;
    private static final Pattern TEXT = Pattern.compile("[0-9A-Fa-f]{1,40}");

    /** Only a bug makes a serial outside RFC 5280's bounds: it is an internal error, not a refusal. */
    public SerialNumber {
        Objects.requireNonNull(value, "value");
        if (value.signum() <= 0 || value.toByteArray().length > MAX_OCTETS) {
            throw new IllegalArgumentException("a serial number is positive and at most 20 octets");
        }
    }

    /** Reads the text form (or shorter hex) from outside input; empty for anything else. */
    public static Optional<SerialNumber> parse(String text) {
        if (text == null || !TEXT.matcher(text).matches()) {
            return Optional.empty();
        }
        BigInteger value = new BigInteger(text, 16);
        return value.signum() > 0 && value.toByteArray().length <= MAX_OCTETS
                ? Optional.of(new SerialNumber(value)) : Optional.empty();
    }

    @Override
    public int compareTo(SerialNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%040X", value);
    }
}
