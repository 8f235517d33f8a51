package dk.segl.directory;

import java.io.IOException;
import java.io.InputStream;
import org.apache.directory.api.ldap.model.entry.DefaultEntry;
import org.apache.directory.api.ldap.model.exception.LdapException;
import org.apache.directory.api.ldap.model.ldif.LdifEntry;
import org.apache.directory.api.ldap.model.ldif.LdifReader;
import org.apache.directory.server.core.api.CoreSession;

/**
 * Adds the ldap-schema module's definitions (organizationIdentifier, Segl's object classes)
 * under ou=schema at the first start; the schema partition keeps them from then on.
 */
final class SeglSchema {

    static final String RESOURCE = "/dk/segl/ldap/segl-apacheds.ldif";

    private SeglSchema() {
    }

    static void load(CoreSession admin) throws LdapException, IOException {
        try (InputStream in = SeglSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: the ldap-schema module is not on the class path");
            }
            try (LdifReader reader = new LdifReader(in)) {
                for (LdifEntry ldif : reader) {
                    if (!admin.exists(ldif.getDn())) {
                        admin.add(new DefaultEntry(admin.getDirectoryService().getSchemaManager(), ldif.getEntry()));
                    }
                }
            }
        }
    }
}
