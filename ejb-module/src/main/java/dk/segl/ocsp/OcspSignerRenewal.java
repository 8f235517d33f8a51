package dk.segl.ocsp;

import dk.segl.audit.AuditLog;
import dk.segl.ca.CertificateAuthority;
import dk.segl.ca.SerialNumber;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Keeps the issuing CA's OCSP signer current: issued at first start (before the application
 * answers anything), then checked every hour and renewed once less than
 * {@code segl.ocsp.signer-renew-before} of its life is left. Each node keeps its own signer.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "CertificateAuthority"})
public class OcspSignerRenewal {

    @EJB
    CertificateAuthority ca;

    @EJB
    OcspService ocsp;

    @EJB
    AuditLog audit;

    @Inject
    OcspSettings settings;

    @PostConstruct
    void issueAtStart() {
        renewIfDue();
    }

    @Schedule(minute = "17", hour = "*", persistent = false)
    void renewIfDue() {
        // Outside the CA's write lock: the intent may wait for the audit chain's head.
        if (!ca.ocspSignerDue(settings.signerRenewBefore())) {
            return;
        }
        audit.intent("segl", "ca.ocsp-signer.issue", "issuing", "valid for " + settings.signerLifetime());
        ca.renewOcspSignerIfDue(settings.signerLifetime(), settings.signerRenewBefore()).ifPresent(signer -> {
            audit.done("segl", "ca.ocsp-signer.issue", new SerialNumber(signer.getSerialNumber()).toString(),
                    "valid until " + signer.getNotAfter().toInstant());
            ocsp.signerRenewed();
        });
    }
}
