package dk.segl.revocation;

import dk.segl.ca.CaLevel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Publishes a CRL at start if there is none, and checks every two seconds whether a new one is due. */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "CertificateAuthority"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CrlSchedule {

    private static final Logger LOG = Logger.getLogger(CrlSchedule.class.getName());
    private final AtomicBoolean running = new AtomicBoolean();

    @EJB
    RevocationLists lists;

    @PostConstruct
    void publishAtStart() {
        try {
            for (CaLevel level : CaLevel.values()) {
                lists.refreshAtStart(level);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "No CRL signed at start; the schedule will retry", e);
        }
    }

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    void refresh() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (CaLevel level : CaLevel.values()) {
                if (lists.refreshIfDue(level)) {
                    LOG.fine(() -> "Published a new CRL for the " + level + " CA");
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "CRL refresh failed; will retry", e);
        } finally {
            running.set(false);
        }
    }
}
