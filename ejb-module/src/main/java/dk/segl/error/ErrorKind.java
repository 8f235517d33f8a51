package dk.segl.error;

/** What kind of refusal a {@link Rule} is; the edges map each kind to an answer. */
public enum ErrorKind {
    /** Malformed input: a value that cannot be parsed or is out of range. */
    BAD_INPUT,
    /** The target does not exist, or belongs to another organisation. */
    NOT_FOUND,
    /** The actor lacks the permission the command needs, inside their own organisation. */
    FORBIDDEN,
    /** A business rule refuses the command (a seed precondition, the email rule, a pairing). */
    REFUSED,
    /** The target's state does not allow the command (delete once issued, revoke unless issued). */
    CONFLICT,
    /** The caller is not authenticated or presented an unusable token. */
    UNAUTHENTICATED,
    /** Too many attempts: the caller must wait (login guessing). */
    THROTTLED,
    /** The request is larger than Segl accepts. */
    TOO_LARGE,
    /** Nothing the caller did and nothing broken: a service Segl needs (its database) is out for now. */
    UNAVAILABLE,
    /** Nothing the caller did: a bug or a broken installation. */
    INTERNAL
}
