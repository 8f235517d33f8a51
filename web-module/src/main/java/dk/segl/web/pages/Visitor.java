package dk.segl.web.pages;

import dk.segl.holder.Cvr;
import dk.segl.organisation.Actor;
import dk.segl.organisation.Organisation;
import dk.segl.organisation.Permission;
import dk.segl.organisation.UserAccount;
import dk.segl.organisation.UserService;
import dk.segl.web.api.CurrentActor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/**
 * Who is looking at the page, looked up afresh for each request: the menu shows what their
 * permissions allow, and every bean passes {@link #actor()} to the services, which check again.
 */
@Named
@RequestScoped
public class Visitor {

    @Inject
    SecurityContext security;

    @Inject
    CurrentActor current;

    @EJB
    UserService users;

    private UserAccount account;

    public boolean isLoggedIn() {
        return security.getCallerPrincipal() != null;
    }

    public Actor actor() {
        return current.get();
    }

    public String getName() {
        return account().name();
    }

    /**
     * Whether the visitor holds the permission: the menu and the actions a page offers follow the
     * same table the services check, so nothing is offered that would then be refused.
     */
    public boolean may(Permission permission) {
        return isLoggedIn() && actor().may(permission);
    }

    /** The visitor's own user id: their profile is /user.xhtml without an id. */
    public String getUserId() {
        return actor().userId();
    }

    /** A page for a permission the visitor lacks answers with the no-access page. */
    public void require(Permission permission) {
        if (!may(permission)) {
            ErrorPages.send(403);
        }
    }

    /** The start page: who may read users lands on Menu > Users, everybody else on their own certificates. */
    public String home() {
        return (may(Permission.READ_USERS) ? "/users" : "/mine") + "?faces-redirect=true";
    }

    /** The visitor's own organisation: the only one any page acts on. */
    public Cvr cvr() {
        return account().organisation().map(Organisation::cvr)
                .orElseThrow(() -> new IllegalStateException("The operator has no organisation pages"));
    }

    private UserAccount account() {
        if (account == null) {
            account = users.me(actor());
        }
        return account;
    }
}
