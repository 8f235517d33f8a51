package dk.segl.certificate;

import dk.segl.error.Rule;
import dk.segl.holder.CertificateEmail;
import dk.segl.holder.CertificateHolder;
import dk.segl.holder.Cvr;
import dk.segl.holder.DisplayName;
import dk.segl.holder.HolderId;
import dk.segl.organisation.Organisation;
import dk.segl.organisation.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/**
 * The holder's values as an order fixed them and as its certificate carries them: the
 * organisation's CVR and name, the user's name and email. Kept as columns so that a later change
 * of the user cannot change what was verified.
 */
@Embeddable
public class HolderValues {

    @Column(name = "holder_cvr", nullable = false)
    private String cvr;

    @Column(name = "holder_organisation", nullable = false)
    private String organisationName;

    @Column(name = "holder_name", nullable = false)
    private String name;

    @Column(name = "holder_email", nullable = false)
    private String email;

    protected HolderValues() {
    }

    private HolderValues(CertificateHolder holder) {
        this.cvr = holder.cvr().value();
        this.organisationName = holder.organisationName().value();
        this.name = holder.name().value();
        this.email = holder.email().value();
    }

    /** The user's values now, refused by the rule they break if a certificate cannot carry them. */
    static CertificateHolder of(Organisation organisation, UserAccount user) {
        return new CertificateHolder(organisation.cvr(), DisplayName.of(organisation.name(), Rule.ORGANISATION_NAME),
                new HolderId(user.uuid()), DisplayName.of(user.name(), Rule.USER_NAME),
                CertificateEmail.of(user.email()));
    }

    static HolderValues fixed(CertificateHolder holder) {
        return new HolderValues(holder);
    }

    /** The stored values as the holder they were, for the user with this id. */
    CertificateHolder holder(UUID user) {
        return new CertificateHolder(new Cvr(cvr), DisplayName.of(organisationName, Rule.ORGANISATION_NAME),
                new HolderId(user), DisplayName.of(name, Rule.USER_NAME), new CertificateEmail(email));
    }

    /** Whether the user's name or email is no longer what this order was placed for. */
    boolean differFrom(UserAccount user) {
        return !name.equals(user.name()) || !email.equals(user.email().value());
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String organisationName() {
        return organisationName;
    }

    public String cvr() {
        return cvr;
    }
}
