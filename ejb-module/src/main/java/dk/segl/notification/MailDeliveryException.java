package dk.segl.notification;

/** A mail could not be delivered now; the outbox tries again later. */
public class MailDeliveryException extends Exception {

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
