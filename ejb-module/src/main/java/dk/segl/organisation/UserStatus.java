package dk.segl.organisation;

/** A user is CREATED until they choose a password from the activation link; only ACTIVATED users get certificates. */
public enum UserStatus {
    CREATED,
    ACTIVATED,
    /** Kept so certificates and the audit log still name the user; invisible everywhere else. */
    DELETED
}
