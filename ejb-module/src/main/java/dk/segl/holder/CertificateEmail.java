package dk.segl.holder;

import dk.segl.error.DomainException;
import dk.segl.error.Rule;
import java.util.regex.Pattern;

/**
 * An email address a certificate can carry as its rfc822Name, which is an IA5String holding an
 * RFC 5321 Mailbox: plain ASCII, a dot-atom local part and a host name of letters, digits and
 * hyphens. An address with Æ, Ø or Å cannot be carried: the seed's rule, with its advice.
 */
public record CertificateEmail(String value) {

    private static final Pattern LOCAL_PART = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    public CertificateEmail {
        EmailAddress address = new EmailAddress(value);
        value = address.value();
        if (!value.chars().allMatch(c -> c < 128)) {
            throw Rule.EMAIL_NOT_ASCII.refusal("The user's email address " + value + " contains letters such as "
                    + "Æ, Ø or Å, so the certificate would not work. Change the user's email address first, then "
                    + "order the certificate.");
        }
        int at = value.indexOf('@');
        String domain = value.substring(at + 1);
        if (!LOCAL_PART.matcher(value.substring(0, at)).matches() || domain.endsWith(".")
                || !java.util.Arrays.stream(domain.split("\\.", -1)).allMatch(l -> LABEL.matcher(l).matches())) {
            throw Rule.EMAIL_FORMAT.refusal("The email address " + value + " cannot go into a certificate: use "
                    + "letters, digits and . - _ + before the @ and a plain host name after it");
        }
    }

    public static CertificateEmail of(EmailAddress address) {
        return new CertificateEmail(address.value());
    }

    /** Whether typed text holds letters a certificate cannot carry (Æ, Ø, Å...): forms warn as it is typed. */
    public static boolean hasNonAscii(String text) {
        return text != null && text.chars().anyMatch(c -> c >= 128);
    }

    /** Whether a certificate could carry this address, for forms that warn before anyone orders. */
    public static boolean canCarry(EmailAddress address) {
        try {
            of(address);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
