package dk.segl.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Everything Segl keeps under SEGL_HOME is owner-only: folders 0700, files 0600, set when they are
 * made rather than left to the umask. Files are written whole or not at all: a temporary file
 * beside the target (hidden, {@value #TEMPORARY_PREFIX}…{@value #TEMPORARY_SUFFIX}, so it never
 * looks like the file it becomes), flushed to disk, then renamed into place.
 */
public final class PrivateFiles {

    static final String TEMPORARY_PREFIX = ".segl-";
    static final String TEMPORARY_SUFFIX = ".tmp";
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /** Creates the folder and any missing parent owner-only, and makes the folder itself owner-only. */
    public static Path folder(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        try {
            List<Path> missing = new ArrayList<>();
            for (Path p = absolute; p != null && !Files.exists(p); p = p.getParent()) {
                missing.add(0, p);
            }
            for (Path p : missing) {
                if (isPosix()) {
                    Files.createDirectory(p, PosixFilePermissions.asFileAttribute(OWNER_FOLDER));
                } else {
                    Files.createDirectory(p);
                }
            }
            if (isPosix()) {
                Files.setPosixFilePermissions(absolute, OWNER_FOLDER);
            }
            return absolute;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder " + absolute, e);
        }
    }

    /**
     * Writes the content to a temporary file beside the target, forces it to disk and renames it
     * into place (replacing what was there), then forces the folder: after a crash the target is
     * either the old file or the new one, never a part of one.
     */
    public static void writeAtomically(Path target, byte[] content) {
        writeAtomically(target, out -> out.write(content));
    }

    /** Something that writes a file's content to a stream, for files too large to hold in memory. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** As {@link #writeAtomically(Path, byte[])}, with the content streamed. */
    public static void writeAtomically(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path folder = folder(absolute.getParent());
        Path temporary = temporaryFile(folder);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceFolder(folder);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("cannot write " + absolute, e);
        }
    }

    /** A hidden owner-only temporary file in the folder, for a part that is written before the whole. */
    public static Path temporaryFile(Path folder) {
        try {
            Path absolute = folder(folder);
            return isPosix()
                    ? Files.createTempFile(absolute, TEMPORARY_PREFIX, TEMPORARY_SUFFIX, ownerOnly())
                    : Files.createTempFile(absolute, TEMPORARY_PREFIX, TEMPORARY_SUFFIX);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file in " + folder, e);
        }
    }

    /** Deletes the temporary files a crash left in the folder (a write that never reached its rename). */
    public static void removeLeftovers(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, TEMPORARY_PREFIX + "*" + TEMPORARY_SUFFIX)) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + folder, e);
        }
    }

    /**
     * Makes every folder and file under the root owner-only: for what libraries create with the
     * process's umask (the database's files, the directory's partitions). Symbolic links are left alone.
     */
    public static void tighten(Path root) {
        if (!isPosix() || !Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                    Files.setPosixFilePermissions(dir, OWNER_FOLDER);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    if (attributes.isRegularFile()) {
                        Files.setPosixFilePermissions(file, OWNER_FILE);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // A file the database removed meanwhile (a lock, a temporary) needs no permissions.
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + root + " owner-only", e);
        }
    }

    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform opens a folder for syncing; the rename itself is still atomic.
        }
    }

    private static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static FileAttribute<Set<PosixFilePermission>> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(OWNER_FILE);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The original failure is the one worth reporting.
        }
    }
}
