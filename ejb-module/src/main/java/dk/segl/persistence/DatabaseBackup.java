package dk.segl.persistence;

import dk.segl.files.PrivateFiles;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A consistent copy of the embedded database taken while Segl runs: H2's {@code BACKUP TO} copies
 * the database file as of one moment into a zip, without stopping writers. An external database
 * (PostgreSQL) is backed up with its own tools ({@code pg_dump}, continuous archiving), which know
 * its server; Segl then has nothing to copy.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseBackup {

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    /** The zip H2 wrote (an owner-only temporary file in the folder), or empty for an external database. */
    public Optional<Path> embeddedCopy(Path folder) {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("h2")) {
                return Optional.empty();
            }
            Path copy = PrivateFiles.temporaryFile(folder);
            Files.delete(copy);
            try (Statement statement = connection.createStatement()) {
                // The path is Segl's own (SEGL_HOME), never a client's; H2 takes no parameter here.
                statement.execute("BACKUP TO '" + copy.toString().replace("'", "''") + "'");
            }
            return Optional.of(copy);
        } catch (SQLException e) {
            throw new IllegalStateException("The database could not be copied", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
