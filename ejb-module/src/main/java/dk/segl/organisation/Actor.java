package dk.segl.organisation;

import dk.segl.error.DomainException;
import java.util.Optional;
import java.util.Set;

/**
 * The authenticated person behind a command, as the database knows them now (not as the
 * session remembered them): their roles and organisation are checked on every command.
 */
public record Actor(String userId, String loginName, Optional<String> organisationId, Set<Role> roles) {

    public static Actor of(UserAccount user) {
        return new Actor(user.id(), user.loginName(), user.organisation().map(Organisation::id), user.roles());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    public boolean belongsTo(Organisation organisation) {
        return organisationId.filter(organisation.id()::equals).isPresent();
    }

    /** Refuses the command unless the actor holds one of the roles. */
    public void require(String rule, String description, Role... wanted) {
        if (!hasAny(wanted)) {
            throw DomainException.forbidden(rule, "Only " + description + " may do this");
        }
    }

    @Override
    public String toString() {
        return loginName;
    }
}
