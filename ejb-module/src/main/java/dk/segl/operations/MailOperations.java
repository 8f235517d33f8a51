package dk.segl.operations;

import dk.segl.audit.AuditLog;
import dk.segl.audit.AuditTarget;
import dk.segl.audit.AuditedCommand;
import dk.segl.error.DomainException;
import dk.segl.notification.DeadLetter;
import dk.segl.notification.DeadLetters;
import dk.segl.organisation.Actor;
import dk.segl.organisation.Permission;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import java.util.List;

/** Operators see the mails Segl gave up delivering (dead letters) and send one again. */
@Stateless
@Interceptors(AuditedCommand.class)
public class MailOperations {

    @EJB
    DeadLetters deadLetters;

    @EJB
    AuditLog audit;

    public List<DeadLetter> deadLetters(Actor actor) {
        requireOperator(actor);
        return deadLetters.list();
    }

    public DeadLetter retry(Actor actor, @AuditTarget String id) {
        requireOperator(actor);
        DeadLetter retried = deadLetters.retry(id)
                .orElseThrow(() -> DomainException.notFound("The dead letter " + id));
        audit.done(actor.loginName(), "mail.retry", id, retried.messageId());
        return retried;
    }

    private static void requireOperator(Actor actor) {
        actor.require(Permission.OPERATE_MAIL);
    }
}
