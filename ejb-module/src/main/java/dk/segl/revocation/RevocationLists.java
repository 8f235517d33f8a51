package dk.segl.revocation;

import dk.segl.ca.CaLevel;
import dk.segl.ca.CertificateAuthority;
import dk.segl.ca.CrlEntrySpool;
import dk.segl.ca.CrlHeader;
import dk.segl.ca.PublicLinks;
import dk.segl.certificate.CertificateRevoked;
import dk.segl.certificate.CertificateStatus;
import dk.segl.certificate.RevocationReason;
import dk.segl.config.SeglConfig;
import dk.segl.persistence.RowClaim;
import dk.segl.persistence.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The CRLs of both CAs, kept in the database so every node serves the same ones. The issuing
 * CA signs a full CRL on a schedule ({@code segl.crl.full-interval}) and a delta CRL inside every
 * revocation's own transaction: when a revoke call has answered, the delta already lists it.
 * Every CRL number is taken under the CA's state row lock in the transaction that stores the CRL.
 * On a schedule, a node whose CA state row another node holds leaves the CRL to that node: one
 * CRL writer at a time, and no node waits for another's signing.
 */
@Stateless
public class RevocationLists {

    /**
     * A delta lists revocations from this long before its base's thisUpdate: a revocation whose
     * transaction began before the base was read and committed after it is then still listed.
     */
    static final Duration DELTA_OVERLAP = Duration.ofMinutes(10);
    private static final RowClaim STATE = RowClaim.of("ca_state", "TRUE");

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    @EJB
    CertificateAuthority ca;

    @Inject
    SeglConfig config;

    @Inject
    Clock clock;

    @Inject
    Event<CrlPublished> publications;

    /**
     * In the revocation's transaction: the row lock makes concurrent revocations sign their deltas
     * one after the other, each listing all revocations committed or flushed before it.
     */
    public void onRevoked(@Observes CertificateRevoked revoked) {
        CaState state = em.find(CaState.class, idOf(CaLevel.ISSUING), LockModeType.PESSIMISTIC_WRITE);
        if (state.current(config.crlFullInterval()).isPresent()) {
            publishDelta(state, now());
        }
    }

    public Optional<PublishedCrl> current(CaLevel level) {
        return em.find(CaState.class, idOf(level)).current(interval(level));
    }

    public Optional<PublishedCrl> delta() {
        return em.find(CaState.class, idOf(CaLevel.ISSUING)).delta();
    }

