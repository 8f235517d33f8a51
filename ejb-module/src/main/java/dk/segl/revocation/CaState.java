package dk.segl.revocation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigInteger;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One CA's revocation state: its current full CRL and (issuing CA) delta CRL, and the last CRL
 * number either used. Numbers are taken under this row's lock in the transaction that stores
 * the CRL, so they grow strictly across restarts and nodes, and a CRL is served in the order its
 * number says.
 */
@Entity
@Table(name = "ca_state")
public class CaState {

    @Id
    private String id;

    @Column(name = "crl_number", nullable = false)
    private long crlNumber;

    @Column(name = "full_number")
    private Long fullNumber;

    @Column(name = "crl_der")
    private byte[] crlDer;

    @Column(name = "this_update")
    private OffsetDateTime thisUpdate;

    @Column(name = "next_update")
    private OffsetDateTime nextUpdate;

    @Column(name = "previous_this_update")
    private OffsetDateTime previousThisUpdate;

    @Column(nullable = false)
    private boolean stale;

    @Column(name = "delta_der")
    private byte[] deltaDer;

    @Column(name = "delta_number")
    private Long deltaNumber;

    @Column(name = "delta_this_update")
    private OffsetDateTime deltaThisUpdate;

    @Column(name = "delta_next_update")
    private OffsetDateTime deltaNextUpdate;

    @Version
    private long version;

    protected CaState() {
    }

    /**
     * Due when there is none, when {@code interval} has passed, when half the CRL's validity has, or
     * when the clock is now before its thisUpdate (the clock was set back): deltas list what was
     * revoked after their base's thisUpdate, so a base from the future would hide every revocation.
     */
    boolean fullDue(OffsetDateTime now, Duration interval) {
        return stale || crlDer == null || now.isBefore(thisUpdate) || due(now, thisUpdate, nextUpdate, interval);
    }

    /** A delta is due when its base is no longer the current full CRL, or half its validity has passed. */
    boolean deltaDue(OffsetDateTime now) {
        return crlDer != null && (deltaDer == null || deltaNumber < fullNumber
                || due(now, deltaThisUpdate, deltaNextUpdate, Duration.between(deltaThisUpdate, deltaNextUpdate)));
    }

    private static boolean due(OffsetDateTime now, OffsetDateTime thisUpdate, OffsetDateTime nextUpdate,
                               Duration interval) {
        return !now.isBefore(replacedAt(thisUpdate, nextUpdate, interval));
    }

    private static OffsetDateTime replacedAt(OffsetDateTime thisUpdate, OffsetDateTime nextUpdate, Duration interval) {
        Duration half = Duration.between(thisUpdate, nextUpdate).dividedBy(2);
        return thisUpdate.plus(interval.compareTo(half) < 0 ? interval : half);
    }

    /**
     * Certificates that expired before this moment are left off the next full CRL: they were on
     * the current one, issued after they expired (RFC 5280, 3.3). The first CRL lists every
     * unexpired revocation.
     */
    OffsetDateTime nextExpiryCutoff(OffsetDateTime now) {
        return thisUpdate == null || thisUpdate.isAfter(now) ? now : thisUpdate;
    }

    /** The expiry cut-off the current full CRL was made with, which its deltas keep. */
    OffsetDateTime expiryCutoff() {
        return previousThisUpdate == null ? thisUpdate : previousThisUpdate;
    }

    /**
     * The next CRL number: one more than the last, and never below the signing time in milliseconds
     * since 1970. So a Segl restored from an older backup still signs numbers above every CRL the
     * lost server signed (short of a thousand CRLs a second, or a clock set back).
     */
    BigInteger takeNumber(OffsetDateTime now) {
        crlNumber = Math.max(crlNumber + 1, now.toInstant().toEpochMilli());
        return BigInteger.valueOf(crlNumber);
    }

    BigInteger fullNumber() {
        return BigInteger.valueOf(fullNumber);
    }

    OffsetDateTime thisUpdate() {
        return thisUpdate;
    }

    void fullPublished(BigInteger number, byte[] der, OffsetDateTime thisUpdate, OffsetDateTime nextUpdate,
                       OffsetDateTime expiryCutoff) {
        this.fullNumber = number.longValueExact();
        this.crlDer = der.clone();
        this.previousThisUpdate = expiryCutoff;
        this.thisUpdate = thisUpdate;
        this.nextUpdate = nextUpdate;
        this.stale = false;
    }

    void deltaPublished(BigInteger number, byte[] der, OffsetDateTime thisUpdate, OffsetDateTime nextUpdate) {
        this.deltaNumber = number.longValueExact();
        this.deltaDer = der.clone();
        this.deltaThisUpdate = thisUpdate;
        this.deltaNextUpdate = nextUpdate;
    }

    /** The full CRL, current until the next one is due after {@code interval}. */
    Optional<PublishedCrl> current(Duration interval) {
        return crlDer == null ? Optional.empty()
                : Optional.of(new PublishedCrl(crlDer.clone(), BigInteger.valueOf(fullNumber), thisUpdate, nextUpdate,
                        replacedAt(thisUpdate, nextUpdate, interval)));
    }

    /** The delta CRL, which the next revocation may replace at any moment. */
    Optional<PublishedCrl> delta() {
        return deltaDer == null ? Optional.empty()
                : Optional.of(new PublishedCrl(deltaDer.clone(), BigInteger.valueOf(deltaNumber), deltaThisUpdate,
                        deltaNextUpdate, deltaThisUpdate));
    }
}
