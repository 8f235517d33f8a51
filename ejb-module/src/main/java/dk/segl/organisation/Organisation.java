package dk.segl.organisation;

import dk.segl.error.Rule;
import dk.segl.holder.Cvr;
import dk.segl.holder.DisplayName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    private String id;

    @Column(nullable = false, unique = true)
    private String cvr;

    @Column(nullable = false)
    private String name;

    @Column(name = "user_certificates_allowed", nullable = false)
    private boolean userCertificatesAllowed;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(Cvr cvr, String name, OffsetDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.cvr = cvr.value();
        this.name = DisplayName.of(name, Rule.ORGANISATION_NAME).value();
        this.createdAt = now;
    }

    public String id() {
        return id;
    }

    public Cvr cvr() {
        return new Cvr(cvr);
    }

    public String name() {
        return name;
    }

    public boolean userCertificatesAllowed() {
        return userCertificatesAllowed;
    }

    public void allowUserCertificates(boolean allowed) {
        this.userCertificatesAllowed = allowed;
    }
}
