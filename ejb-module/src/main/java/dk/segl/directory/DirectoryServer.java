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
 * false or {@code segl.directory.url} names an external directory (several nodes publish to
 * one), which Segl only writes to. A directory that cannot start stops the deployment with the
 * reason: an operator who configured one expects it to answer. An external directory that is
 * down does not: publications wait in the queue, as they do while operators have stopped the
 * embedded LDAP listener (its data stays).
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
        if (config.directoryUrl().isPresent()) {
            useExternal(config.directoryUrl().get());
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
            writer = WriterAccount.embedded(config.ldapPort(), new String(password));
            listener = new LdapListener(directory.service(), config.ldapPort(), limits);
            listener.start();
        } catch (Exception e) {
            throw new IllegalStateException("The public certificate directory cannot start in " + folder
                    + " on " + LdapListener.HOST + ":" + config.ldapPort() + ": " + e.getMessage(), e);
        }
        LOG.info(() -> "Public certificate directory listening on ldap://" + LdapListener.HOST + ":"
                + config.ldapPort() + "/c=DK");
    }

    private void useExternal(String url) {
        try {
            DirectoryAddress address = DirectoryAddress.parse(url);
            String bindDn = config.directoryBindDn().orElseThrow(() -> new IllegalStateException(
                    "no writer DN: set SEGL_DIRECTORY_BIND_DN"));
            char[] password = KeystorePassword.configuredOrRead(config.directoryBindPassword(),
                    config.directoryBindPasswordFile()).orElseThrow(() -> new IllegalStateException(
                    "no password for " + bindDn + ": set SEGL_DIRECTORY_BIND_PASSWORD or SEGL_DIRECTORY_BIND_PASSWORD_FILE"));
            writer = new WriterAccount(address, bindDn, new String(password));
        } catch (RuntimeException e) {
            throw new IllegalStateException("The external certificate directory (SEGL_DIRECTORY_URL) cannot be used: "
                    + e.getMessage(), e);
        }
        LOG.info(() -> "Publishing the public certificate directory to the external directory, as " + writer);
    }

    private DirectoryLimits limits() {
        return new DirectoryLimits(config.ldapSizeLimit(), config.ldapTimeLimit(), config.ldapMaxRequestSize(),
                new FilterBounds(config.ldapMaxFilterDepth(), config.ldapMaxFilterTerms()),
                config.ldapMaxConnections(), config.ldapIdleTimeout());
    }

    public boolean enabled() {
        return writer != null;
    }

    /** Whether Segl publishes to an external directory rather than running its own. */
    public boolean external() {
        return writer != null && directory == null;
    }

    /** Whom the publisher binds as: the embedded server's administrator, or the external directory's writer. */
    public WriterAccount writer() {
        return writer;
    }

    /** The embedded listener runs; an external directory answers (Segl does not stop or start it). */
    public boolean listening() {
        return external() ? answers() : listener != null && listener.listening();
    }

    /** Whether an anonymous search of c=DK is answered within {@link #PROBE_TIMEOUT}. */
    public boolean answers() {
        return external() ? writer.address().answers(PROBE_TIMEOUT) : listener != null && listener.answers(PROBE_TIMEOUT);
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
