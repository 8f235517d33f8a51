package dk.segl.web.api;

import dk.segl.error.DomainException;
import dk.segl.error.ErrorKind;
import dk.segl.error.Rule;
import dk.segl.persistence.LockConflict;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.Optional;
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
            ErrorKind.REFUSED, 422,
            ErrorKind.TOO_LARGE, 413,
            ErrorKind.THROTTLED, 429,
            ErrorKind.UNAVAILABLE, 503,
            ErrorKind.INTERNAL, 500);

    private static final Map<ErrorKind, String> TITLE = Map.of(
            ErrorKind.BAD_INPUT, "Bad input",
            ErrorKind.UNAUTHENTICATED, "Login required",
            ErrorKind.FORBIDDEN, "Not allowed for your role",
            ErrorKind.NOT_FOUND, "Not found",
            ErrorKind.CONFLICT, "Not possible in the current state",
            ErrorKind.REFUSED, "Refused by a rule",
            ErrorKind.TOO_LARGE, "Content too large",
            ErrorKind.THROTTLED, "Too many requests",
            ErrorKind.UNAVAILABLE, "Service unavailable",
            ErrorKind.INTERNAL, "Internal error");

    /** JAX-RS's own refusals (unknown path, wrong method or media type) by their status. */
    private static final Map<Integer, Rule> HTTP_RULE = Map.of(
            404, Rule.NOT_FOUND,
            405, Rule.METHOD_NOT_ALLOWED,
            406, Rule.NOT_ACCEPTABLE,
            415, Rule.UNSUPPORTED_MEDIA_TYPE);

    private ProblemMappers() {
    }

    /** The HTTP status a refusal of this kind answers with, for edges outside JAX-RS (EST). */
    public static int status(ErrorKind kind) {
        return STATUS.get(kind);
    }

    public static String title(ErrorKind kind) {
        return TITLE.get(kind);
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
            }
            return LockConflict.causes(e) ? ConcurrentChange.answer() : Unexpected.answer(e);
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
            Rule rule = HTTP_RULE.getOrDefault(status, Rule.REQUEST_MALFORMED);
            return Problem.response(status, reason, rule, status == 404 ? "There is nothing at this address" : rule.text());
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
            return LockConflict.causes(e) ? answer() : Unexpected.answer(e);
        }

        static Response answer() {
            return Problem.response(409, TITLE.get(ErrorKind.CONFLICT), Rule.CONCURRENT_CHANGE,
                    "Another request changed the same record at the same time; nothing of this one was stored");
        }
    }

    @Provider
    public static class TooLarge implements ExceptionMapper<BoundedBody.TooLarge> {
        @Override
        public Response toResponse(BoundedBody.TooLarge e) {
            return Problem.response(413, TITLE.get(ErrorKind.TOO_LARGE), Rule.BODY_TOO_LARGE, e.getMessage());
        }
    }

    @Provider
    public static class JsonP implements ExceptionMapper<JsonException> {
        @Override
        public Response toResponse(JsonException e) {
            return Problem.response(400, "Bad input", Rule.JSON_MALFORMED, Rule.JSON_MALFORMED.text());
        }
    }

    @Provider
    public static class JsonB implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return Problem.response(400, "Bad input", Rule.JSON_MALFORMED, Rule.JSON_MALFORMED.text());
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

        /**
         * A database outage or a disk below its reserve is no bug: 503 with a time to come back,
         * and one line in the log, not a trace.
         */
        static Response answer(Throwable e) {
            Optional<Rule> unavailable = Unavailable.ruleFor(e);
            if (unavailable.isPresent()) {
                Rule rule = unavailable.get();
                LOG.warning(() -> "Answered 503 " + rule.id() + ": " + e);
                return Response.fromResponse(Problem.response(503, TITLE.get(ErrorKind.UNAVAILABLE), rule, rule.text()))
                        .header("Retry-After", Unavailable.retryAfterSeconds(rule)).build();
            }
            LOG.log(Level.SEVERE, "Unexpected error answering a request", e);
            return Problem.response(500, "Internal error", Rule.INTERNAL_ERROR, Rule.INTERNAL_ERROR.text());
        }
    }
}
