package dk.segl.persistence;

/**
 * Tells a write that lost a race for a unique key (SQLSTATE 23505, the same on H2 and PostgreSQL)
 * from every other database failure, so the loser can be answered as a concurrent change while an
 * outage stays an error.
 */
public final class UniqueViolation {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolation() {
    }

    public static boolean causes(Throwable failure) {
        return SqlStates.anyIn(failure, UNIQUE_VIOLATION::equals);
    }
}
