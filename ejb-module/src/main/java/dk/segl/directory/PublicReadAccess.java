package dk.segl.directory;

import org.apache.directory.api.ldap.model.entry.DefaultEntry;
import org.apache.directory.api.ldap.model.exception.LdapException;
import org.apache.directory.api.ldap.model.name.Dn;
import org.apache.directory.server.core.api.CoreSession;

/**
 * Makes {@code c=DK} an access-control area in which everyone, anonymous clients included, may
 * search, read and compare, and nothing else. Outside it no rule grants anything, so ou=system
 * and ou=schema stay invisible; only the administrator (Segl's writer) bypasses the rules.
 */
final class PublicReadAccess {

    static final String SUBENTRY = "cn=publicRead," + DirectoryLayout.ROOT;

    private static final String ACI = "{ identificationTag \"publicRead\", precedence 14,"
            + " authenticationLevel none, itemOrUserFirst userFirst: {"
            + " userClasses { allUsers }, userPermissions { {"
            + " protectedItems { entry, allUserAttributeTypesAndValues },"
            + " grantsAndDenials { grantRead, grantReturnDN, grantBrowse, grantCompare, grantFilterMatch } } } } }";

    private PublicReadAccess() {
    }

    static void grant(CoreSession admin) throws LdapException {
        var schema = admin.getDirectoryService().getSchemaManager();
        Dn root = new Dn(schema, DirectoryLayout.ROOT);
        if (!admin.exists(root)) {
            admin.add(new DefaultEntry(schema, root,
                    "objectClass: top", "objectClass: country", "c: DK",
                    "administrativeRole: accessControlSpecificArea"));
        }
        Dn subentry = new Dn(schema, SUBENTRY);
        if (!admin.exists(subentry)) {
            admin.add(new DefaultEntry(schema, subentry,
                    "objectClass: top", "objectClass: subentry", "objectClass: accessControlSubentry",
                    "cn: publicRead", "subtreeSpecification: {}", "prescriptiveACI: " + ACI));
        }
    }
}
