package dk.segl.health;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * Asks the database one cheap question. An EJB, so the container sets up the persistence context
 * whichever thread calls: Payara Server calls health checks from its own endpoint, where a CDI
 * bean of segl.ear's EJB module had no usable entity manager and the answer was always "down".
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DatabaseProbe {

    private static final Logger LOG = Logger.getLogger(DatabaseProbe.class.getName());

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    public boolean answers() {
        try {
            em.createQuery("select count(s) from CaState s").getSingleResult();
            return true;
        } catch (RuntimeException e) {
            LOG.warning(() -> "The database does not answer: " + e);
            return false;
        }
    }
}
