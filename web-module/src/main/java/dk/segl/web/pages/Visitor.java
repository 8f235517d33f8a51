package dk.segl.web.pages;

import dk.segl.holder.Cvr;
import dk.segl.organisation.Actor;
import dk.segl.organisation.Organisation;
import dk.segl.organisation.Role;
import dk.segl.organisation.UserAccount;
import dk.segl.organisation.UserService;
import dk.segl.web.api.CurrentActor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/**
 * Who is looking at the page, looked up afresh for each request: the menu shows what their roles
 * allow, and every bean passes {@link #actor()} to the services, which check again.
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

    public boolean isUserAdministrator() {
        return isLoggedIn() && actor().roles().contains(Role.USER_ADMINISTRATOR);
    }

    public boolean isOrganisationAdministrator() {
        return isLoggedIn() && actor().roles().contains(Role.ORGANISATION_ADMINISTRATOR);
    }

    public boolean isAdministrator() {
        return isUserAdministrator() || isOrganisationAdministrator();
    }

    /** The visitor's own user id: their profile is /user.xhtml without an id. */
    public String getUserId() {
        return actor().userId();
    }

    /** Menu > Users is for administrators; anybody else gets the no-access page. */
    public void requireAdministrator() {
        require(isAdministrator());
    }

    public void requireUserAdministrator() {
        require(isUserAdministrator());
    }

    public void requireOrganisationAdministrator() {
        require(isOrganisationAdministrator());
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            ErrorPages.send(403);
        }
    }

    /** The start page: administrators land on Menu > Users, everybody else on their own certificates. */
    public String home() {
        return (isAdministrator() ? "/users" : "/mine") + "?faces-redirect=true";
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
