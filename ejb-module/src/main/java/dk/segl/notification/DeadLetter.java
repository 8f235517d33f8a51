package dk.segl.notification;

import java.time.OffsetDateTime;

/** A mail Segl gave up delivering, as operators see it: who it was for and why it failed, not what it said. */
public record DeadLetter(String id, String messageId, String recipient, String subject, OffsetDateTime queuedAt,
                         int attempts, String lastError, OffsetDateTime deadAt) {
}
