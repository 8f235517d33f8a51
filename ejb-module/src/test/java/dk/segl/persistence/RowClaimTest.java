package dk.segl.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two nodes' workers on one database, as two connections each in a transaction of its own: they
 * take disjoint rows, neither waits for the other (a lock wait would fail after a second), and
 * what a dead node held is free again. On the PostgreSQL server of the suite (127.0.0.1:5432,
 * database test; -Dit.postgresql.url to point elsewhere), in a schema of its own, and on H2.
 */
class RowClaimTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 1, 3, 0, 0, 0, ZoneOffset.UTC);
    /** Due rows, soonest first; "later" is not due yet. */
    private static final List<String> DUE = List.of("r1", "r2", "r3", "r4", "r5", "r6");
    private static final RowClaim QUEUE = RowClaim.of("queued", "next_attempt_at <= ?").soonestFirst("next_attempt_at");
    private static final RowClaim CA_STATE = RowClaim.of("ca_state", "TRUE");

    enum Database {
        POSTGRESQL, H2
    }

    private final List<Connection> connections = new ArrayList<>();
    private Connection admin;
    private String schema;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Database.class)
    void twoNodesClaimDisjointRowsWithoutWaiting(Database database) throws SQLException {
        Connection one = node(database);
        Connection two = node(database);
        List<String> first = QUEUE.take(one, 4, NOW);
        List<String> second = QUEUE.take(two, 4, NOW);
        Set<String> both = new HashSet<>(first);
        both.addAll(second);
        assertEquals(4, first.size(), "the first node takes as many as it asked for");
        assertEquals(2, second.size(), "the second takes the rest, without waiting for the first");
        assertEquals(Set.copyOf(DUE), both, "together they hold every due row, each once; not the later one");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Database.class, names = "POSTGRESQL")
    void postgreSqlClaimsTheSoonestFirst(Database database) throws SQLException {
        assertEquals(DUE.subList(0, 3), QUEUE.take(node(database), 3, NOW));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Database.class)
    void aRowHeldByOneNodeIsNotTheOthers(Database database) throws SQLException {
        Connection one = node(database);
        Connection two = node(database);
        assertTrue(QUEUE.takeOne(one, "r1", NOW), "a free due row is taken");
        assertFalse(QUEUE.takeOne(two, "r1", NOW), "held by the first node: skipped, not waited for");
        assertFalse(QUEUE.takeOne(two, "later", NOW), "not due yet");
        assertFalse(QUEUE.takeOne(two, "gone", NOW), "delivered and deleted by another node");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Database.class)
    void oneCrlWriterAtATime(Database database) throws SQLException {
        Connection one = node(database);
        Connection two = node(database);
        assertTrue(CA_STATE.takeOne(one, "issuing"), "the first node signs the CRL");
        assertFalse(CA_STATE.takeOne(two, "issuing"), "the second leaves it to the first");
        one.commit();
        assertTrue(CA_STATE.takeOne(two, "issuing"), "once the first has stored its CRL, the second may sign");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Database.class)
    void aDeadNodesRowsAreFreeAgain(Database database) throws SQLException {
        Connection dying = node(database);
        assertEquals(4, QUEUE.take(dying, 4, NOW).size());
        dying.close();
        assertEquals(DUE, sorted(QUEUE.take(node(database), 10, NOW)), "every due row, none lost with the node");
    }

    private Connection node(Database database) throws SQLException {
        if (admin == null) {
            schema = "segl_claims_" + UUID.randomUUID().toString().replace("-", "");
            admin = open(database, "");
            create(database);
        }
        Connection connection = open(database, database == Database.POSTGRESQL ? "?currentSchema=" + schema : "");
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.execute(database == Database.POSTGRESQL ? "SET lock_timeout = 1000" : "SET LOCK_TIMEOUT 1000");
        }
        connections.add(connection);
        return connection;
    }

    private Connection open(Database database, String parameters) throws SQLException {
        if (database == Database.H2) {
            return DriverManager.getConnection("jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1");
        }
        return DriverManager.getConnection(System.getProperty("it.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/test")
                + parameters, System.getProperty("it.postgresql.user", "postgres"), "");
    }

    private void create(Database database) throws SQLException {
        try (Statement s = admin.createStatement()) {
            if (database == Database.POSTGRESQL) {
                s.execute("CREATE SCHEMA " + schema);
                s.execute("SET search_path TO " + schema);
            }
            s.execute("CREATE TABLE queued (id VARCHAR(36) PRIMARY KEY, next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            s.execute("CREATE TABLE ca_state (id VARCHAR(16) PRIMARY KEY, crl_number BIGINT NOT NULL)");
            s.execute("INSERT INTO ca_state VALUES ('issuing', 0)");
            // Inserted out of order, so the soonest are not simply the first inserted.
            for (int i = DUE.size(); i >= 1; i--) {
                s.execute("INSERT INTO queued VALUES ('r" + i + "', TIMESTAMP WITH TIME ZONE '2026-12-01 02:0" + i
                        + ":00+00')");
            }
            s.execute("INSERT INTO queued VALUES ('later', TIMESTAMP WITH TIME ZONE '2026-12-01 04:00:00+00')");
        }
    }

    private static List<String> sorted(List<String> ids) {
        return ids.stream().sorted().toList();
    }

    @AfterEach
    void dropEverything() throws SQLException {
        for (Connection connection : connections) {
            connection.close();
        }
        if (admin != null) {
            try (Statement s = admin.createStatement()) {
                s.execute(admin.getMetaData().getURL().startsWith("jdbc:postgresql")
                        ? "DROP SCHEMA " + schema + " CASCADE" : "DROP ALL OBJECTS");
            }
            admin.close();
        }
    }
}
