package dk.segl.directory;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import org.apache.directory.api.ldap.model.cursor.EntryCursor;
import org.apache.directory.api.ldap.model.message.SearchScope;
import org.apache.directory.ldap.client.api.LdapConnectionConfig;
import org.apache.directory.ldap.client.api.LdapNetworkConnection;

/** Where a directory listens: the embedded one on 127.0.0.1, or an external one named by its URL. */
public record DirectoryAddress(String host, int port, boolean ldaps) {

    /**
     * {@code ldap://host[:port]} or {@code ldaps://host[:port]} (the JVM's trust store decides whom
     * ldaps trusts), with nothing after the port but an optional slash. A refusal never repeats the
     * URL, which may hold a password by mistake.
     */
    static DirectoryAddress parse(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean ldaps = scheme.equals("ldaps");
        if (!ldaps && !scheme.equals("ldap") || uri.getHost() == null
                || uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")
                || uri.getQuery() != null || uri.getUserInfo() != null) {
            throw new IllegalArgumentException("not ldap://host[:port] or ldaps://host[:port]"
                    + " (the writer's DN and password are set apart)");
        }
        return new DirectoryAddress(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : ldaps ? 636 : 389, ldaps);
    }

    LdapConnectionConfig connection(Duration timeout) {
        LdapConnectionConfig config = new LdapConnectionConfig();
        config.setLdapHost(host);
        config.setLdapPort(port);
        config.setUseSsl(ldaps);
        config.setTimeout(timeout.toMillis());
        return config;
    }

    /** Whether an anonymous search of c=DK, as a relying party sends it, is answered within {@code timeout}. */
    boolean answers(Duration timeout) {
        try (LdapNetworkConnection probe = new LdapNetworkConnection(connection(timeout));
                EntryCursor cursor = probe.search(DirectoryLayout.ROOT, "(objectClass=*)", SearchScope.OBJECT)) {
            return cursor.next();
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return (ldaps ? "ldaps" : "ldap") + "://" + host + ":" + port;
    }
}
