package dk.segl.organisation;

/**
 * Fired inside the transaction that changed or deleted a user, so other parts (certificates,
 * the directory) do their follow-up work in the same transaction.
 */
public record UserChanged(String userId, String actor, Kind kind) {

    public enum Kind { EDITED, DELETED }
}
