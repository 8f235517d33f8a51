package dk.segl.web.pages;

import dk.segl.certificate.RevocationReason;
import dk.segl.certificate.SystemCertificates;
import dk.segl.organisation.NewUser;
import dk.segl.organisation.Permission;
import dk.segl.organisation.Role;
import dk.segl.organisation.UserService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * "IdM systems" on the Settings page: the organisation administrator creates the organisation's
 * IdM systems, sees their system certificates (serial, expiry, status) and revokes one.
 */
@Named
@ViewScoped
public class IdmSystemsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    UserService users;

    @EJB
    SystemCertificates certificates;

    @Inject
    Visitor visitor;

    @Inject
    PageMessages messages;

    @Inject
    Clock clock;

    private List<IdmSystemRow> systems = List.of();
    private String loginName;
    private String name;
    private String email;
    private IdmSystemRow.Certificate selected;
    private RevocationReason reason;

    @PostConstruct
    void load() {
        if (visitor.may(Permission.MANAGE_IDM_SYSTEMS)) {
            refresh();
        }
    }

    /** "Create IdM system": an account with the role IDM_SYSTEM, which gets an activation mail like any user. */
    public void create() {
        String created = name;
        if (messages.attempt(() -> users.create(visitor.actor(), visitor.cvr(),
                new NewUser(loginName, name, email, Set.of(Role.IDM_SYSTEM)))).isPresent()) {
            messages.info("idm.created", created);
            loginName = null;
            name = null;
            email = null;
        }
        refresh();
    }

    public void select(IdmSystemRow.Certificate certificate) {
        selected = certificate;
        reason = null;
    }

    /** "Revoke" in the confirmation window: the system can no longer authenticate with that certificate. */
    public void revoke() {
        if (messages.attempt(() -> certificates.revoke(visitor.actor(), visitor.cvr(), selected.systemId(),
                selected.serialNumber(), reason)).isPresent()) {
            messages.info("idm.certificate.revoked", selected.serialNumber());
        } else {
            messages.keepDialogOpen();
        }
        refresh();
    }

    private void refresh() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        systems = messages.load(() -> users.idmSystems(visitor.actor(), visitor.cvr()).stream()
                .map(s -> IdmSystemRow.of(s, certificates.list(visitor.actor(), visitor.cvr(), s.id()), now))
                .toList()).orElse(List.of());
    }

    public List<IdmSystemRow> getSystems() {
        return systems;
    }

    public RevocationReason[] getReasons() {
        return RevocationReason.values();
    }

    public IdmSystemRow.Certificate getSelected() {
        return selected;
    }

    public RevocationReason getReason() {
        return reason;
    }

    public void setReason(RevocationReason reason) {
        this.reason = reason;
    }

    public String getLoginName() {
        return loginName;
    }

    public void setLoginName(String loginName) {
        this.loginName = loginName;
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
}
