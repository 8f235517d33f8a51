package dk.segl.directory;

import dk.segl.retry.Backoff;
import dk.segl.retry.DeliveryAttempts;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A directory entry to bring in line with the database. It names the entry, not the change: the
 * worker reads what should be published when it runs, so rows can be applied in any order,
 * twice, or after an outage, and the result is the same. Deleted once applied.
 */
@Entity
@Table(name = "directory_publication")
public class Publication {

    /** Short at first, so a directory restart is caught up within seconds; capped so an outage is not hammered. */
    static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5));

    enum Target { USER, CA }

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false)
    private Target targetKind;

    @Column(name = "target_id", nullable = false)
    private String targetId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Embedded
    private DeliveryAttempts delivery;

    @Version
    private long version;

    protected Publication() {
    }

    Publication(Target targetKind, String targetId, OffsetDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.targetKind = targetKind;
        this.targetId = targetId;
        this.createdAt = now;
        this.delivery = DeliveryAttempts.dueAt(now);
    }

    Target targetKind() {
        return targetKind;
    }

    String targetId() {
        return targetId;
    }

    int attempts() {
        return delivery.count();
    }

    OffsetDateTime nextAttemptAt() {
        return delivery.nextAttemptAt();
    }

    void failed(String error, OffsetDateTime now) {
        delivery.failed(error, now, BACKOFF);
    }

    @Override
    public String toString() {
        return targetKind + " " + targetId;
    }
}
