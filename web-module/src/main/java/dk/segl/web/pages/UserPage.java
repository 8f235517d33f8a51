package dk.segl.web.pages;

import dk.segl.certificate.CertificateOrderService;
import dk.segl.certificate.CertificateType;
import dk.segl.certificate.IdentificationMethod;
import dk.segl.certificate.IssuanceMethod;
import dk.segl.certificate.OrderRequest;
import dk.segl.certificate.RevocationReason;
import dk.segl.language.Language;
import dk.segl.organisation.OrganisationService;
import dk.segl.organisation.Permission;
import dk.segl.organisation.UserChanges;
import dk.segl.organisation.UserService;
import dk.segl.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.primefaces.PrimeFaces;

/**
 * A user's profile: master data, editing name and email, and the "User certificate" section of
 * the seed (order dialog, summary, the list with revoke and delete order).
 */
@Named
@ViewScoped
public class UserPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    UserService users;

    @EJB
    OrganisationService organisations;

    @EJB
    CertificateOrderService certificates;

    @Inject
    Visitor visitor;

    @Inject
    PageMessages messages;

    @Inject
    Clock clock;

    private String id;
    private UserRow user;
    private boolean certificatesAllowed;
    private List<CertificateRow> rows = List.of();
    private String name;
    private String email;
    private String mailLanguage;

    private CertificateType type = CertificateType.USER_CERTIFICATE;
    private IdentificationMethod identificationMethod = IdentificationMethod.USER_LOGIN;
    private IssuanceMethod issuanceMethod = IssuanceMethod.BROWSER;
    private boolean publishToDirectory;

    private CertificateRow selected;
    private RevocationReason reason;

    /**
     * Loads the profile named by {@code ?id=}, or the visitor's own without one. Another
     * organisation's user, or a missing one, gets the "not found" page, as does anyone who may
     * not read users asking for someone else.
     */
    public void load() {
        boolean own = id == null || id.isBlank() || id.equals(visitor.getUserId());
        messages.load(() -> own && !visitor.may(Permission.READ_USERS) ? users.me(visitor.actor())
                        : users.get(visitor.actor(), visitor.cvr(), own ? visitor.getUserId() : id))
                .map(UserRow::of).ifPresent(found -> {
                    user = found;
                    id = found.id();
                    name = found.name();
                    email = found.email();
                    mailLanguage = found.language();
                    certificatesAllowed = visitor.may(Permission.READ_CERTIFICATES)
                            && organisations.settings(visitor.actor(), visitor.cvr()).userCertificatesAllowed();
                    refreshCertificates();
                });
    }

    /** Carol's profile: a new activation link, for a user who has not chosen a password yet. */
    public void resendActivation() {
        if (messages.attempt(() -> users.resendActivation(visitor.actor(), visitor.cvr(), id))) {
            messages.info("user.activationResent", user.email());
        }
    }

    /** Saves name, email and the language of the user's mails. */
    public void save() {
        messages.attempt(() -> {
            users.edit(visitor.actor(), visitor.cvr(), id,
                    new UserChanges(Optional.ofNullable(name), Optional.ofNullable(email), Optional.empty()));
            return users.chooseLanguage(visitor.actor(), visitor.cvr(), id, Language.of(mailLanguage).orElse(null));
        }).map(UserRow::of).ifPresent(saved -> {
            user = saved;
            messages.info("user.saved");
        });
    }

    /** Keeps the issuance method one the chosen identification method allows. */
    public void identificationChanged() {
        if (!identificationMethod.allows(issuanceMethod)) {
            issuanceMethod = identificationMethod.issuanceMethods().iterator().next();
        }
    }

    public Set<IssuanceMethod> getIssuanceMethods() {
        return identificationMethod.issuanceMethods();
    }

    /** "Order new certificate" in the dialog: the choices are checked, then the summary window opens. */
    public void review() {
        if (messages.attempt(this::request).isPresent()) {
            PrimeFaces.current().executeScript("PF('orderDialog').hide();PF('summaryDialog').show()");
        }
    }

    /** "Confirm Order": the order is created Pending and the user gets the email (or the IdM system enrols). */
    public void confirm() {
        if (messages.attempt(() -> certificates.order(visitor.actor(), visitor.cvr(), id, request())).isPresent()) {
            PrimeFaces.current().executeScript("PF('summaryDialog').hide()");
            // An API order sends no mail: the organisation's IdM system enrols it over EST.
            messages.info(identificationMethod == IdentificationMethod.API ? "order.confirmedApi" : "order.confirmed",
                    user.name());
        } else {
            messages.keepDialogOpen();
        }
        refreshCertificates();
    }

    public void select(CertificateRow row) {
        selected = row;
        reason = null;
    }

    /** "Ok" in the revoke window: revoked for good. */
    public void revoke() {
        if (messages.attempt(() -> certificates.revoke(visitor.actor(), visitor.cvr(), id, selected.id(), reason))
                .isPresent()) {
            messages.info("certificate.revoked");
        } else {
            messages.keepDialogOpen();
        }
        refreshCertificates();
    }

    /** "Ok" in the "Delete certificate order" window. */
    public void deleteOrder() {
        if (messages.attempt(() -> certificates.delete(visitor.actor(), visitor.cvr(), id, selected.id()))) {
            messages.info("order.deleted");
        } else {
            messages.keepDialogOpen();
        }
        refreshCertificates();
    }

    private OrderRequest request() {
        return new OrderRequest(type, identificationMethod, issuanceMethod, publishToDirectory);
    }

    private void refreshCertificates() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        rows = certificatesAllowed ? messages.attempt(() -> certificates.list(visitor.actor(), visitor.cvr(), id,
                        new PageRequest(0, PageRequest.MAX_SIZE)))
                .map(page -> page.items().stream().map(order -> CertificateRow.of(order, now)).toList())
                .orElse(List.of()) : List.of();
    }

    public CertificateType[] getTypes() {
        return CertificateType.values();
    }

    public IdentificationMethod[] getIdentificationMethods() {
        return IdentificationMethod.values();
    }

    public RevocationReason[] getReasons() {
        return RevocationReason.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public UserRow getUser() {
        return user;
    }

    public boolean isCertificatesAllowed() {
        return certificatesAllowed;
    }

    public List<CertificateRow> getRows() {
        return rows;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getMailLanguage() {
        return mailLanguage;
    }

    public void setMailLanguage(String mailLanguage) {
        this.mailLanguage = mailLanguage;
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public CertificateType getType() {
        return type;
    }

    public void setType(CertificateType type) {
        this.type = type;
    }

    public IdentificationMethod getIdentificationMethod() {
        return identificationMethod;
    }

    public void setIdentificationMethod(IdentificationMethod identificationMethod) {
        this.identificationMethod = identificationMethod;
    }

    public IssuanceMethod getIssuanceMethod() {
        return issuanceMethod;
    }

    public void setIssuanceMethod(IssuanceMethod issuanceMethod) {
        this.issuanceMethod = issuanceMethod;
    }

    public boolean isPublishToDirectory() {
        return publishToDirectory;
    }

    public void setPublishToDirectory(boolean publishToDirectory) {
        this.publishToDirectory = publishToDirectory;
    }

    public CertificateRow getSelected() {
        return selected;
    }

    public RevocationReason getReason() {
        return reason;
    }

    public void setReason(RevocationReason reason) {
        this.reason = reason;
    }
}
