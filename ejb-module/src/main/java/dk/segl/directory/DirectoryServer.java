package dk.segl.directory;

import dk.segl.ca.KeystorePassword;
import dk.segl.config.SeglConfig;
import dk.segl.files.PrivateFiles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Path;
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
            directory = EmbeddedDirectory.start(folder, password);
            // ApacheDS makes its partitions with the process's umask.
            PrivateFiles.tighten(folder);
            writer = new WriterAccount(LdapListener.HOST, config.ldapPort(), EmbeddedDirectory.ADMIN_DN,
                    new String(password));
            listener = new LdapListener(directory.service(), config.ldapPort(), config.ldapSizeLimit(),
                    config.ldapTimeLimit());
            listener.start();
        } catch (Exception e) {
            throw new IllegalStateException("The public certificate directory cannot start in " + folder
                    + " on " + LdapListener.HOST + ":" + config.ldapPort() + ": " + e.getMessage(), e);
        }
        LOG.info(() -> "Public certificate directory listening on ldap://" + LdapListener.HOST + ":"
                + config.ldapPort() + "/c=DK");
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
