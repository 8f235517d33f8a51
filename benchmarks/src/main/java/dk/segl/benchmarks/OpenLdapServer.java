package dk.segl.benchmarks;

import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Debian's OpenLDAP {@code slapd} with an mdb database of its own in a temporary folder, the
 * stock schema plus Segl's (README, "Your own OpenLDAP"), the same equality indexes as Segl's
 * embedded directory, loaded offline by {@code slapadd} and open to anonymous reads.
 */
final class OpenLdapServer implements AutoCloseable {

    private static final String SBIN = "/usr/sbin/";

    private final Process process;
    private final int port;

    OpenLdapServer(Path folder, List<Entry> entries, List<String> indexed, int port) throws Exception {
        this.port = port;
        Path schema = folder.resolve("segl.schema");
        try (InputStream in = OpenLdapServer.class.getResourceAsStream("/dk/segl/ldap/segl.schema")) {
            Files.copy(in, schema);
        }
        Files.createDirectories(folder.resolve("db"));
        Path conf = folder.resolve("slapd.conf");
        Files.writeString(conf, String.join("\n",
                "include /etc/ldap/schema/core.schema",
                "include /etc/ldap/schema/cosine.schema",
                "include /etc/ldap/schema/inetorgperson.schema",
                "include " + schema,
                "pidfile " + folder.resolve("slapd.pid"),
                "modulepath /usr/lib/ldap",
                "moduleload back_mdb",
                "sizelimit 500",
                "database mdb",
                "maxsize 1073741824",
                "suffix \"c=DK\"",
                "rootdn \"cn=admin,c=DK\"",
                "directory " + folder.resolve("db"),
                "index objectClass eq",
                "index " + String.join(",", indexed) + " eq",
                "access to * by * read",
                ""));
        Path ldif = folder.resolve("entries.ldif");
        try (BufferedWriter out = Files.newBufferedWriter(ldif, StandardCharsets.UTF_8)) {
            for (Entry entry : entries) {
                out.write(entry.toLDIFString());
                out.write("\n");
            }
        }
        run(folder, SBIN + "slapadd", "-q", "-f", conf.toString(), "-l", ldif.toString());
        process = new ProcessBuilder(SBIN + "slapd", "-f", conf.toString(), "-h", url(), "-d", "0")
                .directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("slapd.log").toFile()).start();
        awaitListening();
    }

    String url() {
        return "ldap://127.0.0.1:" + port + "/";
    }

    private void awaitListening() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            try (LDAPConnection probe = new LDAPConnection("127.0.0.1", port)) {
                return;
            } catch (Exception e) {
                if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("slapd did not start listening on " + url(), e);
                }
                Thread.sleep(100);
            }
        }
    }

    private static void run(Path folder, String... command) throws IOException, InterruptedException {
        Process step = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("slapadd.log").toFile()).start();
        if (step.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed, see " + folder.resolve("slapadd.log"));
        }
    }

    @Override
    public void close() {
        process.destroy();
    }
}
