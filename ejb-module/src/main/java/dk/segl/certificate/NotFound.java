package dk.segl.certificate;

import dk.segl.error.DomainException;

/** The one way this package says "no such certificate": another organisation's is answered the same. */
final class NotFound {

    private NotFound() {
    }

    static DomainException certificate(String id) {
        return DomainException.notFound("Certificate " + id);
    }
}
