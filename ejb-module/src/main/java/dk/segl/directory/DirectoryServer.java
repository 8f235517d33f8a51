package dk.segl.directory;

import dk.segl.ca.KeystorePassword;
import dk.segl.config.SeglConfig;
import dk.segl.files.PrivateFiles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the embedded directory for as long as Segl runs, unless {@code segl.ldap.enabled} is
 * false. A directory that cannot start stops the deployment with the reason: an operator who
 * configured one expects it to answer. Operators can stop and start the LDAP listener (the
 * data stays); meanwhile publications wait in the queue.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DirectoryServer {

    private static final Logger LOG = Logger.getLogger(DirectoryServer.class.getName());
    /** ApacheDS logs every codec it registers and every client's unbind at INFO: noise in Segl's log. */
    private static final Logger APACHEDS = Logger.getLogger("org.apache.directory");
    /** An ordinary search answers in milliseconds; seconds mean the listener answers nobody. */
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);

    @Inject
    SeglConfig config;

    private EmbeddedDirectory directory;
    private LdapListener listener;
    private WriterAccount writer;

    @PostConstruct
    void start() {
        if (!config.ldapEnabled()) {
            LOG.info("The public certificate directory is off (segl.ldap.enabled=false)");
            return;
        }
        APACHEDS.setLevel(Level.WARNING);
        Path folder = config.home().resolve("ldap");
        try {
            PrivateFiles.folder(folder);
            char[] password = KeystorePassword.resolve(config.ldapAdminPassword(), folder.resolve("admin.password"));
            DirectoryLimits limits = limits();
            directory = EmbeddedDirectory.start(folder, password, limits);
            // ApacheDS makes its partitions with the process's umask.
            PrivateFiles.tighten(folder);
            writer = new WriterAccount(LdapListener.HOST, config.ldapPort(), EmbeddedDirectory.ADMIN_DN,
                    new String(password));
            listener = new LdapListener(directory.service(), config.ldapPort(), limits);
            listener.start();
        } catch (Exception e) {
            throw new IllegalStateException("The public certificate directory cannot start in " + folder
                    + " on " + LdapListener.HOST + ":" + config.ldapPort() + ": " + e.getMessage(), e);
        }
        LOG.info(() -> "Public certificate directory listening on ldap://" + LdapListener.HOST + ":"
                + config.ldapPort() + "/c=DK");
    }

    private DirectoryLimits limits() {
        return new DirectoryLimits(config.ldapSizeLimit(), config.ldapTimeLimit(), config.ldapMaxRequestSize(),
                new FilterBounds(config.ldapMaxFilterDepth(), config.ldapMaxFilterTerms()),
                config.ldapMaxConnections(), config.ldapIdleTimeout());
    }

    public boolean enabled() {
        return directory != null;
    }

    /** Whom the publisher binds as; the embedded server's administrator. */
    public WriterAccount writer() {
        return writer;
    }

    public boolean listening() {
        return listener != null && listener.listening();
    }

    /** Whether an anonymous search of c=DK is answered within {@link #PROBE_TIMEOUT}. */
    public boolean answers() {
        return listener != null && listener.answers(PROBE_TIMEOUT);
    }

    /**
     * Starts a listener again that should run (not stopped by an operator) but answers nobody,
     * whatever took it: its clients are dropped, and the directory answers again.
     */
    @Schedule(second = "*/20", minute = "*", hour = "*", persistent = false)
    void reviveDeadListener() {
        if (listener == null) {
            return;
        }
        try {
            if (listener.reviveIfDead(PROBE_TIMEOUT)) {
                LOG.warning("The public certificate directory answered no search; its listener was restarted");
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "The public certificate directory's listener could not be restarted", e);
        }
    }

    public void stopListening() {
        if (listener != null) {
            listener.stop();
            LOG.info("Public certificate directory stopped by an operator");
        }
    }

    public void startListening() throws Exception {
        if (listener != null) {
            listener.start();
            LOG.info("Public certificate directory started by an operator");
        }
    }

    @PreDestroy
    void shutdown() {
        if (listener != null) {
            listener.stop();
        }
        if (directory != null) {
            try {
                directory.shutdown();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "The directory did not shut down cleanly", e);
            }
        }
    }
}
