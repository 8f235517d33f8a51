package dk.segl.notification;

/** A mail as the outbox hands it to a transport: its id (stable across deliveries), Message-ID and content. */
record QueuedMail(String id, String messageId, Mail mail) {
}
