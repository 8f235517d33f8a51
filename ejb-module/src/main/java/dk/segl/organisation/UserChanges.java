package dk.segl.organisation;

import java.util.Optional;
import java.util.Set;

/** An edit of a user: only the present fields change. */
public record UserChanges(Optional<String> name, Optional<String> email, Optional<Set<Role>> roles) {
}
