package eu.euromedjustice.common.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells database failures apart by what the client should make of them, looking through the
 * wrappers that JPA, JTA and the pool put around the driver's exception.
 */
public final class DatabaseFailures {

    /**
     * Suffix of the unique constraints a client can collide with (a taken username, a code in
     * use). Their violation is a 409; any other constraint violation is a bug in the service.
     */
    public static final String CLIENT_UNIQUE_KEY_SUFFIX = "_uk";
    /**
     * Suffix of the foreign keys whose target a client chooses (a member's organisation). Their
     * violation means the target was deleted, or a delete met a new reference, concurrently: a 409.
     */
    public static final String CLIENT_REFERENCE_SUFFIX = "_ref";

    private DatabaseFailures() {
    }

    /**
     * True when the database could not be reached, went away or has no connection to spare: a
     * state the service recovers from by itself, so the client is told to retry (503).
     */
    public static boolean isUnavailable(Throwable failure) {
        for (Throwable cause : causes(failure)) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && (isUnavailableState(sql.getSQLState())
                    || sql.getCause() instanceof TimeoutException)) {
                return true; // the pool's acquisition timeout carries a TimeoutException
            }
        }
        return false;
    }

    /**
     * True when the database rolled the transaction back for another one (deadlock, serialisation
     * failure, lock wait timeout): nothing was applied, and the same request may pass when retried.
     */
    public static boolean isTransactionConflict(Throwable failure) {
        for (Throwable cause : causes(failure)) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("40") || sql.getSQLState().equals("55P03")
                            || sql.getSQLState().equals("HYT00"))) {
                return true; // 40001 serialisation, 40P01 deadlock, 55P03 lock not available; H2: HYT00 lock timeout
            }
        }
        return false;
    }

    /** True for the violation of a unique key named {@code ..._uk}, which a client's data can cause. */
    public static boolean isClientUniqueKeyConflict(Throwable failure) {
        ConstraintViolationException violation = find(failure, ConstraintViolationException.class);
        return violation != null && violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE
                && violation.getConstraintName() != null
                && violation.getConstraintName().toLowerCase(Locale.ROOT).contains(CLIENT_UNIQUE_KEY_SUFFIX);
    }

    /** True for the violation of a foreign key named {@code ..._ref}: a reference raced with a delete. */
    public static boolean isClientReferenceConflict(Throwable failure) {
        ConstraintViolationException violation = find(failure, ConstraintViolationException.class);
        return violation != null && violation.getKind() == ConstraintViolationException.ConstraintKind.FOREIGN_KEY
                && violation.getConstraintName() != null
                && violation.getConstraintName().toLowerCase(Locale.ROOT).contains(CLIENT_REFERENCE_SUFFIX);
    }

    /** True when any cause is a database failure (it then has a {@link #summary}). */
    public static boolean involvesDatabase(Throwable failure) {
        return find(failure, SQLException.class) != null;
    }

    /**
     * What went wrong, without the driver's message: messages quote the values of the failed
     * statement (a username, a name), which must not reach the logs.
     */
    public static String summary(Throwable failure) {
        StringBuilder summary = new StringBuilder();
        for (Throwable cause : causes(failure)) {
            if (!summary.isEmpty()) {
                summary.append(" <- ");
            }
            summary.append(cause.getClass().getName());
            if (cause instanceof SQLException sql) {
                summary.append(" [SQLState ").append(sql.getSQLState()).append(", code ").append(sql.getErrorCode()).append(']');
            }
            if (cause instanceof ConstraintViolationException violation) {
                summary.append(" [").append(violation.getKind()).append(" constraint ")
                        .append(violation.getConstraintName()).append(']');
            }
        }
        return summary.toString();
    }

    private static boolean isUnavailableState(String state) {
        // 08: connection exception; 57P01-57P03: shutting down or starting up; 53300: too many connections
        return state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"));
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause : causes(failure)) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** The failure and its causes, outermost first; bounded, since a cause chain may loop. */
    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable cause = failure; cause != null && causes.size() < 32 && !causes.contains(cause); cause = cause.getCause()) {
            causes.add(cause);
        }
        return causes;
    }
}
