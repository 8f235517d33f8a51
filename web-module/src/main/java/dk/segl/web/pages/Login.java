package dk.segl.web.pages;

import dk.segl.organisation.Permission;
import dk.segl.web.security.PageLogin;
import dk.segl.web.security.PasswordCheck;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.OptionalLong;

/** The login form and the logout link. */
@Named
@RequestScoped
public class Login {

    private static final int TOO_MANY_REQUESTS = 429;

    @Inject
    SecurityContext security;

    @Inject
    PageMessages messages;

    @Inject
    Visitor visitor;

    private String loginName;
    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(), AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(loginName, new Password(password)))
                        .newAuthentication(true));
        password = null;
        if (status != AuthenticationStatus.SUCCESS) {
            refused((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse());
            return;
        }
        String target = PageLogin.takeReturnTo((HttpSession) external.getSession(false))
                .orElseGet(() -> visitor.may(Permission.READ_USERS) ? "/users.xhtml" : "/mine.xhtml");
        external.redirect(external.getRequestContextPath() + target);
        faces.responseComplete();
    }

    /** The same words whether or not the login name exists; a throttled login also gets 429 and Retry-After. */
    private void refused(HttpServletRequest request, HttpServletResponse response) {
        OptionalLong retryAfter = PasswordCheck.retryAfter(request);
        if (retryAfter.isEmpty()) {
            messages.error("login.failed");
            return;
        }
        response.setStatus(TOO_MANY_REQUESTS);
        response.setHeader("Retry-After", Long.toString(retryAfter.getAsLong()));
        messages.error("login.throttled", retryAfter.getAsLong());
    }

    public void logout() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.invalidateSession();
        try {
            ((HttpServletRequest) external.getRequest()).logout();
        } catch (jakarta.servlet.ServletException e) {
            // The session is gone already, which is what logging out means here.
        }
        external.redirect(external.getRequestContextPath() + PageLogin.LOGIN_PAGE);
    }

    public String getLoginName() {
        return loginName;
    }

    public void setLoginName(String loginName) {
        this.loginName = loginName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