    /** Signs a new full CRL (and its delta) when one is due; returns whether it did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean refreshIfDue(CaLevel level) {
        return refresh(level, false);
    }

    /**
     * Signs a new full CRL (and its delta) whether or not one is due: a start begins with CRLs of its
     * own, so a Segl restored from a backup never serves the backup's CRL after newer ones were seen.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refreshAtStart(CaLevel level) {
        refresh(level, true);
    }

    private boolean refresh(CaLevel level, boolean force) {
        OffsetDateTime now = now();
        CaState peek = em.find(CaState.class, idOf(level));
        boolean fullDue = force || peek.fullDue(now, interval(level));
        if (!fullDue && !(level == CaLevel.ISSUING && peek.deltaDue(now))) {
            return false;
        }
        if (!fullDue) {
            Optional<CaState> state = lock(level, false).filter(locked -> locked.deltaDue(now));
            state.ifPresent(locked -> publishDelta(locked, now));
            return state.isPresent();
        }
        OffsetDateTime cutoff = peek.nextExpiryCutoff(now);
        try (CrlEntrySpool entries = ca.crlSpool()) {
            // Read before the lock, which revocations wait for: only signing happens under it.
            if (level == CaLevel.ISSUING) {
                spoolRevoked(cutoff, entries);
            }
            Optional<CaState> locked = lock(level, force);
            if (locked.isEmpty() || !force && !locked.get().fullDue(now, interval(level))) {
                return false;
            }
            CaState state = locked.get();
            BigInteger number = state.takeNumber(now);
            OffsetDateTime nextUpdate = now.plus(config.crlValidity());
            CrlHeader header = level == CaLevel.ROOT
                    ? CrlHeader.plain(number, now.toInstant(), nextUpdate.toInstant())
                    : CrlHeader.full(number, now.toInstant(), nextUpdate.toInstant(), links().issuingCrl(),
                    links().issuingDeltaCrl());
            state.fullPublished(number, ca.signCrl(level, header, entries), now, nextUpdate, cutoff);
            publications.fire(new CrlPublished(level));
            if (level == CaLevel.ISSUING) {
                publishDelta(state, now);
            }
        }
        return true;
    }

    /**
     * The CA's state row, current and locked until the transaction ends. Without {@code wait}, empty
     * when another transaction holds it: a node signing a CRL, or a revocation signing its delta.
     */
    private Optional<CaState> lock(CaLevel level, boolean wait) {
        if (!wait && !STATE.takeOne(dataSource, idOf(level))) {
            return Optional.empty();
        }
        CaState state = em.find(CaState.class, idOf(level), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(state);
        return Optional.of(state);
    }

    /**
     * A delta CRL naming the current full CRL as its base, listing what was revoked since that
     * base was read (RFC 5280, 5.2.4). Segl never takes a certificate off hold, so no entry ever
     * needs removeFromCRL; an expired certificate simply leaves with the next full CRL.
     */
    private void publishDelta(CaState state, OffsetDateTime now) {
        // A base from the future (the clock was set back) is replaced within seconds; until then
        // the delta counts from now, so a revocation is never hidden behind it.
        OffsetDateTime base = state.thisUpdate().isAfter(now) ? now : state.thisUpdate();
        OffsetDateTime since = base.minus(DELTA_OVERLAP);
        em.flush();
        try (CrlEntrySpool entries = ca.crlSpool()) {
            em.createQuery("select c.serialNumber, c.revokedAt, c.revocationReason from CertificateRecord c"
                            + " where c.status = :revoked and c.revokedAt >= :since and c.notAfter > :cutoff"
                            + " order by c.serialNumber", Object[].class)
                    .setParameter("revoked", CertificateStatus.REVOKED)
                    .setParameter("since", since)
                    .setParameter("cutoff", state.expiryCutoff())
                    .getResultStream()
                    .forEach(row -> entries.add(RevokedCertificates.entry((String) row[0], (OffsetDateTime) row[1],
                            ((RevocationReason) row[2]).name())));
            BigInteger number = state.takeNumber(now);
            // Whole seconds, as the CRL says: a delta signed in the same second as its base is not older than it.
            OffsetDateTime thisUpdate = now.truncatedTo(ChronoUnit.SECONDS);
            OffsetDateTime nextUpdate = thisUpdate.plus(config.crlFullInterval());
            byte[] der = ca.signCrl(CaLevel.ISSUING, CrlHeader.delta(number, state.fullNumber(), thisUpdate.toInstant(),
                    nextUpdate.toInstant(), links().issuingCrl()), entries);
            state.deltaPublished(number, der, thisUpdate, nextUpdate);
            publications.fire(new CrlPublished(CaLevel.ISSUING));
        }
    }

    private void spoolRevoked(OffsetDateTime cutoff, CrlEntrySpool entries) {
        try (Connection connection = dataSource.getConnection()) {
            RevokedCertificates.spool(connection, cutoff, entries);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the revoked certificates", e);
        }
    }

    /** The root's CRL only changes with time, so it is replaced at half its validity. */
    private Duration interval(CaLevel level) {
        return level == CaLevel.ROOT ? config.crlValidity() : config.crlFullInterval();
    }

    private PublicLinks links() {
        return new PublicLinks(config.publicBaseUrl());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String idOf(CaLevel level) {
        return level.name().toLowerCase(Locale.ROOT);
    }
}
