package dk.segl.notification;

/** Delivers one mail or says why it could not. */
public interface MailTransport {

    void deliver(Mail mail) throws MailDeliveryException;
}
