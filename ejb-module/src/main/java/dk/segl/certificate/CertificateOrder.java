package dk.segl.certificate;

import dk.segl.error.Rule;
import dk.segl.holder.CertificateHolder;
import dk.segl.organisation.Organisation;
import dk.segl.organisation.UserAccount;
import dk.segl.token.OneTimeToken;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * An order for a user certificate: what was ordered, for whom (the holder's values, fixed when it
 * was placed) and, for User login, the issuance link. PENDING until it is fulfilled by issuing its
 * certificate, deleted by an administrator, or withdrawn because the holder changed. The
 * certificate itself is a {@link CertificateRecord} of its own.
 */
@Entity
@Table(name = "certificate_order")
public class CertificateOrder {

    @Id
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CertificateType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "identification_method", nullable = false)
    private IdentificationMethod identificationMethod;

    @Enumerated(EnumType.STRING)
    @Column(name = "issuance_method", nullable = false)
    private IssuanceMethod issuanceMethod;

    @Column(name = "publish_to_directory", nullable = false)
    private boolean publishToDirectory;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;

    @Embedded
    private HolderValues holder;

    @Column(name = "ordered_at", nullable = false)
    private OffsetDateTime orderedAt;

    @Column(name = "ordered_by", nullable = false)
    private String orderedBy;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "issuance_token_hash")
    private String issuanceTokenHash;

    @Column(name = "issuance_expires_at")
    private OffsetDateTime issuanceExpiresAt;

    @Version
    private long version;

    protected CertificateOrder() {
    }

    CertificateOrder(UserAccount user, Organisation organisation, CertificateHolder holder, OrderRequest request,
                     String orderedBy, OffsetDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.user = user;
        this.organisation = organisation;
        this.holder = HolderValues.fixed(holder);
        this.type = request.type();
        this.identificationMethod = request.identificationMethod();
        this.issuanceMethod = request.issuanceMethod();
        this.publishToDirectory = request.publishToDirectory();
        this.status = OrderStatus.PENDING;
        this.orderedBy = orderedBy;
        this.orderedAt = now;
    }

    void awaitIssuance(OneTimeToken token, OffsetDateTime expiresAt) {
        this.issuanceTokenHash = token.hash();
        this.issuanceExpiresAt = expiresAt;
    }

    /** The link from the email is the user's proof; it works once, for this order, until it expires. */
    void requireIssuable(String token, IssuanceMethod method, OffsetDateTime now) {
        requireLinkUsable(token, now);
        if (method != issuanceMethod) {
            throw Rule.ISSUANCE_METHOD_MISMATCH.refusal("This certificate was ordered for issuance method "
                    + issuanceMethod + (issuanceMethod == IssuanceMethod.HARDWARE
                    ? ": send a PKCS#10 CSR (Content-Type application/pkcs10)"
                    : ": send no body, Segl generates the key"));
        }
    }

    /** Whether the email link can still issue this order, whatever the issuance method. */
    void requireLinkUsable(String token, OffsetDateTime now) {
        requirePending();
        if (identificationMethod != IdentificationMethod.USER_LOGIN) {
            throw Rule.ISSUANCE_BY_IDM_SYSTEM.refusal();
        }
        if (issuanceTokenHash == null || !issuanceTokenHash.equals(OneTimeToken.hashOf(token))) {
            throw Rule.ISSUANCE_LINK_INVALID.refusal();
        }
        if (now.isAfter(issuanceExpiresAt)) {
            throw Rule.ISSUANCE_LINK_EXPIRED.refusal();
        }
    }

    /** EST enrols only orders identified via API, and only while they are pending. */
    void requireEnrollable() {
        requirePending();
        if (identificationMethod != IdentificationMethod.API) {
            throw Rule.EST_NO_PENDING_ORDER.refusal();
        }
    }

    private void requirePending() {
        switch (status) {
            case PENDING -> { }
            case WITHDRAWN -> throw Rule.ORDER_WITHDRAWN.refusal();
            case DELETED -> throw NotFound.certificate(id);
            case FULFILLED -> throw Rule.ORDER_NOT_PENDING.refusal();
        }
    }

    /** The certificate is issued: the link is used up. */
    void fulfil(OffsetDateTime now) {
        requirePending();
        close(OrderStatus.FULFILLED, now);
    }

    /** "You can delete an order before the certificate is issued." */
    void delete(OffsetDateTime now) {
        if (status == OrderStatus.FULFILLED) {
            throw Rule.DELETE_NOT_PENDING.refusal();
        }
        if (status == OrderStatus.DELETED) {
            throw NotFound.certificate(id);
        }
        close(OrderStatus.DELETED, now);
    }

    /**
     * The user's name or email changed after the order was placed: nothing unverified is signed,
     * so the order ends here and the administrator orders again. Returns whether it was withdrawn.
     */
    boolean withdrawIfHolderChanged(OffsetDateTime now) {
        if (status != OrderStatus.PENDING || !holder.differFrom(user)) {
            return false;
        }
        close(OrderStatus.WITHDRAWN, now);
        return true;
    }

    private void close(OrderStatus closed, OffsetDateTime now) {
        this.status = closed;
        this.closedAt = now;
        this.issuanceTokenHash = null;
        this.issuanceExpiresAt = null;
    }

    /** Who the certificate is for: the values the order was placed and the link was mailed for. */
    public CertificateHolder holder() {
        return holder.holder(user.uuid());
    }

    public HolderValues holderValues() {
        return holder;
    }

    public String id() {
        return id;
    }

    public UserAccount user() {
        return user;
    }

    public Organisation organisation() {
        return organisation;
    }

    public CertificateType type() {
        return type;
    }

    public IdentificationMethod identificationMethod() {
        return identificationMethod;
    }

    public IssuanceMethod issuanceMethod() {
        return issuanceMethod;
    }

    public boolean publishToDirectory() {
        return publishToDirectory;
    }

    public OrderStatus status() {
        return status;
    }

    public OffsetDateTime orderedAt() {
        return orderedAt;
    }

    public String orderedBy() {
        return orderedBy;
    }

    public Optional<OffsetDateTime> closedAt() {
        return Optional.ofNullable(closedAt);
    }
}
