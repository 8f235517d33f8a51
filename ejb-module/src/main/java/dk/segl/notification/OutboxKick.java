package dk.segl.notification;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Asks the worker to deliver as soon as a transaction that queued mail has committed, so a mail
 * leaves within moments rather than at the next scheduled round; the schedule still catches
 * everything this misses (a busy worker, a failed delivery, another node's mail).
 */
@ApplicationScoped
public class OutboxKick {

    @EJB
    OutboxWorker worker;

    /**
     * Public on purpose: Weld may call an observer through the bean's client proxy, and a proxy
     * defined by another class loader cannot reach a package-private method; the call then lands
     * on the proxy itself, whose fields are empty.
     */
    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        worker.deliverSoon();
    }
}
