package dk.segl.organisation;

import dk.segl.error.DomainException;
import dk.segl.holder.Cvr;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Looks up an organisation on behalf of an actor. Another organisation is answered exactly as a
 * missing one, so nobody can learn which CVR numbers exist by asking.
 */
@Stateless
public class Organisations {

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    public Organisation ownedBy(Actor actor, Cvr cvr) {
        return byCvr(cvr).filter(actor::belongsTo)
                .orElseThrow(() -> DomainException.notFound("Organisation " + cvr));
    }

    /** The actor's own organisation; the operator, who has none, is answered as for a missing one. */
    public Organisation of(Actor actor) {
        return actor.organisationId().map(id -> em.find(Organisation.class, id))
                .orElseThrow(() -> DomainException.notFound("The actor's organisation"));
    }

    public Optional<Organisation> byCvr(Cvr cvr) {
        return em.createQuery("select o from Organisation o where o.cvr = :cvr", Organisation.class)
                .setParameter("cvr", cvr.value())
                .getResultStream().findFirst();
    }
}
