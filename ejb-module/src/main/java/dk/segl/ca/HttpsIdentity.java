package dk.segl.ca;

import dk.segl.audit.AuditLog;
import dk.segl.config.SeglConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Segl's HTTPS server certificate, issued by its own CA for the host of the public HTTPS base URL
 * through the {@link Profiles#TLS_SERVER} profile, at first start and again at any start within
 * {@link TlsKeystores#RENEW_BEFORE} of its end (or when the host name or the CA changed). The
 * listener reads the key store once, at its first connection: a running node serves the
 * certificate it started with until it restarts, which a year's validity leaves ample room for.
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

    private final SerialNumbers serials = new SerialNumbers();

    @PostConstruct
    void ensureCurrent() {
        TlsKeystores stores = new TlsKeystores(config.home().resolve("tls"), config.tlsKeystorePassword().toCharArray());
        TlsServerProfile.Server server = new TlsServerProfile.Server(config.publicHttpsBaseUrl().getHost(),
                config.caOrganisation());
        if (stores.current(ca.issuingCertificate(), Profiles.TLS_SERVER.subject(server), clock.instant()).isEmpty()) {
            KeyPair keys = TlsKeystores.newKeyPair();
            SerialNumber serial = serials.next();
            audit.intent("segl", "tls-server.issue", server.host(), "serial " + serial);
            X509Certificate certificate = ca.sign(Profiles.TLS_SERVER, server, keys.getPublic(), serial);
            stores.write(keys, certificate, ca.chain());
            audit.done("segl", "tls-server.issue", server.host(), "serial " + serial);
            LOG.info(() -> "HTTPS server certificate issued for " + server.host() + ", serial " + serial
                    + ", valid until " + certificate.getNotAfter().toInstant());
        }
    }
}
