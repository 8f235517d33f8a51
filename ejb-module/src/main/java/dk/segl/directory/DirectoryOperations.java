package dk.segl.directory;

import dk.segl.audit.AuditLog;
import dk.segl.error.Rule;
import dk.segl.organisation.Actor;
import dk.segl.organisation.Permission;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What operators may do to the running directory: stop its LDAP listener (for maintenance, or to
 * see that Segl keeps working without it) and start it again, which reconciles it at once.
 */
@Stateless
public class DirectoryOperations {

    private static final Logger LOG = Logger.getLogger(DirectoryOperations.class.getName());

    @EJB
    DirectoryServer server;

    @EJB
    PublicationWorker worker;

    @EJB
    AuditLog audit;

    public boolean stop(Actor actor) {
        requireOperator(actor);
        server.stopListening();
        audit.done(actor.loginName(), "directory.stop", "directory", null);
        return server.listening();
    }

    public boolean start(Actor actor) {
        requireOperator(actor);
        try {
            server.startListening();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "The directory's listener did not start", e);
            throw Rule.DIRECTORY_START_FAILED.refusal();
        }
        worker.reconcileSoon();
        audit.done(actor.loginName(), "directory.start", "directory", null);
        return server.listening();
    }

    private void requireOperator(Actor actor) {
        actor.require(Permission.OPERATE_DIRECTORY);
        if (!server.enabled()) {
            throw Rule.DIRECTORY_DISABLED.refusal();
        }
    }
}
