package dk.segl.web.pages;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The page language, English or Danish, chosen with the switch in the header and kept for the session. */
@Named
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Locale DANISH = Locale.forLanguageTag("da");

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            Locale requested = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
            locale = DANISH.getLanguage().equals(requested.getLanguage()) ? DANISH : Locale.ENGLISH;
        }
        return locale;
    }

    public boolean isDanish() {
        return DANISH.equals(getLocale());
    }

    public void toDanish() {
        switchTo(DANISH);
    }

    public void toEnglish() {
        switchTo(Locale.ENGLISH);
    }

    private void switchTo(Locale wanted) {
        locale = wanted;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(wanted);
    }
}
