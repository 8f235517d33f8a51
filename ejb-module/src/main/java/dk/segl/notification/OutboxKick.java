package dk.segl.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Asks the worker to deliver as soon as a transaction that queued mail has committed, so a mail
 * leaves within moments rather than at the next scheduled round; the schedule still catches
 * everything this misses (a busy worker, a failed delivery, another node's mail).
 */
@ApplicationScoped
public class OutboxKick {

    /**
     * A CDI reference, not {@code @EJB}: this bean is first made while a startup bean (the demo
     * data) queues mail, before the worker is deployed, and Payara then left an {@code @EJB} field
     * empty for the application's lifetime. Weld's reference finds the worker when it is called.
     */
    @Inject
    OutboxWorker worker;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        worker.deliverSoon();
    }
}
