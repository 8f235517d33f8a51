package dk.segl.error;

import jakarta.ejb.ApplicationException;

/**
 * The one error type of Segl's domain. It names the rule that refused the command so that the
 * edges (REST, pages) can answer with that rule; it never carries internal details. Rolling back
 * keeps a refused command from leaving half-written state.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    private final ErrorKind kind;
    private final String rule;

    public DomainException(ErrorKind kind, String rule, String detail) {
        super(detail);
        this.kind = kind;
        this.rule = rule;
    }

    public static DomainException notFound(String what) {
        return new DomainException(ErrorKind.NOT_FOUND, "not-found", what + " was not found");
    }

    public static DomainException badInput(String rule, String detail) {
        return new DomainException(ErrorKind.BAD_INPUT, rule, detail);
    }

    public static DomainException refused(String rule, String detail) {
        return new DomainException(ErrorKind.REFUSED, rule, detail);
    }

    public static DomainException conflict(String rule, String detail) {
        return new DomainException(ErrorKind.CONFLICT, rule, detail);
    }

    public static DomainException forbidden(String rule, String detail) {
        return new DomainException(ErrorKind.FORBIDDEN, rule, detail);
    }

    public ErrorKind kind() {
        return kind;
    }

    /** A stable, kebab-case name of the rule, e.g. {@code email-not-ascii}. */
    public String rule() {
        return rule;
    }

    public String detail() {
        return getMessage();
    }
}
