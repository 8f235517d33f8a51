package dk.segl.persistence;

import java.sql.SQLException;
import java.util.function.Predicate;

/**
 * The SQLSTATEs in a failure's cause chain: the pool, EclipseLink and the EJB container each wrap
 * the driver's exception, and the state is what tells one database failure from another.
 */
final class SqlStates {

    private SqlStates() {
    }

    static boolean anyIn(Throwable failure, Predicate<String> wanted) {
        return anyCause(failure, cause -> cause instanceof SQLException sql && sql.getSQLState() != null
                && wanted.test(sql.getSQLState()));
    }

    static boolean anyCause(Throwable failure, Predicate<Throwable> wanted) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (wanted.test(cause)) {
                return true;
            }
        }
        return false;
    }
}
