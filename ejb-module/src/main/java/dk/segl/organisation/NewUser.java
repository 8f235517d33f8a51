package dk.segl.organisation;

import java.util.Set;

/** What an administrator fills in to create a user. Validated when the user is created. */
public record NewUser(String loginName, String name, String email, Set<Role> roles) {

    public NewUser {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
