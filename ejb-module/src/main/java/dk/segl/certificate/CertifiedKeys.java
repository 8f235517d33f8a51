package dk.segl.certificate;

import dk.segl.error.Rule;
import dk.segl.organisation.UserAccount;
import dk.segl.persistence.UniqueViolation;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.security.PublicKey;

/** The registry of certified keys, asked before every signature and told of every key compromise. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CertifiedKeys {

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    /**
     * Claims the key for the holder, or refuses it by the rule it breaks. A new key's row is written
     * at once, so of two concurrent claims of the same new key one fails on the primary key instead
     * of both passing; that one is told to look again (it will then meet the rule that applies).
     */
    public CertifiedKey claim(PublicKey key, UserAccount holder) {
        String fingerprint = CertifiedKey.fingerprintOf(key);
        CertifiedKey known = em.find(CertifiedKey.class, fingerprint, LockModeType.PESSIMISTIC_WRITE);
        if (known != null) {
            known.requireCertifiableFor(holder.id());
            return known;
        }
        CertifiedKey claimed = new CertifiedKey(fingerprint, holder.id());
        try {
            em.persist(claimed);
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueViolation.causes(e)) {
                throw Rule.CONCURRENT_CHANGE.refusal("Another order claimed the same key at the same moment");
            }
            throw e;
        }
        return claimed;
    }

    public void compromised(CertificateRecord certificate) {
        CertifiedKey key = em.find(CertifiedKey.class, certificate.publicKeyFingerprint(), LockModeType.PESSIMISTIC_WRITE);
        if (key != null) {
            key.compromise();
        }
    }
}
