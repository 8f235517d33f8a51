package dk.segl.web.api;

import dk.segl.error.DomainException;
import dk.segl.error.ErrorKind;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where errors become HTTP answers: domain refusals by their kind, JAX-RS's own
 * (unknown path, wrong method or media type) with their status, and anything unexpected as a
 * bare 500 whose details go to the log only.
 */
public final class ProblemMappers {

    private static final Map<ErrorKind, Integer> STATUS = Map.of(
            ErrorKind.BAD_INPUT, 400,
            ErrorKind.UNAUTHENTICATED, 401,
            ErrorKind.FORBIDDEN, 403,
            ErrorKind.NOT_FOUND, 404,
            ErrorKind.CONFLICT, 409,
            ErrorKind.REFUSED, 422);

    private static final Map<ErrorKind, String> TITLE = Map.of(
            ErrorKind.BAD_INPUT, "Bad input",
            ErrorKind.UNAUTHENTICATED, "Login required",
            ErrorKind.FORBIDDEN, "Not allowed for your role",
            ErrorKind.NOT_FOUND, "Not found",
            ErrorKind.CONFLICT, "Not possible in the current state",
            ErrorKind.REFUSED, "Refused by a rule");

    private static final Map<Integer, String> HTTP_DETAIL = Map.of(
            404, "There is nothing at this address",
            405, "This address does not accept that HTTP method",
            406, "Segl cannot answer in any of the media types the Accept header asks for",
            415, "This address does not accept that Content-Type");

    private ProblemMappers() {
    }

    static Response of(DomainException e) {
        return Problem.response(STATUS.get(e.kind()), TITLE.get(e.kind()), e.rule(), e.detail());
    }

    @Provider
    public static class Domain implements ExceptionMapper<DomainException> {
        @Override
        public Response toResponse(DomainException e) {
            return of(e);
        }
    }

    /** A domain exception that crossed an EJB boundary wrapped, and anything else the EJB container threw. */
    @Provider
    public static class Ejb implements ExceptionMapper<EJBException> {
        @Override
        public Response toResponse(EJBException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof DomainException domain) {
                    return of(domain);
                }
                if (t instanceof OptimisticLockException) {
                    return ConcurrentChange.answer();
                }
            }
            return Unexpected.answer(e);
        }
    }

    @Provider
    public static class Jaxrs implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 500) {
                return Unexpected.answer(e);
            }
            String reason = e.getResponse().getStatusInfo().getReasonPhrase();
            return Problem.response(status, reason, status == 404 ? "not-found" : "http-" + status,
                    HTTP_DETAIL.getOrDefault(status, reason + " (HTTP " + status + ")"));
        }
    }

    /**
     * Two requests changed the same record at once (e.g. two issue calls on one pending order):
     * the later commit lost, nothing of it was stored, and the client may look again.
     */
    @Provider
    public static class ConcurrentChange implements ExceptionMapper<OptimisticLockException> {
        @Override
        public Response toResponse(OptimisticLockException e) {
            return answer();
        }

        static Response answer() {
            return Problem.response(409, TITLE.get(ErrorKind.CONFLICT), "concurrent-change",
                    "Another request changed the same record at the same time; nothing of this one was stored");
        }
    }

    @Provider
    public static class TooLarge implements ExceptionMapper<BoundedBody.TooLarge> {
        @Override
        public Response toResponse(BoundedBody.TooLarge e) {
            return Problem.response(413, "Content too large", "body-too-large", e.getMessage());
        }
    }

    @Provider
    public static class JsonP implements ExceptionMapper<JsonException> {
        @Override
        public Response toResponse(JsonException e) {
            return Problem.response(400, "Bad input", "json-malformed", "The request body is not valid JSON");
        }
    }

    @Provider
    public static class JsonB implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return Problem.response(400, "Bad input", "json-malformed", "The request body is not valid JSON");
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(RuntimeException e) {
            if (e instanceof DomainException domain) {
                return of(domain);
            }
            return answer(e);
        }

        static Response answer(Throwable e) {
            LOG.log(Level.SEVERE, "Unexpected error answering a request", e);
            return Problem.response(500, "Internal error", "internal-error",
                    "Segl could not complete the request; the error has been logged");
        }
    }
}
