package dk.segl.directory;

import dk.segl.holder.OrganizationIdentifier;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.directory.api.ldap.model.cursor.CursorException;
import org.apache.directory.api.ldap.model.cursor.EntryCursor;
import org.apache.directory.api.ldap.model.entry.DefaultEntry;
import org.apache.directory.api.ldap.model.entry.DefaultModification;
import org.apache.directory.api.ldap.model.entry.Entry;
import org.apache.directory.api.ldap.model.entry.Modification;
import org.apache.directory.api.ldap.model.entry.ModificationOperation;
import org.apache.directory.api.ldap.model.exception.LdapException;
import org.apache.directory.api.ldap.model.message.SearchScope;
import org.apache.directory.ldap.client.api.LdapConnectionConfig;
import org.apache.directory.ldap.client.api.LdapNetworkConnection;

/**
 * Writes entries over the LDAP protocol, bound as Segl's writer, so the same code can serve an
 * external OpenLDAP loaded with segl.schema. Every write makes the entry equal to what it is
 * given (replacing, not adding, values), so repeating one after a failure is harmless.
 */
public final class DirectoryPublisher implements AutoCloseable {

    static final String USER_CERTIFICATE = "userCertificate;binary";
    static final String CA_CERTIFICATE = "cACertificate;binary";
    static final String CRL = "certificateRevocationList;binary";
    static final String DELTA_CRL = "deltaRevocationList;binary";
    private static final String[] CA_CLASSES = {"top", "applicationProcess", "pkiCA", "deltaCRL"};
    private static final long TIMEOUT_MILLIS = 10_000;

    private final LdapNetworkConnection connection;

    private DirectoryPublisher(LdapNetworkConnection connection) {
        this.connection = connection;
    }

    static DirectoryPublisher connect(WriterAccount account) throws DirectoryWriteException {
        LdapConnectionConfig config = new LdapConnectionConfig();
        config.setLdapHost(account.host());
        config.setLdapPort(account.port());
        config.setName(account.bindDn());
        config.setCredentials(account.password());
        config.setTimeout(TIMEOUT_MILLIS);
        LdapNetworkConnection connection = new LdapNetworkConnection(config);
        try {
            connection.bind();
            return new DirectoryPublisher(connection);
        } catch (LdapException e) {
            connection.close();
            throw new DirectoryWriteException("cannot bind to the directory as " + account, e);
        }
    }

    void publish(UserEntry user) throws DirectoryWriteException {
        try {
            String organisation = DirectoryLayout.organisation(user.cvr());
            if (connection.exists(organisation)) {
                connection.modify(organisation, replace("o", user.organisationName()));
            } else {
                connection.add(new DefaultEntry(organisation,
                        "objectClass: top", "objectClass: organization", "objectClass: seglOrganisation",
                        "organizationIdentifier", new OrganizationIdentifier(user.cvr()).value(),
                        "o", user.organisationName()));
            }
            Modification certificates = new DefaultModification(ModificationOperation.REPLACE_ATTRIBUTE,
                    USER_CERTIFICATE, user.certificates().toArray(byte[][]::new));
            if (connection.exists(user.dn())) {
                connection.modify(user.dn(), replace("cn", user.name()), replace("sn", user.surname()),
                        replace("mail", user.email()), replace("o", user.organisationName()), certificates);
            } else {
                Entry entry = new DefaultEntry(user.dn(),
                        "objectClass: top", "objectClass: person", "objectClass: organizationalPerson",
                        "objectClass: inetOrgPerson", "objectClass: seglPerson",
                        "serialNumber", user.serialNumber(), "cn", user.name(), "sn", user.surname(),
                        "mail", user.email(), "o", user.organisationName());
                entry.add(USER_CERTIFICATE, user.certificates().toArray(byte[][]::new));
                connection.add(entry);
            }
        } catch (LdapException e) {
            throw new DirectoryWriteException("cannot publish " + user.dn(), e);
        }
    }

    /** Removes the holder's entry, and their organisation's once it holds nobody. */
    void unpublish(String userDn) throws DirectoryWriteException {
        try {
            if (connection.exists(userDn)) {
                connection.delete(userDn);
            }
            String organisation = userDn.substring(userDn.indexOf(',') + 1);
            if (connection.exists(organisation) && !hasChildren(organisation)) {
                connection.delete(organisation);
            }
        } catch (LdapException | CursorException | IOException e) {
            throw new DirectoryWriteException("cannot unpublish " + userDn, e);
        }
    }

    /** An entry made before delta CRLs gets the auxiliary class deltaCRL with its first delta. */
    void publish(CaEntry ca) throws DirectoryWriteException {
        try {
            if (connection.exists(ca.dn())) {
                connection.modify(ca.dn(),
                        new DefaultModification(ModificationOperation.REPLACE_ATTRIBUTE, "objectClass", CA_CLASSES),
                        new DefaultModification(ModificationOperation.REPLACE_ATTRIBUTE, CA_CERTIFICATE, ca.certificate()),
                        replace(CRL, ca.crl()), replace(DELTA_CRL, ca.deltaCrl()));
            } else {
                Entry entry = new DefaultEntry(ca.dn());
                entry.add("objectClass", CA_CLASSES);
                entry.add("cn", ca.name());
                entry.add(CA_CERTIFICATE, ca.certificate());
                if (ca.crl().isPresent()) {
                    entry.add(CRL, ca.crl().get());
                }
                if (ca.deltaCrl().isPresent()) {
                    entry.add(DELTA_CRL, ca.deltaCrl().get());
                }
                connection.add(entry);
            }
        } catch (LdapException e) {
            throw new DirectoryWriteException("cannot publish the CA entry " + ca.dn(), e);
        }
    }

    /** The value, or no value at all. */
    private static Modification replace(String attribute, Optional<byte[]> value) {
        return value.map(v -> new DefaultModification(ModificationOperation.REPLACE_ATTRIBUTE, attribute, v))
                .orElseGet(() -> new DefaultModification(ModificationOperation.REPLACE_ATTRIBUTE, attribute));
    }

    /** The holders the directory shows now, by serialNumber, with the DN of each entry. */
    Map<String, String> publishedUsers() throws DirectoryWriteException {
        Map<String, String> published = new HashMap<>();
        try (EntryCursor cursor = connection.search(DirectoryLayout.ROOT, "(objectClass=seglPerson)",
                SearchScope.SUBTREE, "serialNumber")) {
            while (cursor.next()) {
                Entry entry = cursor.get();
                published.put(entry.get("serialNumber").getString(), entry.getDn().getName());
            }
            return published;
        } catch (LdapException | CursorException | IOException e) {
            throw new DirectoryWriteException("cannot list the published holders", e);
        }
    }

    private boolean hasChildren(String dn) throws LdapException, CursorException, IOException {
        try (EntryCursor children = connection.search(dn, "(objectClass=*)", SearchScope.ONELEVEL, "1.1")) {
            return children.next();
        }
    }

    private static Modification replace(String attribute, String value) {
        return new DefaultModification(ModificationOperation.REPLACE_ATTRIBUTE, attribute, value);
    }

    @Override
    public void close() {
        connection.close();
    }
}
