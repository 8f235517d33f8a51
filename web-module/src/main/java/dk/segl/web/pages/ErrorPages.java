package dk.segl.web.pages;

import dk.segl.error.DomainException;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page that cannot be shown answers with the status that says why (404 not found or not in the
 * visitor's organisation, 403 not for the visitor's role); the container's error page then shows
 * it in the visitor's language with a way back, instead of an empty page under a heading.
 */
final class ErrorPages {

    private ErrorPages() {
    }

    static void send(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** The page's subject was refused: missing or someone else's is 404, a role that may not see it 403. */
    static void send(DomainException refusal) {
        send(switch (refusal.kind()) {
            case FORBIDDEN -> 403;
            default -> 404;
        });
    }
}
