package dk.segl.directory;

import dk.segl.holder.OrganizationIdentifier;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.directory.api.ldap.model.cursor.CursorException;
import org.apache.directory.api.ldap.model.cursor.EntryCursor;
import org.apache.directory.api.ldap.model.entry.Attribute;
import org.apache.directory.api.ldap.model.entry.DefaultEntry;
import org.apache.directory.api.ldap.model.entry.DefaultModification;
import org.apache.directory.api.ldap.model.entry.Entry;
import org.apache.directory.api.ldap.model.entry.Modification;
import org.apache.directory.api.ldap.model.entry.ModificationOperation;
import org.apache.directory.api.ldap.model.entry.Value;
import org.apache.directory.api.ldap.model.exception.LdapException;
import org.apache.directory.api.ldap.model.message.SearchScope;
import org.apache.directory.ldap.client.api.LdapConnectionConfig;
import org.apache.directory.ldap.client.api.LdapNetworkConnection;

/**
 * Writes entries over the LDAP protocol, bound as Segl's writer, so the same code serves the
 * embedded directory and an external OpenLDAP loaded with segl.schema. Every write makes the
 * entry equal to what it is given (replacing, not adding, values), so repeating one after a
 * failure is harmless; an entry that already is so is not written at all, so a reconciliation
 * of an unchanged directory writes nothing (nothing for its replicas to copy either).
 */
public final class DirectoryPublisher implements AutoCloseable {

    static final String USER_CERTIFICATE = "userCertificate;binary";
    static final String CA_CERTIFICATE = "cACertificate;binary";
    static final String CRL = "certificateRevocationList;binary";
    static final String DELTA_CRL = "deltaRevocationList;binary";
    private static final String[] CA_CLASSES = {"top", "applicationProcess", "pkiCA", "deltaCRL"};
    private static final String[] USER_ATTRIBUTES = {"cn", "sn", "mail", "o", "userCertificate"};
    private static final String[] CA_ATTRIBUTES = {"objectClass", "cACertificate", "certificateRevocationList",
        "deltaRevocationList"};
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final LdapNetworkConnection connection;

    private DirectoryPublisher(LdapNetworkConnection connection) {
        this.connection = connection;
    }

    static DirectoryPublisher connect(WriterAccount account) throws DirectoryWriteException {
        LdapConnectionConfig config = account.address().connection(TIMEOUT);
        config.setName(account.bindDn());
        config.setCredentials(account.password());
        LdapNetworkConnection connection = new LdapNetworkConnection(config);
        try {
            connection.bind();
            return new DirectoryPublisher(connection);
        } catch (LdapException e) {
            connection.close();
            throw new DirectoryWriteException("cannot bind to the directory as " + account, e);
        }
    }

    /** The suffix c=DK, which an external directory may not have yet; the embedded one always has it. */
    void publishRoot() throws DirectoryWriteException {
        try {
            if (!connection.exists(DirectoryLayout.ROOT)) {
                connection.add(new DefaultEntry(DirectoryLayout.ROOT, "objectClass: top", "objectClass: country", "c: DK"));
            }
        } catch (LdapException e) {
            throw new DirectoryWriteException("cannot publish " + DirectoryLayout.ROOT, e);
        }
    }

    /** Makes the holder's entry, and their organisation's, equal to {@code user}; answers whether it wrote. */
    boolean publish(UserEntry user) throws DirectoryWriteException {
        try {
            boolean organisationWritten = publishOrganisation(user);
            Entry shown = connection.lookup(user.dn(), USER_ATTRIBUTES);
            if (shown != null && texts(shown, "cn").equals(Set.of(user.name()))
                    && texts(shown, "sn").equals(Set.of(user.surname()))
                    && texts(shown, "mail").equals(Set.of(user.email()))
                    && texts(shown, "o").equals(Set.of(user.organisationName()))
                    && binaries(shown, "userCertificate").equals(encoded(user.certificates()))) {
                return organisationWritten;
            }
            Modification certificates = new DefaultModification(ModificationOperation.REPLACE_ATTRIBUTE,
                    USER_CERTIFICATE, user.certificates().toArray(byte[][]::new));
            if (shown != null) {
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
            return true;
        } catch (LdapException e) {
            throw new DirectoryWriteException("cannot publish " + user.dn(), e);
        }
    }

    private boolean publishOrganisation(UserEntry user) throws LdapException {
        String organisation = DirectoryLayout.organisation(user.cvr());
        Entry shown = connection.lookup(organisation, "o");
        if (shown == null) {
            connection.add(new DefaultEntry(organisation,
                    "objectClass: top", "objectClass: organization", "objectClass: seglOrganisation",
                    "organizationIdentifier", new OrganizationIdentifier(user.cvr()).value(),
                    "o", user.organisationName()));
            return true;
        }
        if (texts(shown, "o").equals(Set.of(user.organisationName()))) {
            return false;
        }
        connection.modify(organisation, replace("o", user.organisationName()));
        return true;
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

    /**
     * Makes the CA entry equal to {@code ca}; answers whether it wrote. An entry made before delta
     * CRLs gets the auxiliary class deltaCRL with its first delta.
     */
    boolean publish(CaEntry ca) throws DirectoryWriteException {
        try {
            Entry shown = connection.lookup(ca.dn(), CA_ATTRIBUTES);
            if (shown != null && texts(shown, "objectClass").equals(lowerCase(CA_CLASSES))
                    && binaries(shown, "cACertificate").equals(encoded(List.of(ca.certificate())))
                    && binaries(shown, "certificateRevocationList").equals(encoded(ca.crl().stream().toList()))
                    && binaries(shown, "deltaRevocationList").equals(encoded(ca.deltaCrl().stream().toList()))) {
                return false;
            }
            if (shown != null) {
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
            return true;
        } catch (LdapException e) {
            throw new DirectoryWriteException("cannot publish the CA entry " + ca.dn(), e);
        }
    }

    /** The text values of {@code attribute}; object class names in lower case, as servers differ in case. */
    private static Set<String> texts(Entry entry, String attribute) {
        Set<String> texts = values(entry, attribute).map(Value::getString).collect(Collectors.toSet());
        return attribute.equals("objectClass") ? lowerCase(texts.toArray(String[]::new)) : texts;
    }

    private static Set<String> binaries(Entry entry, String attribute) {
        return values(entry, attribute).map(Value::getBytes).map(Base64.getEncoder()::encodeToString)
                .collect(Collectors.toSet());
    }

    /**
     * The values of {@code attribute} under any transfer option: OpenLDAP answers
     * {@code userCertificate;binary} where ApacheDS answers {@code userCertificate}.
     */
    private static Stream<Value> values(Entry entry, String attribute) {
        Set<Value> values = new HashSet<>();
        for (Attribute shown : entry) {
            String id = shown.getUpId();
            int options = id.indexOf(';');
            if ((options < 0 ? id : id.substring(0, options)).equalsIgnoreCase(attribute)) {
                shown.forEach(values::add);
            }
        }
        return values.stream();
    }

    private static Set<String> encoded(List<byte[]> values) {
        return values.stream().map(Base64.getEncoder()::encodeToString).collect(Collectors.toSet());
    }

    private static Set<String> lowerCase(String... names) {
        return Arrays.stream(names).map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
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
