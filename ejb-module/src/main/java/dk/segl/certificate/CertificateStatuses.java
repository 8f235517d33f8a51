package dk.segl.certificate;

import dk.segl.ca.SerialNumber;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The status of certificates by serial number, read straight from the certificate records for
 * relying parties (OCSP). Only the few columns a status needs are read, never the DER, and no
 * transaction is opened: a read-committed query sees every revocation that has committed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CertificateStatuses {

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    /** Those of {@code serials} the CA issued, by serial; a serial it never issued is absent. */
    public Map<SerialNumber, RecordedStatus> of(Collection<SerialNumber> serials) {
        if (serials.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select c.serialNumber, c.status, c.revokedAt, c.revocationReason"
                        + " from CertificateRecord c where c.serialNumber in :serials", Object[].class)
                .setParameter("serials", serials.stream().map(SerialNumber::toString).toList())
                .getResultStream()
                .map(row -> new RecordedStatus(new SerialNumber(new BigInteger((String) row[0], 16)),
                        (CertificateStatus) row[1], Optional.ofNullable((OffsetDateTime) row[2]),
                        Optional.ofNullable((RevocationReason) row[3])))
                .collect(Collectors.toMap(RecordedStatus::serial, Function.identity()));
    }
}
