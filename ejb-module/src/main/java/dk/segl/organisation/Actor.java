package dk.segl.organisation;

import dk.segl.error.Rule;
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

    public boolean belongsTo(Organisation organisation) {
        return organisationId.filter(organisation.id()::equals).isPresent();
    }

    public boolean may(Permission permission) {
        return permission.heldBy(roles);
    }

    /** Refuses the command unless one of the actor's roles carries the permission. */
    public void require(Permission permission) {
        if (!may(permission)) {
            throw Rule.PERMISSION_MISSING.refusal(permission.refusalText());
        }
    }

    @Override
    public String toString() {
        return loginName;
    }
}
