package dk.segl.holder;

import dk.segl.error.Rule;
import java.util.Objects;

/**
 * Who a user certificate is about, as the order fixed it: the organisation (CVR and name) and the
 * person (holder id, name, email). Everything here can go into a certificate; a name longer than
 * a certificate can carry is refused when the order is placed, not when the CA signs.
 */
public record CertificateHolder(Cvr cvr, DisplayName organisationName, HolderId holderId, DisplayName name,
                                CertificateEmail email) {

    public CertificateHolder {
        Objects.requireNonNull(cvr, "cvr");
        Objects.requireNonNull(organisationName, "organisationName");
        Objects.requireNonNull(holderId, "holderId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        if (!name.fitsCertificate() || !organisationName.fitsCertificate()) {
            throw Rule.NAME_TOO_LONG_FOR_CERTIFICATE.refusal();
        }
    }

    public OrganizationIdentifier organizationIdentifier() {
        return new OrganizationIdentifier(cvr);
    }
}
