package dk.segl.web.pages;

import dk.segl.error.DomainException;
import dk.segl.error.Rule;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.primefaces.PrimeFaces;

/**
 * The one place where domain refusals become page messages: a refusal's rule picks a translated
 * text ({@code error.<rule>} in the bundle) and its own detail is the fallback, so a rule that has
 * no translation yet still tells the user why. Anything unexpected is not caught here; Faces shows
 * the error page and the log keeps the details.
 */
@ApplicationScoped
public class PageMessages {

    static final String BUNDLE = "dk.segl.web.pages.texts";

    /** Runs a command; a refusal becomes a message and an empty result. */
    public <T> Optional<T> attempt(Supplier<T> command) {
        try {
            return Optional.ofNullable(command.get());
        } catch (DomainException e) {
            error(e);
        } catch (EJBException e) {
            error(domainCause(e).orElseThrow(() -> e));
        }
        return Optional.empty();
    }

    /**
     * Loads what a page shows; when that is refused (missing, someone else's, not for this role)
     * the visitor gets the error page that says so, not an empty page.
     */
    public <T> Optional<T> load(Supplier<T> query) {
        try {
            return Optional.ofNullable(query.get());
        } catch (DomainException e) {
            ErrorPages.send(e);
        } catch (EJBException e) {
            ErrorPages.send(domainCause(e).orElseThrow(() -> e));
        }
        return Optional.empty();
    }

    /** Runs a command that answers nothing; true when it was done. */
    public boolean attempt(Runnable command) {
        return attempt(() -> {
            command.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** A refusal inside a dialog: the dialog stays open and shows it; its oncomplete reads {@code args.refused}. */
    public void keepDialogOpen() {
        PrimeFaces.current().ajax().addCallbackParam("refused", true);
    }

    public void error(DomainException e) {
        add(FacesMessage.SEVERITY_ERROR, describe(e));
    }

    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /** The rule a refusal names, or its text, in the page's language. */
    public String describe(DomainException e) {
        return describe(e.rule(), e.detail());
    }

    /** A refusal reported by its rule and detail, e.g. a line of a CSV import. */
    public String describe(Rule rule, String detail) {
        return textOr("error." + rule.id(), detail);
    }

    public String text(String key, Object... arguments) {
        return MessageFormat.format(bundle().getString(key), arguments);
    }

    private String textOr(String key, String fallback) {
        try {
            return bundle().getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle(BUNDLE, faces.getViewRoot() == null
                ? faces.getExternalContext().getRequestLocale() : faces.getViewRoot().getLocale());
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(severity, text, null));
        // Survives the redirect that follows a successful action.
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    static Optional<DomainException> domainCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return Optional.of(domain);
            }
        }
        return Optional.empty();
    }
}
