package dk.segl.notification;

/** Delivers one mail or says why it could not. */
interface MailTransport {

    void deliver(QueuedMail mail) throws MailDeliveryException;
}
