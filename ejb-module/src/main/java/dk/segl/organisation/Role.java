package dk.segl.organisation;

import dk.segl.error.EnumValue;

/** What a person may do in Segl. Every logged-in person may also act on their own certificates. */
public enum Role {
    /** Runs Segl: creates organisations and their first organisation administrator. */
    OPERATOR,
    /** Decides whether the organisation issues user certificates ("Settings"). */
    ORGANISATION_ADMINISTRATOR,
    /** Manages users and orders, revokes and deletes their certificate orders. */
    USER_ADMINISTRATOR,
    /** The organisation's identity-management system: manages users over the API, enrols over EST. */
    IDM_SYSTEM;

    public static Role parse(String value) {
        return EnumValue.parse(Role.class, value, "role-unknown", "A role");
    }
}
