package dk.segl.directory;

import dk.segl.ca.CaLevel;
import dk.segl.certificate.CertificateExpired;
import dk.segl.certificate.CertificateIssued;
import dk.segl.certificate.CertificateRecord;
import dk.segl.certificate.CertificateRevoked;
import dk.segl.config.SeglConfig;
import dk.segl.organisation.UserChanged;
import dk.segl.revocation.CrlPublished;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Turns the domain's events into publications, inside the transaction that fired them: a
 * change and its publication commit together or not at all. Only certificates ordered with
 * "publish to the directory" ever cause a user's entry to be written.
 */
@Stateless
public class PublicationTriggers {

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    @EJB
    PublicationQueue queue;

    @Inject
    SeglConfig config;

    public void onIssued(@Observes CertificateIssued issued) {
        ofPublished(issued.certificateId());
    }

    public void onRevoked(@Observes CertificateRevoked revoked) {
        ofPublished(revoked.certificateId());
    }

    public void onExpired(@Observes CertificateExpired expired) {
        ofPublished(expired.certificateId());
    }

    /** A name or email change shows in the entry; a deleted user's certificates are revoked, and the entry goes. */
    public void onUserChanged(@Observes UserChanged change) {
        if (config.ldapEnabled()) {
            queue.user(change.userId());
        }
    }

    public void onCrlPublished(@Observes CrlPublished published) {
        if (config.ldapEnabled() && published.level() == CaLevel.ISSUING) {
            queue.issuingCa();
        }
    }

    private void ofPublished(String certificateId) {
        CertificateRecord certificate = em.find(CertificateRecord.class, certificateId);
        if (config.ldapEnabled() && certificate != null && certificate.publishToDirectory()) {
            queue.user(certificate.user().id());
        }
    }
}
