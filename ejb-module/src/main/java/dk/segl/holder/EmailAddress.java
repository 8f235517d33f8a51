package dk.segl.holder;

import dk.segl.error.Rule;

/**
 * A user's email address. Any well-formed address may belong to a user, including one with Æ, Ø
 * or Å; whether it can go into a certificate is {@link CertificateEmail}'s question.
 */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw Rule.EMAIL_REQUIRED.refusal();
        }
        value = value.strip();
        int at = value.lastIndexOf('@');
        if (value.length() > MAX_LENGTH || at < 1 || at > MAX_LOCAL_LENGTH || at == value.length() - 1
                || value.indexOf('@') != at
                || value.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)
                        || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.SURROGATE)
                || !value.substring(at + 1).contains(".")) {
            throw Rule.EMAIL_FORMAT.refusal();
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
