package dk.segl.organisation;

import dk.segl.error.DomainException;

/**
 * A user's email address. Any syntactically valid address may belong to a user, but only a
 * plain-ASCII one can go into a certificate: rfc822Name is an IA5String, so an address with
 * Æ, Ø or Å (or any other non-ASCII letter) would make the certificate unusable.
 */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 254;

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw DomainException.badInput("email-required", "An email address is required");
        }
        value = value.strip();
        int at = value.lastIndexOf('@');
        if (value.length() > MAX_LENGTH || at < 1 || at == value.length() - 1
                || value.indexOf('@') != at || value.chars().anyMatch(Character::isWhitespace)
                || !value.substring(at + 1).contains(".")) {
            throw DomainException.badInput("email-format", "'" + value + "' is not a valid email address");
        }
    }

    public boolean canGoInCertificate() {
        return canGoInCertificate(value);
    }

    /**
     * Whether text typed as an email address could go into a certificate (rfc822Name is an
     * IA5String: ASCII only), so a form can warn about Æ, Ø or Å while the address is typed.
     */
    public static boolean canGoInCertificate(String text) {
        return text == null || text.chars().allMatch(c -> c < 128);
    }

    /** Refuses addresses that cannot go into a certificate, saying how to fix it. */
    public void requireCertificateSafe() {
        if (!canGoInCertificate()) {
            throw DomainException.refused("email-not-ascii",
                    "The user's email address " + value + " contains letters such as Æ, Ø or Å, so the "
                            + "certificate would not work. Change the user's email address first, then order "
                            + "the certificate.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
