package dk.segl.ca;

import dk.segl.audit.AuditLog;
import dk.segl.config.SeglConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Segl's HTTPS server certificate, issued by its own CA for the host of the public HTTPS base URL
 * through the {@link Profiles#TLS_SERVER} profile, at first start and again once it comes within
 * {@code segl.tls.renew-before} of its end (or the host name or the CA changed, or it is not valid
 * yet): checked at start, before the listener first reads the key store, and every 20 seconds while
 * running (reading two small key stores; a renewal is served within seconds of its commit), when a renewal restarts the listener ({@link HttpsListener}) so that it serves the new
 * certificate at once.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "CertificateAuthority"})
public class HttpsIdentity {

    private static final Logger LOG = Logger.getLogger(HttpsIdentity.class.getName());

    @Inject
    SeglConfig config;

    @Inject
    Clock clock;

    @EJB
    CertificateAuthority ca;

    @EJB
    AuditLog audit;

    @Resource
    SessionContext context;

    private final SerialNumbers serials = new SerialNumbers();
    private final HttpsListener listener = new HttpsListener();

    @PostConstruct
    void ensureCurrent() {
        renewIfDue();
    }

    /** Restarts the listener only after the renewal's transaction (its audit entry) has committed. */
    @Schedule(second = "*/20", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void renewWhileRunning() {
        if (context.getBusinessObject(HttpsIdentity.class).renewIfDue() && listener.restart()) {
            LOG.info("HTTPS listener restarted: it serves the renewed certificate");
        }
    }

    /** Issues and writes a new server certificate if the current one is due; answers whether it did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public boolean renewIfDue() {
        TlsKeystores stores = new TlsKeystores(config.home().resolve("tls"), config.tlsKeystorePassword().toCharArray(),
                config.tlsRenewBefore());
        TlsServerProfile.Server server = new TlsServerProfile.Server(config.publicHttpsBaseUrl().getHost(),
                config.caOrganisation());
        if (stores.current(ca.issuingCertificate(), Profiles.TLS_SERVER.subject(server), clock.instant()).isPresent()) {
            return false;
        }
        KeyPair keys = TlsKeystores.newKeyPair();
        SerialNumber serial = serials.next();
        audit.intent("segl", "tls-server.issue", server.host(), "serial " + serial);
        X509Certificate certificate = ca.sign(Profiles.TLS_SERVER, server, keys.getPublic(), serial);
        stores.write(keys, certificate, ca.chain());
        audit.done("segl", "tls-server.issue", server.host(), "serial " + serial);
        LOG.info(() -> "HTTPS server certificate issued for " + server.host() + ", serial " + serial
                + ", valid until " + certificate.getNotAfter().toInstant());
        return true;
    }
}
