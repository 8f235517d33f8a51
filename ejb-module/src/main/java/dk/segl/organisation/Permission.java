package dk.segl.organisation;

import static dk.segl.organisation.Role.IDM_SYSTEM;
import static dk.segl.organisation.Role.OPERATOR;
import static dk.segl.organisation.Role.ORGANISATION_ADMINISTRATOR;
import static dk.segl.organisation.Role.USER_ADMINISTRATOR;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may do what: the one table of permissions (DESIGN §1). Services ask an {@link Actor} for a
 * permission, never for a role, so changing who may do something is a change to this table only.
 * Every permission acts inside the actor's own organisation, except the operator's.
 */
public enum Permission {
    CREATE_ORGANISATIONS("create organisations", OPERATOR),
    OPERATE_DIRECTORY("operate the directory", OPERATOR),
    OPERATE_MAIL("see and retry undeliverable mail", OPERATOR),
    READ_METRICS("read the operational metrics", OPERATOR),
    TAKE_BACKUPS("take backups", OPERATOR),
    READ_AUDIT_LOG("read and verify the audit log", OPERATOR),
    READ_SETTINGS("read the settings", ORGANISATION_ADMINISTRATOR, USER_ADMINISTRATOR),
    CHANGE_SETTINGS("change the settings", ORGANISATION_ADMINISTRATOR),
    READ_USERS("read users", ORGANISATION_ADMINISTRATOR, USER_ADMINISTRATOR, IDM_SYSTEM),
    MANAGE_USERS("create, edit and delete users", USER_ADMINISTRATOR, IDM_SYSTEM),
    /** The IdM system has identified the users it creates: they are active at once and get no activation mail. */
    IDENTIFY_USERS("create users already identified, with no activation mail", IDM_SYSTEM),
    IMPORT_USERS("import users", USER_ADMINISTRATOR, IDM_SYSTEM),
    /** Grant or remove the user administrator role. */
    GRANT_USER_ADMINISTRATOR("grant the user administrator role", ORGANISATION_ADMINISTRATOR, USER_ADMINISTRATOR,
            OPERATOR),
    /** Grant or remove the administrator and IdM roles, and edit or delete organisation administrators. */
    MANAGE_ADMINISTRATORS("manage organisation administrators and IdM systems", ORGANISATION_ADMINISTRATOR, OPERATOR),
    READ_CERTIFICATES("read users' certificates", ORGANISATION_ADMINISTRATOR, USER_ADMINISTRATOR, IDM_SYSTEM),
    ORDER_CERTIFICATES("order certificates", USER_ADMINISTRATOR),
    /** Order certificates identified "via API", which the IdM system then enrols over EST. */
    ORDER_API_CERTIFICATES("order certificates identified via API", USER_ADMINISTRATOR, IDM_SYSTEM),
    REVOKE_CERTIFICATES("revoke certificates", USER_ADMINISTRATOR, IDM_SYSTEM),
    DELETE_ORDERS("delete pending orders", USER_ADMINISTRATOR),
    /** Enrol users' certificates over EST for orders identified "via API". */
    ENROL_OVER_EST("enrol certificates over EST", IDM_SYSTEM),
    /** Create IdM systems, and issue, list and revoke the certificates they authenticate with. */
    MANAGE_IDM_SYSTEMS("create IdM systems and manage their certificates", ORGANISATION_ADMINISTRATOR);

    private final String description;
    private final Set<Role> holders;

    Permission(String description, Role first, Role... more) {
        this.description = description;
        this.holders = EnumSet.of(first, more);
    }

    public boolean heldBy(Set<Role> roles) {
        return roles.stream().anyMatch(holders::contains);
    }

    /** For the refusal: "Only a user administrator may order certificates". */
    String refusalText() {
        return "Only " + holders.stream().map(Role::title).collect(Collectors.joining(" or ")) + " may " + description;
    }
}
