package dk.segl.operations;

import java.time.Instant;
import java.util.List;

/** A backup archive Segl wrote under {@code SEGL_HOME/backups}: its file name, when, and what it holds. */
public record BackupTaken(String file, Instant takenAt, List<String> contents, boolean databaseIncluded) {
}
