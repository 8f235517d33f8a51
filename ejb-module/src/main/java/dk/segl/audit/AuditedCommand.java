package dk.segl.audit;

import dk.segl.error.DomainException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.StringJoiner;
import java.util.logging.Logger;

/**
 * Writes an audit entry for every command a domain rule refuses, so refusals are on record even
 * though the command's own transaction rolls back.
 */
public class AuditedCommand {

    private static final Logger LOG = Logger.getLogger(AuditedCommand.class.getName());

    @EJB
    AuditLog auditLog;

    @Resource
    SessionContext context;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    Object audit(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (DomainException e) {
            String actor = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
            String action = invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                    + invocation.getMethod().getName();
            if (AuditLog.headHeldBy(transactions)) {
                // This command wrote to the log already and rolls back, its entries with it: a refusal
                // written apart now would wait for its lock on the chain forever.
                LOG.warning(() -> "Refusal " + e.rule().id() + " of " + action + " is not in the audit log:"
                        + " the refused transaction had written to it and rolls back");
            } else {
                auditLog.refused(actor, action, targetOf(invocation), e.rule().id());
            }
            throw e;
        }
    }

    private static String targetOf(InvocationContext invocation) {
        Object[] values = invocation.getParameters();
        Annotation[][] annotations = invocation.getMethod().getParameterAnnotations();
        StringJoiner target = new StringJoiner("/");
        for (int i = 0; i < values.length; i++) {
            if (Arrays.stream(annotations[i]).anyMatch(a -> a instanceof AuditTarget)) {
                target.add(String.valueOf(values[i]));
            }
        }
        return target.toString();
    }
}
