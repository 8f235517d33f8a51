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

/** One CA's revocation state: its current CRL, the number that CRL carries, and whether it is out of date. */
@Entity
@Table(name = "ca_state")
public class CaState {

    @Id
    private String id;

    @Column(name = "crl_number", nullable = false)
    private long crlNumber;

    @Column(name = "crl_der")
    private byte[] crlDer;

    @Column(name = "this_update")
    private OffsetDateTime thisUpdate;

    @Column(name = "next_update")
    private OffsetDateTime nextUpdate;

    @Column(nullable = false)
    private boolean stale;

    @Version
    private long version;

    protected CaState() {
    }

    /** Due when something changed, when there is none, or when half the CRL's validity has passed. */
    boolean crlDue(OffsetDateTime now) {
        if (stale || crlDer == null || thisUpdate == null || nextUpdate == null) {
            return true;
        }
        Duration validity = Duration.between(thisUpdate, nextUpdate);
        return !now.isBefore(thisUpdate.plus(validity.dividedBy(2)));
    }

    /** CRL numbers only ever grow, across restarts and nodes, because they live in this row. */
    BigInteger nextCrlNumber() {
        return BigInteger.valueOf(crlNumber + 1);
    }

    void published(BigInteger number, byte[] der, OffsetDateTime thisUpdate, OffsetDateTime nextUpdate) {
        this.crlNumber = number.longValueExact();
        this.crlDer = der.clone();
        this.thisUpdate = thisUpdate;
        this.nextUpdate = nextUpdate;
        this.stale = false;
    }

    Optional<PublishedCrl> current() {
        return crlDer == null ? Optional.empty()
                : Optional.of(new PublishedCrl(crlDer.clone(), BigInteger.valueOf(crlNumber), thisUpdate, nextUpdate));
    }
}
