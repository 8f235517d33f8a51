package dk.segl.operations;

import dk.segl.files.PrivateFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * One zip laid out like {@code SEGL_HOME}, so restoring is unpacking it into an empty one:
 * {@code ca/} (the CA key store and its password file), {@code db/} (the embedded database, when
 * there is one) and {@code BACKUP.txt} saying what it holds. Written whole or not at all, owner-only.
 */
final class BackupArchive {

    private final List<String> contents = new ArrayList<>();

    /** Writes the archive and answers the paths it holds. */
    static List<String> write(Path target, Path caFolder, Optional<Path> databaseCopy, String manifest) {
        BackupArchive archive = new BackupArchive();
        PrivateFiles.writeAtomically(target, out -> archive.writeTo(out, caFolder, databaseCopy, manifest));
        return List.copyOf(archive.contents);
    }

    private void writeTo(OutputStream out, Path caFolder, Optional<Path> databaseCopy, String manifest)
            throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Path file : caFiles(caFolder)) {
            try (InputStream in = Files.newInputStream(file)) {
                add(zip, "ca/" + file.getFileName(), in);
            }
        }
        if (databaseCopy.isPresent()) {
            try (ZipInputStream h2 = new ZipInputStream(Files.newInputStream(databaseCopy.get()))) {
                for (ZipEntry entry = h2.getNextEntry(); entry != null; entry = h2.getNextEntry()) {
                    add(zip, "db/" + Path.of(entry.getName()).getFileName(), h2);
                }
            }
        }
        add(zip, "BACKUP.txt", new ByteArrayInputStream(manifest.getBytes(StandardCharsets.UTF_8)));
        zip.finish();
    }

    private void add(ZipOutputStream zip, String name, InputStream content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        content.transferTo(zip);
        zip.closeEntry();
        contents.add(name);
    }

    /** The CA folder's files as they are now; each is replaced whole when it changes, so each copy is whole. */
    private static List<Path> caFiles(Path caFolder) throws IOException {
        try (Stream<Path> files = Files.list(caFolder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }
}
