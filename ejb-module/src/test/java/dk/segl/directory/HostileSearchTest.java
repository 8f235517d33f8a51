package dk.segl.directory;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Named.named;

import com.unboundid.ldap.sdk.CompareRequest;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.RootDSE;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.SubentriesRequestControl;
import dk.segl.files.PrivateFiles;
import dk.segl.holder.Cvr;
import dk.segl.holder.HolderId;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What an anonymous attacker can send the embedded directory, and that each gets an LDAP error
 * while ordinary searches keep being answered. Before the limits, one substring filter with many
 * wildcards held a worker thread past any time limit, and cn=schema and the access-control
 * subentry were readable by anyone.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileSearchTest {

    private static final int USERS = 40;
    private static final int MAX_CONNECTIONS = 24;
    private static final DirectoryLimits LIMITS = new DirectoryLimits(100, Duration.ofSeconds(10), 65536,
            new FilterBounds(10, 64), MAX_CONNECTIONS, Duration.ofSeconds(5));
    private static final Filter ORDINARY = Filter.createEqualityFilter("mail", "holder7@demo.example");

    @TempDir
    static Path home;
    private static EmbeddedDirectory directory;
    private static LdapListener listener;
    private static int port;

    @BeforeAll
    static void startWithData() throws Exception {
        Path folder = home.resolve("ldap");
        PrivateFiles.folder(folder);
        port = freePort();
        directory = EmbeddedDirectory.start(folder, "test-admin-password".toCharArray(), LIMITS);
        listener = new LdapListener(directory.service(), port, LIMITS);
        listener.start();
        WriterAccount writer = WriterAccount.embedded(port, "test-admin-password");
        try (DirectoryPublisher publisher = DirectoryPublisher.connect(writer)) {
            for (int i = 0; i < USERS; i++) {
                publisher.publish(new UserEntry(new Cvr("1234567" + i % 10), "Demo ApS", new HolderId(UUID.randomUUID()),
                        "Aaron Aagaard Aaaaaaaaaaaaaaaaaaaaaaaaaaaaa " + i, "holder" + i + "@demo.example",
                        List.of(new byte[] {1, 2, 3})));
            }
            publisher.publish(new CaEntry("Segl Issuing CA 1", new byte[70_000], java.util.Optional.empty(), java.util.Optional.empty()));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        listener.stop();
        directory.shutdown();
    }

    static Stream<Arguments> hostileSearches() {
        return Stream.of(
                hostile("filter nested 11 deep", "c=DK", nested(11), ResultCode.ADMIN_LIMIT_EXCEEDED),
                hostile("filter nested 5,000 deep (killed a network thread): the connection is closed", "c=DK",
                        nested(5000), ResultCode.SERVER_DOWN),
                hostile("65 OR terms", "c=DK", ors(65), ResultCode.ADMIN_LIMIT_EXCEEDED),
                hostile("2,000 OR terms", "c=DK", ors(2000), ResultCode.ADMIN_LIMIT_EXCEEDED),
                hostile("substring with 3 inner parts", "c=DK", wildcards(3), ResultCode.ADMIN_LIMIT_EXCEEDED),
                hostile("substring with 30 inner parts (held a thread for hours)", "c=DK", wildcards(30),
                        ResultCode.ADMIN_LIMIT_EXCEEDED),
                hostile("assertion of 257 characters", "c=DK", Filter.createEqualityFilter("mail", "m".repeat(257)),
                        ResultCode.ADMIN_LIMIT_EXCEEDED),
                hostile("request of 100 KiB: the connection is closed", "c=DK", Filter.createORFilter(
                        Filter.createEqualityFilter("mail", "m".repeat(100_000))), ResultCode.SERVER_DOWN),
                hostile("the schema subentry", "cn=schema", Filter.createPresenceFilter("objectClass"),
                        ResultCode.NO_SUCH_OBJECT),
                hostile("the access-control subentry", PublicReadAccess.SUBENTRY,
                        Filter.createPresenceFilter("objectClass"), ResultCode.NO_SUCH_OBJECT),
                hostile("the system partition", "ou=system", Filter.createPresenceFilter("objectClass"),
                        ResultCode.NO_SUCH_OBJECT),
                hostile("the schema partition", "ou=schema", Filter.createPresenceFilter("objectClass"),
                        ResultCode.NO_SUCH_OBJECT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileSearches")
    void aHostileSearchGetsAnLdapErrorAndTheNextClientItsAnswer(String base, Filter filter, ResultCode expected)
            throws Exception {
        LDAPException refused = onLargeStack(() -> {
            try (LDAPConnection attacker = connect()) {
                return assertThrows(LDAPException.class,
                        () -> attacker.search(new SearchRequest(base, SearchScope.SUB, filter, "*", "+")));
            }
        });
        assertEquals(expected, refused.getResultCode(), refused::toString);
        assertTrue(ordinaryAnswered());
    }

    @Test
    void theAccessControlSubentryCannotBeComparedNorListed() throws Exception {
        try (LDAPConnection anonymous = connect()) {
            LDAPException compared = assertThrows(LDAPException.class, () -> anonymous.compare(
                    new CompareRequest(PublicReadAccess.SUBENTRY, "cn", "publicRead")));
            assertEquals(ResultCode.NO_SUCH_OBJECT, compared.getResultCode());
            SearchRequest subentries = new SearchRequest("c=DK", SearchScope.SUB, "(objectClass=subentry)");
            subentries.addControl(new SubentriesRequestControl());
            assertEquals(0, anonymous.search(subentries).getEntryCount());
        }
    }

    @Test
    void theRootDseIsReadableWithoutTheServersVendorOrVersion() throws Exception {
        try (LDAPConnection anonymous = connect()) {
            RootDSE root = anonymous.getRootDSE();
            assertEquals("3", root.getAttributeValue("supportedLDAPVersion"), root::toString);
            assertNull(root.getVendorName(), root::toString);
            assertNull(root.getVendorVersion(), root::toString);
        }
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aThousandHostileSearchesLeaveOrdinarySearchesAnswered() throws Exception {
        List<Filter> hostile = hostileSearches().map(Arguments::get)
                .filter(a -> a[2] == ResultCode.ADMIN_LIMIT_EXCEEDED).map(a -> (Filter) a[1])
                .filter(f -> f.toString().length() < 10_000).toList();
        ExecutorService attackers = Executors.newFixedThreadPool(8);
        List<Future<?>> attacks = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            attacks.add(attackers.submit(() -> {
                try (LDAPConnection attacker = connect()) {
                    for (int i = 0; i < 125; i++) {
                        Filter filter = hostile.get(i % hostile.size());
                        LDAPException refused = assertThrows(LDAPException.class,
                                () -> attacker.search("c=DK", SearchScope.SUB, filter));
                        assertEquals(ResultCode.ADMIN_LIMIT_EXCEEDED, refused.getResultCode(), refused::toString);
                    }
                }
                return null;
            }));
        }
        int ordinary = 0;
        try (LDAPConnection client = connect()) {
            while (attacks.stream().anyMatch(a -> !a.isDone())) {
                assertTrue(ordinaryAnswered(client), "an ordinary search during the attack");
                ordinary++;
            }
        }
        for (Future<?> attack : attacks) {
            attack.get();
        }
        attackers.shutdown();
        assertTrue(attackers.awaitTermination(10, TimeUnit.SECONDS));
        assertTrue(ordinary > 0, "ordinary searches ran while the attack did");
    }

    @Test
    void connectionsBeyondTheBoundAreClosedAndADeadListenerIsRestarted() throws Exception {
        List<LDAPConnection> hogs = new ArrayList<>();
        try {
            for (int i = 0; i < MAX_CONNECTIONS; i++) {
                LDAPConnection hog = connect();
                hogs.add(hog);
                // Answered, so the server holds this connection before the next one arrives.
                assertTrue(ordinaryAnswered(hog));
            }
            LDAPException refused = assertThrows(LDAPException.class, () -> {
                try (LDAPConnection oneTooMany = connect()) {
                    oneTooMany.search("c=DK", SearchScope.SUB, ORDINARY);
                }
            });
            // The server sends a notice of disconnection (UNAVAILABLE) and closes; a client that
            // meets the close before it reads the notice only sees the connection gone.
            assertEquals(ResultCode.SERVER_DOWN, refused.getResultCode(), refused::toString);
            assertFalse(listener.answers(Duration.ofSeconds(1)), "every connection is taken");
            assertTrue(listener.reviveIfDead(Duration.ofSeconds(1)), "the watchdog restarts it");
            assertTrue(ordinaryAnswered());
            assertFalse(listener.reviveIfDead(Duration.ofSeconds(1)), "a listener that answers is left alone");
        } finally {
            hogs.forEach(LDAPConnection::close);
        }
    }

    @Test
    void anIdleConnectionIsClosed() throws Exception {
        try (LDAPConnection idle = connect()) {
            assertTrue(idle.isConnected());
            await().atMost(Duration.ofSeconds(30)).until(() -> !idle.isConnected());
        }
    }

    private static boolean ordinaryAnswered() throws LDAPException {
        try (LDAPConnection client = connect()) {
            return ordinaryAnswered(client);
        }
    }

    /** Ten seconds catch a hang (before the limits: for ever), not a slow answer on a busy machine. */
    private static boolean ordinaryAnswered(LDAPConnection client) throws LDAPException {
        long start = System.nanoTime();
        int found = client.search("c=DK", SearchScope.SUB, ORDINARY).getEntryCount();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 10_000, () -> "an ordinary search took " + millis + " ms");
        return found == 1;
    }

    /** The SDK encodes a filter recursively: a deeply nested one needs more stack than a test thread has. */
    private static <T> T onLargeStack(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(null, task, "hostile-client", 256L << 20);
        thread.start();
        return task.get();
    }

    private static LDAPConnection connect() throws LDAPException {
        LDAPConnection connection = new LDAPConnection(LdapListener.HOST, port);
        connection.getConnectionOptions().setResponseTimeoutMillis(5_000);
        return connection;
    }

    private static Arguments hostile(String name, String base, Filter filter, ResultCode expected) {
        return Arguments.of(named(name, base), filter, expected);
    }

    private static Filter nested(int depth) {
        Filter filter = ORDINARY;
        for (int i = 1; i < depth; i++) {
            filter = Filter.createNOTFilter(filter);
        }
        return filter;
    }

    private static Filter ors(int terms) {
        List<Filter> filters = new ArrayList<>();
        for (int i = 0; i < terms; i++) {
            filters.add(Filter.createEqualityFilter("mail", "nobody" + i + "@demo.example"));
        }
        return Filter.createORFilter(filters);
    }

    private static Filter wildcards(int innerParts) {
        String[] any = new String[innerParts];
        Arrays.fill(any, "a");
        return Filter.createSubstringFilter("cn", null, any, "z");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
