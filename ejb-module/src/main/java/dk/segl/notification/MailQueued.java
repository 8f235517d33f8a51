package dk.segl.notification;

/** A mail was put in the outbox; after the transaction commits, the worker is asked to deliver at once. */
public record MailQueued() {
}
