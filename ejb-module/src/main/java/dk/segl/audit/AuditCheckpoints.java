package dk.segl.audit;

import dk.segl.config.SeglConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Holds the audit signing key and signs checkpoints: at every start (after linking any entries
 * from before the chain) and every hour in which something was logged. Any node may sign; the
 * head row's lock puts each checkpoint at one place in the one chain.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditCheckpoints {

    private static final Logger LOG = Logger.getLogger(AuditCheckpoints.class.getName());

    @EJB
    AuditLog log;

    @Inject
    SeglConfig config;

    private AuditSigningKey key;

    @PostConstruct
    void start() {
        key = AuditSigningKey.openOrCreate(config.home().resolve("ca"));
        log.linkUnchained(key);
        LOG.info(() -> "Audit log checkpoint signed with key " + key.fingerprint());
    }

    @Schedule(minute = "41", hour = "*", persistent = false)
    void hourly() {
        log.checkpoint(key);
    }

    public VerifyingKey verifyingKey() {
        return key.verifying();
    }
}
