package dk.segl.organisation;

import dk.segl.audit.AuditTarget;
import dk.segl.audit.AuditedCommand;
import dk.segl.error.DomainException;
import dk.segl.error.Rule;
import dk.segl.holder.Cvr;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Changes many users at once: the lines of a CSV file (create, update, delete; see
 * {@link UserCsv}) or the users selected on Menu > Users (delete). Each change is one
 * {@link UserService} command in a transaction of its own, with that command's rules and audit
 * entries: a refused change changes nothing, and the others are made. Every change gets a line in
 * the report. Who may change users, and how many at once, is checked once for the whole batch
 * before any change, so a refused batch is one refusal (one audit entry), not one per line.
 */
@Stateless
@Interceptors(AuditedCommand.class)
public class UserImport {

    @EJB
    UserService users;

    @EJB
    Organisations organisations;

    @Inject
    @ConfigProperty(name = "segl.import.max-lines", defaultValue = "1000")
    int maxLines;

    /** What became of one change: done, or refused by {@code rule}. */
    public record Result(int line, String loginName, UserCommand.Action action, boolean done, Rule rule,
                         String detail) {
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Result> run(Actor actor, @AuditTarget Cvr cvr, String csv) {
        require(actor, cvr, Permission.IMPORT_USERS);
        return apply(actor, cvr, UserCsv.parse(csv));
    }

    /** Deletes the users with these login names; the report's line numbers count them from 1. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Result> delete(Actor actor, @AuditTarget Cvr cvr, List<String> loginNames) {
        require(actor, cvr, Permission.MANAGE_USERS);
        return apply(actor, cvr, IntStream.range(0, loginNames.size())
                .mapToObj(i -> new UserCsv.Line(i + 1, new UserCommand.Delete(loginNames.get(i)), null)).toList());
    }

    private void require(Actor actor, Cvr cvr, Permission permission) {
        // Like every other endpoint: another organisation is not found, a role without the permission refused.
        organisations.ownedBy(actor, cvr);
        actor.require(permission);
    }

    private List<Result> apply(Actor actor, Cvr cvr, List<UserCsv.Line> lines) {
        if (lines.size() > maxLines) {
            throw Rule.IMPORT_TOO_MANY_LINES.refusal(
                    "At most " + maxLines + " users change at once; this asks for " + lines.size());
        }
        return lines.stream().map(line -> apply(actor, cvr, line)).toList();
    }

    private Result apply(Actor actor, Cvr cvr, UserCsv.Line line) {
        UserCommand command = line.command();
        String login = command == null ? null : command.loginName();
        UserCommand.Action action = command == null ? null : command.action();
        if (line.refusal() != null) {
            return refused(line.number(), login, action, line.refusal());
        }
        try {
            command.applyTo(users, actor, cvr);
            return new Result(line.number(), login, action, true, null, null);
        } catch (DomainException e) {
            return refused(line.number(), login, action, e);
        }
    }

    private static Result refused(int line, String loginName, UserCommand.Action action, DomainException e) {
        return new Result(line, loginName, action, false, e.rule(), e.detail());
    }
}
