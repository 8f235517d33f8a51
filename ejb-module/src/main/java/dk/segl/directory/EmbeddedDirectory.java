package dk.segl.directory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.directory.api.ldap.model.constants.LdapSecurityConstants;
import org.apache.directory.api.ldap.model.entry.DefaultModification;
import org.apache.directory.api.ldap.model.entry.ModificationOperation;
import org.apache.directory.api.ldap.model.exception.LdapException;
import org.apache.directory.api.ldap.model.name.Dn;
import org.apache.directory.api.ldap.model.password.PasswordUtil;
import org.apache.directory.api.ldap.model.schema.SchemaManager;
import org.apache.directory.api.ldap.schema.extractor.impl.DefaultSchemaLdifExtractor;
import org.apache.directory.api.ldap.schema.loader.LdifSchemaLoader;
import org.apache.directory.api.ldap.schema.manager.impl.DefaultSchemaManager;
import org.apache.directory.server.constants.ServerDNConstants;
import org.apache.directory.server.core.DefaultDirectoryService;
import org.apache.directory.server.core.api.DirectoryService;
import org.apache.directory.server.core.api.InstanceLayout;
import org.apache.directory.server.core.api.schema.SchemaPartition;
import org.apache.directory.server.core.partition.impl.btree.jdbm.JdbmIndex;
import org.apache.directory.server.core.partition.impl.btree.jdbm.JdbmPartition;
import org.apache.directory.server.core.partition.ldif.LdifPartition;
import org.apache.directory.server.core.shared.DefaultDnFactory;

/**
 * ApacheDS built by hand rather than by its DefaultDirectoryServiceFactory, which wipes its
 * folder at every start: here the schema, the system partition (the administrator) and the
 * {@code c=DK} partition live in one folder under SEGL_HOME and survive restarts.
 */
final class EmbeddedDirectory {

    static final String ADMIN_DN = ServerDNConstants.ADMIN_SYSTEM_DN;
    /**
     * The attributes clients search by; objectClass is indexed by every partition already. Only
     * stock attribute types: the partition is built before Segl's schema is loaded.
     */
    private static final List<String> INDEXED = List.of("mail", "cn", "serialNumber", "o");
    private static final int DN_CACHE_SIZE = 1000;

    private final DirectoryService service;

    private EmbeddedDirectory(DirectoryService service) {
        this.service = service;
    }

    /** Starts the service from its folder and sets the administrator's password. */
    static EmbeddedDirectory start(Path folder, char[] adminPassword, DirectoryLimits limits) throws Exception {
        DefaultDirectoryService service = new DefaultDirectoryService();
        service.setInstanceLayout(new InstanceLayout(folder.toFile()));
        Path partitions = service.getInstanceLayout().getPartitionsDirectory().toPath();
        Path schemaFolder = partitions.resolve("schema");
        if (!Files.exists(schemaFolder)) {
            new DefaultSchemaLdifExtractor(partitions.toFile()).extractOrCopy();
        }
        SchemaManager schema = new DefaultSchemaManager(new LdifSchemaLoader(schemaFolder.toFile()));
        schema.loadAllEnabled();
        if (!schema.getErrors().isEmpty()) {
            throw new IllegalStateException("The directory's schema does not load: " + schema.getErrors());
        }
        service.setSchemaManager(schema);
        var dnFactory = new DefaultDnFactory(schema, DN_CACHE_SIZE);
        service.setDnFactory(dnFactory);

        LdifPartition schemaStore = new LdifPartition(schema, dnFactory);
        schemaStore.setPartitionPath(schemaFolder.toUri());
        SchemaPartition schemaPartition = new SchemaPartition(schema);
        schemaPartition.setWrappedPartition(schemaStore);
        service.setSchemaPartition(schemaPartition);

        JdbmPartition system = new JdbmPartition(schema, dnFactory);
        system.setId("system");
        system.setPartitionPath(partitions.resolve("system").toUri());
        system.setSuffixDn(new Dn(schema, ServerDNConstants.SYSTEM_DN));
        service.setSystemPartition(system);

        service.getChangeLog().setEnabled(false);
        service.setDenormalizeOpAttrsEnabled(true);
        service.setAccessControlEnabled(true);
        service.setAllowAnonymousAccess(true);
        service.setShutdownHookEnabled(false);
        service.setMaxPDUSize(limits.maxRequestBytes());
        // Added before start-up: only then do the access-control and administrative-point caches
        // read the partition's existing subentries; added later, c=DK would be invisible after a restart.
        service.addPartition(publicPartition(service, partitions.resolve("dk")));
        service.startup();
        // After start-up: added before, ApacheDS would initialise it twice.
        service.addFirst(new PublicSearchGuard(limits.filter()));

        EmbeddedDirectory directory = new EmbeddedDirectory(service);
        SeglSchema.load(service.getAdminSession());
        PublicReadAccess.grant(service.getAdminSession());
        directory.setAdminPassword(adminPassword);
        return directory;
    }

    DirectoryService service() {
        return service;
    }

    void shutdown() throws LdapException {
        service.shutdown();
    }

    private static JdbmPartition publicPartition(DirectoryService service, Path folder) throws Exception {
        SchemaManager schema = service.getSchemaManager();
        JdbmPartition partition = new JdbmPartition(schema, service.getDnFactory());
        partition.setId("dk");
        partition.setPartitionPath(folder.toUri());
        partition.setSuffixDn(new Dn(schema, DirectoryLayout.ROOT));
        for (String attribute : INDEXED) {
            partition.addIndex(new JdbmIndex<>(schema.lookupAttributeTypeRegistry(attribute).getOid(), false));
        }
        return partition;
    }

    /** Stored hashed, so the password is never on disk in the clear inside the partition either. */
    private void setAdminPassword(char[] password) throws LdapException {
        byte[] hashed = PasswordUtil.createStoragePassword(new String(password), LdapSecurityConstants.HASH_METHOD_SSHA256);
        service.getAdminSession().modify(new Dn(service.getSchemaManager(), ADMIN_DN),
                new DefaultModification(ModificationOperation.REPLACE_ATTRIBUTE, "userPassword", hashed));
    }
}
