package dk.segl.web.pages;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The page language, English or Danish, kept for the session. The switch in the header is a link
 * to the same address with {@code lang=da} or {@code lang=en} added, so the page and its
 * parameters (the user's id, the issuance link's order and token) stay as they were. It writes
 * the pages' dates and times as {@link dk.segl.language.Language} does.
 */
@Named
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PARAMETER = "lang";

    private dk.segl.language.Language spoken;

    public Locale getLocale() {
        return spoken().locale();
    }

    /** The domain's language of this page, e.g. for a user's preferred language. */
    public dk.segl.language.Language spoken() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        dk.segl.language.Language.of(external.getRequestParameterMap().get(PARAMETER)).ifPresent(asked -> spoken = asked);
        if (spoken == null) {
            spoken = dk.segl.language.Language.of(external.getRequestLocale().getLanguage())
                    .orElse(dk.segl.language.Language.ENGLISH);
        }
        return spoken;
    }

    public boolean isDanish() {
        return spoken() == dk.segl.language.Language.DANISH;
    }

    /** {@code 30.11.2029 14:05} or {@code 30 Nov 2029, 14:05}. */
    public String moment(OffsetDateTime time) {
        return spoken().moment(time);
    }

    /** A moment with its time zone, for expiry and revocation. */
    public String momentWithZone(OffsetDateTime time) {
        return spoken().momentWithZone(time);
    }

    /** This address in English. */
    public String getEnglishUrl() {
        return here(dk.segl.language.Language.ENGLISH);
    }

    /** This address in Danish. */
    public String getDanishUrl() {
        return here(dk.segl.language.Language.DANISH);
    }

    /** The address the browser asked for (not the page a link or an error was forwarded to), in {@code wanted}. */
    private static String here(dk.segl.language.Language wanted) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Object forwardedFrom = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        Object errorFrom = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = errorFrom != null ? (String) errorFrom : forwardedFrom != null ? (String) forwardedFrom : request.getRequestURI();
        // An error page keeps the address; its query (of a page that failed) is left behind.
        String query = errorFrom != null ? null
                : forwardedFrom != null ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
                : request.getQueryString();
        String kept = query == null ? "" : Arrays.stream(query.split("&"))
                .filter(pair -> !pair.isEmpty() && !pair.startsWith(PARAMETER + "="))
                .collect(Collectors.joining("&", "", "&"));
        return uri + "?" + kept + PARAMETER + "=" + wanted.code();
    }
}
