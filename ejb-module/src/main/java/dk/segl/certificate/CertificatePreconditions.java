package dk.segl.certificate;

import dk.segl.error.DomainException;
import dk.segl.organisation.Organisation;
import dk.segl.organisation.UserAccount;

/**
 * What must hold for a user to get a certificate, checked when it is ordered and again when it
 * is issued (the settings, the user or their email may have changed in between).
 */
final class CertificatePreconditions {

    private CertificatePreconditions() {
    }

    static void requireMet(Organisation organisation, UserAccount user) {
        if (!organisation.userCertificatesAllowed()) {
            throw DomainException.refused("user-certificates-not-allowed",
                    "Your organisation does not allow the issuance of user certificates. "
                            + "Contact your organisation administrator.");
        }
        if (!user.isActivated()) {
            throw DomainException.refused("user-not-activated",
                    "The user must be activated before a certificate can be ordered");
        }
        user.email().requireCertificateSafe();
    }
}
