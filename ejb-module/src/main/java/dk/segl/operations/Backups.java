package dk.segl.operations;

import dk.segl.audit.AuditLog;
import dk.segl.audit.AuditedCommand;
import dk.segl.config.SeglConfig;
import dk.segl.organisation.Actor;
import dk.segl.organisation.Permission;
import dk.segl.persistence.DatabaseBackup;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Operators take an online backup of what Segl needs to be restored on another machine: the CA
 * keys and the embedded database, as one archive under {@code SEGL_HOME/backups} (never sent over
 * HTTP: it holds the CA's private keys). The directory is not in it: Segl rebuilds it from the
 * database at start. Configuration lives in the environment, outside Segl.
 */
@Stateless
@Interceptors(AuditedCommand.class)
public class Backups {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);

    @Inject
    SeglConfig config;

    @Inject
    Clock clock;

    @EJB
    DatabaseBackup database;

    @EJB
    AuditLog audit;

    public BackupTaken take(Actor actor) {
        actor.require(Permission.TAKE_BACKUPS);
        Instant takenAt = clock.instant();
        Path folder = config.home().resolve("backups");
        String file = "segl-backup-" + FILE_TIME.format(takenAt) + ".zip";
        Optional<Path> databaseCopy = database.embeddedCopy(folder);
        try {
            List<String> contents = BackupArchive.write(folder.resolve(file), config.home().resolve("ca"),
                    databaseCopy, manifest(takenAt, databaseCopy.isPresent()));
            audit.done(actor.loginName(), "backup.take", file,
                    databaseCopy.isPresent() ? "CA keys and database" : "CA keys; database by its own tools");
            return new BackupTaken(file, takenAt, contents, databaseCopy.isPresent());
        } finally {
            databaseCopy.ifPresent(Backups::delete);
        }
    }

    private static String manifest(Instant takenAt, boolean databaseIncluded) {
        return "Segl backup taken " + takenAt + "\n"
                + (databaseIncluded ? "Holds: ca/ (CA key store and password), db/ (the embedded H2 database).\n"
                : "Holds: ca/ (CA key store and password). The database is external: restore it from its own backup"
                + " (pg_dump) taken after this archive.\n")
                + "Restore: unpack into an empty SEGL_HOME and start Segl with the same configuration; see README,"
                + " \"Backup and restore\".\n";
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
