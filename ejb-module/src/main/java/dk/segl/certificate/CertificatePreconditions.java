package dk.segl.certificate;

import dk.segl.error.Rule;
import dk.segl.holder.CertificateHolder;
import dk.segl.organisation.Organisation;
import dk.segl.organisation.UserAccount;

/**
 * What must hold for a user to get a certificate, checked when it is ordered and again when it
 * is issued (the settings or the user may have changed in between).
 */
final class CertificatePreconditions {

    private CertificatePreconditions() {
    }

    /** The holder the certificate would be for, once the seed's conditions hold. */
    static CertificateHolder requireMet(Organisation organisation, UserAccount user) {
        if (!organisation.userCertificatesAllowed()) {
            throw Rule.USER_CERTIFICATES_NOT_ALLOWED.refusal();
        }
        if (!user.isActivated()) {
            throw Rule.USER_NOT_ACTIVATED.refusal();
        }
        return HolderValues.of(organisation, user);
    }
}
