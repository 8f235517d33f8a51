package dk.segl.organisation;

import dk.segl.error.EnumValue;
import dk.segl.error.Rule;
import java.util.Optional;

/** What a person may do in Segl ({@link Permission} says exactly). Everyone may act on their own certificates. */
public enum Role {
    /** Runs Segl: creates organisations and their first organisation administrator. */
    OPERATOR("an operator"),
    /** Decides whether the organisation issues user certificates ("Settings"). */
    ORGANISATION_ADMINISTRATOR("an organisation administrator"),
    /** Manages users and orders, revokes and deletes their certificate orders. */
    USER_ADMINISTRATOR("a user administrator"),
    /** The organisation's identity-management system: manages users over the API, enrols over EST. */
    IDM_SYSTEM("the organisation's IdM system");

    private final String title;

    Role(String title) {
        this.title = title;
    }

    public static Role parse(String value) {
        return EnumValue.parse(Role.class, value, Rule.ROLE_UNKNOWN, "A role");
    }

    String title() {
        return title;
    }

    /** The permission needed to grant or remove this role; none for the operator, which is never granted. */
    Optional<Permission> grantedWith() {
        return switch (this) {
            case OPERATOR -> Optional.empty();
            case USER_ADMINISTRATOR -> Optional.of(Permission.GRANT_USER_ADMINISTRATOR);
            case ORGANISATION_ADMINISTRATOR, IDM_SYSTEM -> Optional.of(Permission.MANAGE_ADMINISTRATORS);
        };
    }
}
