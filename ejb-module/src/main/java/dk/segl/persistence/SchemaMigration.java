package dk.segl.persistence;

import dk.segl.config.SeglConfig;
import dk.segl.files.PrivateFiles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Segl's one datasource, defined from configuration so the same build runs on the embedded H2
 * file under {@code SEGL_HOME} or on PostgreSQL, and the Flyway migration that owns its schema.
 * It runs before every other start-up bean; a database that cannot be migrated stops the
 * deployment with Flyway's message rather than failing later.
 */
@DataSourceDefinition(
        name = SchemaMigration.DATASOURCE,
        className = "${MPCONFIG=segl.db.datasource-class}",
        url = "${MPCONFIG=segl.db.url}",
        user = "${MPCONFIG=segl.db.user}",
        password = "${MPCONFIG=segl.db.password}",
        minPoolSize = 1,
        maxPoolSize = 32,
        // After a database outage the pooled connections are dead: each is checked (Connection.isValid)
        // before it is handed out, and one found dead drops them all, so Segl recovers by itself.
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true"})
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    public static final String DATASOURCE = "java:app/jdbc/segl";
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    /** A schema of its own inside a shared database; the JDBC URL must name it too (PostgreSQL: currentSchema). */
    @Inject
    @ConfigProperty(name = "segl.db.schema")
    Optional<String> schema;

    @Inject
    SeglConfig config;

    /**
     * SEGL_HOME is made owner-only before the database creates its file there; what the database
     * made with the process's umask is tightened once the schema is in place.
     */
    @PostConstruct
    void migrate() {
        PrivateFiles.folder(config.home());
        MigrateResult result = bringUpToDate(dataSource, schema);
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
        PrivateFiles.tighten(config.home());
    }

    /** Brings the schema to this version of Segl: at every start, and first in the operator's commands. */
    public static MigrateResult bringUpToDate(DataSource dataSource, Optional<String> schema) {
        String binary = prepareDatabase(dataSource);
        var flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // Named, not scanned: class scanning inside a deployed archive depends on the server.
                .javaMigrations(new V4__CertifiedKeys())
                .placeholders(Map.of("binary", binary));
        schema.filter(s -> !s.isBlank()).ifPresent(s -> flyway.schemas(s).createSchemas(true));
        return flyway.load().migrate();
    }

    /** Makes every commit durable ({@link DurableCommits}) before any data is written; answers the binary column type. */
    private static String prepareDatabase(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            DurableCommits.require(c);
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")
                    ? "BYTEA" : "VARBINARY";
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached: " + e.getMessage(), e);
        }
    }
}
