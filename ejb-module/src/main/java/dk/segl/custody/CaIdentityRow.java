package dk.segl.custody;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The one row of {@code ca_identity}; its fixed key makes a second CA's insert fail. */
@Entity
@Table(name = "ca_identity")
class CaIdentityRow {

    static final int ONLY = 1;

    @Id
    private int id;

    @Column(name = "root_fingerprint", nullable = false)
    private String rootFingerprint;

    @Column(name = "issuing_fingerprint", nullable = false)
    private String issuingFingerprint;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected CaIdentityRow() {
    }

    CaIdentityRow(CaIdentity identity, OffsetDateTime recordedAt) {
        this.id = ONLY;
        this.rootFingerprint = identity.rootFingerprint();
        this.issuingFingerprint = identity.issuingFingerprint();
        this.recordedAt = recordedAt;
    }

    CaIdentity identity() {
        return new CaIdentity(rootFingerprint, issuingFingerprint);
    }

    void reissued(String fingerprint, OffsetDateTime at) {
        issuingFingerprint = fingerprint;
        recordedAt = at;
    }
}
