package dk.segl.web.pages;

import dk.segl.organisation.UserService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The activation link's page ({@code /activate?token=..}): the user chooses a password and is activated. */
@Named
@RequestScoped
public class ActivatePage {

    @EJB
    UserService users;

    @Inject
    PageMessages messages;

    private String token;
    private String password;
    private String confirmation;
    private boolean activated;

    public void activate() {
        if (password == null || !password.equals(confirmation)) {
            messages.error("activate.mismatch");
            return;
        }
        activated = messages.attempt(() -> users.activate(token, password.toCharArray())).isPresent();
        if (activated) {
            messages.info("activate.done");
        }
    }

    public boolean isActivated() {
        return activated;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
