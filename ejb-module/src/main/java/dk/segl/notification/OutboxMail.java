package dk.segl.notification;

import dk.segl.retry.Backoff;
import dk.segl.retry.DeliveryAttempts;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * A mail waiting to be delivered. The row is deleted once the mail is delivered, and with it the
 * body and any link token it carries; a mail given up on stays as a dead letter until an operator
 * sends it again.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    /** From 5 s to at most 10 min, so an SMTP outage is not hammered. */
    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(10));

    @Id
    private String id;

    @Column(name = "message_id", nullable = false)
    private String messageId;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Embedded
    private DeliveryAttempts delivery;

    @Column(name = "dead_at")
    private OffsetDateTime deadAt;

    @Version
    private long version;

    protected OutboxMail() {
    }

    OutboxMail(Mail mail, String from, OffsetDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.messageId = MessageIds.of(id, from);
        this.recipient = mail.recipient();
        this.subject = mail.subject();
        this.body = mail.body();
        this.createdAt = now;
        this.delivery = DeliveryAttempts.dueAt(now);
    }

    QueuedMail queued() {
        return new QueuedMail(id, messageId, new Mail(recipient, subject, body));
    }

    String id() {
        return id;
    }

    OffsetDateTime nextAttemptAt() {
        return delivery.nextAttemptAt();
    }

    /** Records the failure; after {@code maxAttempts} failures, or one the server called permanent, the mail is dead. */
    void failed(MailDeliveryException e, OffsetDateTime now, int maxAttempts) {
        delivery.failed(e.getMessage(), now, BACKOFF);
        if (e.permanent() || delivery.count() >= maxAttempts) {
            deadAt = now;
        }
    }

    /** An operator sends a dead letter again: due at once, with a fresh count of attempts. */
    void revive(OffsetDateTime now) {
        deadAt = null;
        delivery = DeliveryAttempts.dueAt(now);
    }

    Optional<OffsetDateTime> deadAt() {
        return Optional.ofNullable(deadAt);
    }

    /** What an operator sees of a dead letter: never the body, which may hold a link token. */
    public DeadLetter deadLetter() {
        return new DeadLetter(id, messageId, recipient, subject, createdAt, delivery.count(), delivery.lastError(),
                deadAt);
    }
}
