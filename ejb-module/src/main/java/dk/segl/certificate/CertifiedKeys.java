package dk.segl.certificate;

import dk.segl.organisation.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.PublicKey;

/** The registry of certified keys, asked before every signature and told of every key compromise. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CertifiedKeys {

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    /**
     * Claims the key for the holder, or refuses it by the rule it breaks. A new key's row is written
     * at once, so a concurrent claim of the same key fails on the primary key instead of both passing.
     */
    public CertifiedKey claim(PublicKey key, UserAccount holder) {
        String fingerprint = CertifiedKey.fingerprintOf(key);
        CertifiedKey known = em.find(CertifiedKey.class, fingerprint, LockModeType.PESSIMISTIC_WRITE);
        if (known != null) {
            known.requireCertifiableFor(holder.id());
            return known;
        }
        CertifiedKey claimed = new CertifiedKey(fingerprint, holder.id());
        em.persist(claimed);
        em.flush();
        return claimed;
    }

    public void compromised(CertificateRecord certificate) {
        CertifiedKey key = em.find(CertifiedKey.class, certificate.publicKeyFingerprint(), LockModeType.PESSIMISTIC_WRITE);
        if (key != null) {
            key.compromise();
        }
    }
}
