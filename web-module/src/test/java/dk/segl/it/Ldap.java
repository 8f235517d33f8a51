package dk.segl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Reads Segl's public certificate directory as an outside party would: anonymously, over LDAP. */
public final class Ldap {

    public static final String HOST = "127.0.0.1";
    public static final int PORT = Integer.getInteger("it.ldap.port", 10389);
    private static final Path LDAPSEARCH = Path.of("/usr/bin/ldapsearch");

    private Ldap() {
    }

    public static LDAPConnection anonymous() {
        try {
            return new LDAPConnection(HOST, PORT);
        } catch (LDAPException e) {
            throw new AssertionError("The directory does not answer on " + HOST + ":" + PORT + ": " + e, e);
        }
    }

    /** Every entry under c=DK matching the filter, as an anonymous client gets them. */
    public static List<SearchResultEntry> search(String filter, String... attributes) {
        try (LDAPConnection connection = anonymous()) {
            return connection.search("c=DK", SearchScope.SUB, filter, attributes).getSearchEntries();
        } catch (LDAPException e) {
            throw new AssertionError("Search " + filter + " failed: " + e, e);
        }
    }

    /** The certificates an anonymous search by mail finds, parsed. */
    public static List<X509Certificate> certificatesByMail(String email) {
        List<X509Certificate> certificates = new ArrayList<>();
        for (SearchResultEntry entry : search("(mail=" + email + ")", "userCertificate")) {
            for (byte[] der : values(entry, "userCertificate")) {
                certificates.add(Certificates.certificate(der));
            }
        }
        return certificates;
    }

    /**
     * The values of an attribute with or without the ;binary option: the server names it as it
     * was last written, and clients accept both.
     */
    public static List<byte[]> values(SearchResultEntry entry, String baseName) {
        List<byte[]> values = new ArrayList<>();
        for (Attribute attribute : entry.getAttributes()) {
            if (attribute.getBaseName().equalsIgnoreCase(baseName)) {
                values.addAll(List.of(attribute.getValueByteArrays()));
            }
        }
        return values;
    }

    public static byte[] value(SearchResultEntry entry, String baseName) {
        List<byte[]> values = values(entry, baseName);
        assertEquals(1, values.size(), () -> baseName + " in " + entry);
        return values.get(0);
    }

    /** Runs OpenLDAP's ldapsearch, anonymously and unwrapped; fails on CI when it is not installed. */
    public static String ldapsearch(String filter, String... attributes) throws IOException, InterruptedException {
        if (!Files.isExecutable(LDAPSEARCH)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("ldapsearch is missing: CI must install the Debian package ldap-utils");
            }
            org.junit.jupiter.api.Assumptions.abort("ldapsearch (Debian ldap-utils) is not installed");
        }
        List<String> command = new ArrayList<>(List.of(LDAPSEARCH.toString(), "-x", "-LLL", "-o", "ldif-wrap=no",
                "-H", "ldap://" + HOST + ":" + PORT, "-b", "c=DK", filter));
        command.addAll(List.of(attributes));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("ldapsearch did not finish within 30 s");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
