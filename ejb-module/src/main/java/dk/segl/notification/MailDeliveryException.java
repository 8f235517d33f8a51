package dk.segl.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;

/**
 * A mail could not be delivered now. Most failures are passing (the server is down) and the
 * outbox tries again later; a permanent one (the server refused the recipient with a 5xx answer,
 * an address that cannot be written) makes the mail a dead letter at once.
 */
public class MailDeliveryException extends Exception {

    private final boolean permanent;

    public MailDeliveryException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private MailDeliveryException(String message, Throwable cause, boolean permanent) {
        super(message, cause);
        this.permanent = permanent;
    }

    /** Jakarta Mail puts recipients the server refused for good (5xx) among the invalid addresses. */
    static MailDeliveryException of(String what, MessagingException e) {
        boolean refused = e instanceof AddressException
                || e instanceof SendFailedException failed
                && failed.getInvalidAddresses() != null && failed.getInvalidAddresses().length > 0;
        return new MailDeliveryException(what + ": " + e.getMessage(), e, refused);
    }

    public boolean permanent() {
        return permanent;
    }
}
