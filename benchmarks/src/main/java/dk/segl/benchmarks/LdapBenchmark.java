package dk.segl.benchmarks;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchScope;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Issue 9's benchmark (d) against a running Segl (README, "Benchmarks"): anonymous equality
 * searches by {@code mail} on random entries, per second, from Segl's embedded directory and from
 * Debian's OpenLDAP {@code slapd} (mdb) holding the same 100,000 entries, with the same client
 * (UnboundID, one connection per thread, one search after the other) at the same concurrency.
 * The entries go straight into Segl's directory as its own writer, in the shape its publisher
 * writes (one organisation, holders named by serialNumber, one RSA-signed certificate each).
 */
public final class LdapBenchmark {

    private static final String ORGANISATION = "organizationIdentifier=NTRDK-99999999,c=DK";
    /** The attributes Segl's embedded directory indexes (EmbeddedDirectory.INDEXED); slapd gets the same. */
    private static final List<String> INDEXED = List.of("mail", "cn", "serialNumber", "o");

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("bench.home", "segl-data"));
        int count = Integer.getInteger("bench.ldap.entries", 100_000);
        int concurrency = Integer.getInteger("bench.ldap.concurrency", 16);
        Duration duration = Duration.ofSeconds(Integer.getInteger("bench.ldap.seconds", 10));
        int seglPort = Integer.getInteger("bench.ldap.port", 10389);
        int slapdPort = Integer.getInteger("bench.ldap.slapd-port", 18990);

        List<Entry> entries = entries(count);
        String password = Files.readString(home.resolve("ldap/admin.password"), StandardCharsets.US_ASCII).strip();
        long start = System.nanoTime();
        int added = seed(seglPort, password, entries);
        System.out.printf("Segl's directory: %d of %d entries added as its writer in %.1f s%n", added, entries.size(),
                (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        try (OpenLdapServer slapd = new OpenLdapServer(Files.createTempDirectory("segl-ldap-bench"), entries, INDEXED,
                slapdPort)) {
            System.out.printf("slapd (mdb): %d entries loaded by slapadd and started in %.1f s%n", entries.size(),
                    (System.nanoTime() - start) / 1e9);
            double segl = searchesPerSecond(seglPort, count, concurrency, duration);
            double openldap = searchesPerSecond(slapdPort, count, concurrency, duration);
            System.out.printf("%n(d) anonymous equality searches (mail=…) per second, %d entries, concurrency %d, %d s%n",
                    count, concurrency, duration.getSeconds());
            System.out.println("| Segl embedded directory | OpenLDAP slapd (mdb) | ratio |");
            System.out.println("|------------------------:|---------------------:|------:|");
            System.out.printf("| %23.0f | %20.0f | %5.2f |%n", segl, openldap, segl / openldap);
        }
    }

    private static String mail(int i) {
        return "holder" + i + "@ldap-bench.example";
    }

    private static List<Entry> entries(int count) throws Exception {
        byte[] certificate = certificate();
        List<Entry> entries = new ArrayList<>(count + 2);
        entries.add(new Entry("c=DK", List.of(
                new Attribute("objectClass", "top", "country"),
                new Attribute("c", "DK"))));
        entries.add(new Entry(ORGANISATION, List.of(
                new Attribute("objectClass", "top", "organization", "seglOrganisation"),
                new Attribute("organizationIdentifier", "NTRDK-99999999"),
                new Attribute("o", "LDAP Benchmark ApS"))));
        for (int i = 0; i < count; i++) {
            String holder = "UI:DK-E:G:" + UUID.nameUUIDFromBytes(("ldap-bench-" + i).getBytes(StandardCharsets.UTF_8));
            entries.add(new Entry("serialNumber=" + holder + "," + ORGANISATION, List.of(
                    new Attribute("objectClass", "top", "person", "organizationalPerson",
                            "inetOrgPerson", "seglPerson"),
                    new Attribute("serialNumber", holder),
                    new Attribute("cn", "Holder Number" + i),
                    new Attribute("sn", "Number" + i),
                    new Attribute("mail", mail(i)),
                    new Attribute("o", "LDAP Benchmark ApS"),
                    new Attribute("userCertificate;binary", certificate))));
        }
        return entries;
    }

    /** One certificate of a holder's size (EC key, signed with RSA 3072), shared by every entry. */
    private static byte[] certificate() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(3072);
        KeyPair signer = rsa.generateKeyPair();
        X500Principal subject = new X500Principal("CN=Holder,O=LDAP Benchmark ApS,C=DK");
        return new JcaX509v3CertificateBuilder(new X500Principal("CN=Benchmark CA,C=DK"), BigInteger.ONE,
                new Date(), Date.from(Instant.now().plus(Duration.ofDays(365))), subject,
                SeglCertificates.keyPair().getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(signer.getPrivate())).getEncoded();
    }

    /**
     * Adds what is missing as uid=admin,ou=system, the account Segl's publisher binds as: the
     * country and the organisation first, then the holders on four connections.
     */
    private static int seed(int port, String password, List<Entry> entries) throws Exception {
        AtomicInteger added = new AtomicInteger();
        try (LDAPConnection writer = new LDAPConnection("127.0.0.1", port, "uid=admin,ou=system", password)) {
            if (allPresent(writer, entries)) {
                return 0;
            }
            for (Entry parent : entries.subList(0, 2)) {
                add(writer, parent, added);
            }
        }
        AtomicInteger next = new AtomicInteger(2);
        int writers = 4;
        ExecutorService threads = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                work.add(threads.submit(() -> {
                    try (LDAPConnection writer = new LDAPConnection("127.0.0.1", port, "uid=admin,ou=system", password)) {
                        for (int at = next.getAndIncrement(); at < entries.size(); at = next.getAndIncrement()) {
                            add(writer, entries.get(at), added);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : work) {
                writer.get();
            }
        } finally {
            threads.shutdown();
        }
        return added.get();
    }

    /**
     * Whether a run before this one left every entry in place: Segl's reconciliation (at start-up
     * and every hour) removes holders its database does not know, so a sample of 200 decides.
     */
    private static boolean allPresent(LDAPConnection writer, List<Entry> entries) throws LDAPException {
        for (int i = 0; i < 200; i++) {
            Entry entry = entries.get(ThreadLocalRandom.current().nextInt(2, entries.size()));
            if (writer.getEntry(entry.getDN(), "1.1") == null) {
                return false;
            }
        }
        return true;
    }

    private static void add(LDAPConnection writer, Entry entry, AtomicInteger added) throws LDAPException {
        try {
            writer.add(entry);
            added.incrementAndGet();
        } catch (LDAPException e) {
            if (e.getResultCode() != ResultCode.ENTRY_ALREADY_EXISTS) {
                throw e;
            }
        }
    }

    /** Searches answered with exactly one entry per second over {@code duration}, after a warm-up of a fifth. */
    private static double searchesPerSecond(int port, int count, int concurrency, Duration duration) throws Exception {
        search(port, count, concurrency, duration.dividedBy(5));
        return search(port, count, concurrency, duration) / (duration.toMillis() / 1000.0);
    }

    private static long search(int port, int count, int concurrency, Duration duration) throws Exception {
        AtomicLong answered = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int t = 0; t < concurrency; t++) {
                clients.add(threads.submit(() -> {
                    try (LDAPConnection anonymous = new LDAPConnection("127.0.0.1", port)) {
                        while (System.nanoTime() < end) {
                            int i = ThreadLocalRandom.current().nextInt(count);
                            SearchResult result = anonymous.search("c=DK", SearchScope.SUB,
                                    Filter.createEqualityFilter("mail", mail(i)));
                            if (result.getEntryCount() != 1) {
                                throw new LDAPException(ResultCode.NO_SUCH_OBJECT, mail(i) + ": "
                                        + result.getEntryCount() + " entries");
                            }
                            answered.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
        } finally {
            threads.shutdown();
        }
        return answered.get();
    }
}
