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
import java.util.UUID;

/** A mail waiting to be delivered; the row is deleted only once the mail is delivered. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    /** From 5 s to at most 10 min, so an SMTP outage is not hammered. */
    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(10));

    @Id
    private String id;

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

    @Version
    private long version;

    protected OutboxMail() {
    }

    OutboxMail(Mail mail, OffsetDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.recipient = mail.recipient();
        this.subject = mail.subject();
        this.body = mail.body();
        this.createdAt = now;
        this.delivery = DeliveryAttempts.dueAt(now);
    }

    Mail mail() {
        return new Mail(recipient, subject, body);
    }

    String id() {
        return id;
    }

    OffsetDateTime nextAttemptAt() {
        return delivery.nextAttemptAt();
    }

    void failed(String error, OffsetDateTime now) {
        delivery.failed(error, now, BACKOFF);
    }
}
