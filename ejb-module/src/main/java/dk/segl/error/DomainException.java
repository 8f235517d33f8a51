package dk.segl.error;

import jakarta.ejb.ApplicationException;

/**
 * The one error type of Segl's domain. It names the {@link Rule} that refused the command so that
 * the edges (REST, pages) can answer with that rule; it never carries internal details. Rolling
 * back keeps a refused command from leaving half-written state.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    private final Rule rule;

    DomainException(Rule rule, String detail) {
        super(detail == null ? rule.text() : detail, null, false, false);
        this.rule = rule;
    }

    public static DomainException notFound(String what) {
        return Rule.NOT_FOUND.refusal(what + " was not found");
    }

    public ErrorKind kind() {
        return rule.kind();
    }

    public Rule rule() {
        return rule;
    }

    public String detail() {
        return getMessage();
    }
}
