package dk.segl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Named.named;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.RootDSE;
import com.unboundid.ldap.sdk.SearchScope;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The public directory of the deployed Segl under attack by anonymous clients: every hostile
 * search gets its LDAP error, ordinary searches keep being answered, and nothing of the server's
 * own (schema, access control, vendor and version) is shown.
 */
class DirectoryLimitsIT extends SeglIT {

    private static final String ORDINARY = "(objectClass=pkiCA)";

    static Stream<Arguments> hostileSearches() {
        return Stream.of(
                hostile("filter nested 11 deep", "c=DK", "(!".repeat(10) + ORDINARY + ")".repeat(10),
                        ResultCode.ADMIN_LIMIT_EXCEEDED),
                hostile("65 OR terms", "c=DK", "(|" + "(mail=x@y.example)".repeat(65) + ")",
                        ResultCode.ADMIN_LIMIT_EXCEEDED),
                hostile("substring with 30 inner parts", "c=DK", "(cn=" + "*a".repeat(30) + "*z)",
                        ResultCode.ADMIN_LIMIT_EXCEEDED),
                hostile("assertion of 300 characters", "c=DK", "(mail=" + "m".repeat(300) + ")",
                        ResultCode.ADMIN_LIMIT_EXCEEDED),
                hostile("request of 100 KiB: the connection is closed", "c=DK",
                        "(|(mail=" + "m".repeat(100_000) + "))", ResultCode.SERVER_DOWN),
                hostile("the schema subentry", "cn=schema", "(objectClass=*)", ResultCode.NO_SUCH_OBJECT),
                hostile("the access-control subentry", "cn=publicRead,c=DK", "(objectClass=*)",
                        ResultCode.NO_SUCH_OBJECT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileSearches")
    void aHostileSearchGetsItsLdapError(String base, String filter, ResultCode expected) {
        try (LDAPConnection attacker = Ldap.anonymous()) {
            LDAPException refused = assertThrows(LDAPException.class,
                    () -> attacker.search(base, SearchScope.SUB, filter, "*", "+"));
            assertEquals(expected, refused.getResultCode(), refused::toString);
        }
        assertEquals(1, Ldap.search(ORDINARY).size(), "the next client is answered");
    }

    @Test
    void theRootDseDoesNotNameTheServer() throws LDAPException {
        try (LDAPConnection anonymous = Ldap.anonymous()) {
            RootDSE root = anonymous.getRootDSE();
            assertEquals("3", root.getAttributeValue("supportedLDAPVersion"), root::toString);
            assertNull(root.getVendorName(), root::toString);
            assertNull(root.getVendorVersion(), root::toString);
        }
    }

    /** README, "Public certificate directory": how long the ordinary searches took is printed. */
    @Test
    void aThousandHostileSearchesLeaveOrdinarySearchesAnswered() throws Exception {
        List<String> hostile = hostileSearches().map(Arguments::get)
                .filter(a -> a[2] == ResultCode.ADMIN_LIMIT_EXCEEDED).map(a -> (String) a[1]).toList();
        ExecutorService attackers = Executors.newFixedThreadPool(8);
        List<Future<?>> attacks = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            attacks.add(attackers.submit(() -> {
                try (LDAPConnection attacker = Ldap.anonymous()) {
                    for (int i = 0; i < 125; i++) {
                        String filter = hostile.get(i % hostile.size());
                        LDAPException refused = assertThrows(LDAPException.class,
                                () -> attacker.search("c=DK", SearchScope.SUB, filter));
                        assertEquals(ResultCode.ADMIN_LIMIT_EXCEEDED, refused.getResultCode(), refused::toString);
                    }
                }
                return null;
            }));
        }
        List<Long> millis = new ArrayList<>();
        try (LDAPConnection client = Ldap.anonymous()) {
            while (attacks.stream().anyMatch(a -> !a.isDone())) {
                long start = System.nanoTime();
                assertEquals(1, client.search("c=DK", SearchScope.SUB, ORDINARY).getEntryCount());
                millis.add((System.nanoTime() - start) / 1_000_000);
            }
        }
        for (Future<?> attack : attacks) {
            attack.get();
        }
        attackers.shutdown();
        millis.sort(null);
        assertEquals(true, !millis.isEmpty() && millis.get(millis.size() - 1) < 10_000,
                () -> "ordinary searches during the attack took (ms) " + millis);
        System.out.println("Ordinary LDAP searches during 1,000 hostile ones: " + millis.size()
                + " answered, median " + millis.get(millis.size() / 2) + " ms, slowest "
                + millis.get(millis.size() - 1) + " ms");
    }

    private static Arguments hostile(String name, String base, String filter, ResultCode expected) {
        return Arguments.of(named(name, base), filter, expected);
    }
}
