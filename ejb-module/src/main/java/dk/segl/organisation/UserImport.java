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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates many users from a CSV file, each line in a transaction of its own: a refused line
 * creates nothing, and the lines around it are created. Every line gets a line in the report.
 * Who may import, and how many lines, is checked once for the whole file before any line, so a
 * refused import is one refusal (one audit entry), not one per line.
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

    /** What became of one line of the file. */
    public record Result(int line, String loginName, boolean created, Rule rule, String detail) {
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Result> run(Actor actor, @AuditTarget Cvr cvr, String csv) {
        // Like every other endpoint: another organisation is not found, a role without the permission refused.
        organisations.ownedBy(actor, cvr);
        actor.require(Permission.IMPORT_USERS);
        List<UserCsv.Line> lines = UserCsv.parse(csv);
        if (lines.size() > maxLines) {
            throw Rule.IMPORT_TOO_MANY_LINES.refusal(
                    "A file may create at most " + maxLines + " users; this one has " + lines.size() + " lines");
        }
        return lines.stream().map(line -> create(actor, cvr, line)).toList();
    }

    private Result create(Actor actor, Cvr cvr, UserCsv.Line line) {
        if (line.refusal() != null) {
            return refused(line.number(), null, line.refusal());
        }
        try {
            users.create(actor, cvr, line.user());
            return new Result(line.number(), line.user().loginName(), true, null, null);
        } catch (DomainException e) {
            return refused(line.number(), line.user().loginName(), e);
        }
    }

    private static Result refused(int line, String loginName, DomainException e) {
        return new Result(line, loginName, false, e.rule(), e.detail());
    }
}
