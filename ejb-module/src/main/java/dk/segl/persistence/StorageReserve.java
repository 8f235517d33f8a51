package dk.segl.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the embedded database from ever meeting a full disk: H2 that fails to write closes the
 * database for good (only a restart opens it again), so Segl refuses changes ({@link StorageFull})
 * while the free space under the database's folder is below {@code segl.storage.reserve-mb}, and
 * takes them again by itself once space is freed. The free space is read at most once a second,
 * so a busy server costs one system call a second. A database on a server (PostgreSQL) is not
 * watched: its disk is that server's, and its full disk is an outage like any other.
 */
@ApplicationScoped
public class StorageReserve {

    private static final Logger LOG = Logger.getLogger(StorageReserve.class.getName());
    private static final long MEGABYTE = 1L << 20;
    private static final long FRESH_FOR_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final String H2 = "jdbc:h2:";

    /** The free bytes of the file system holding a folder. */
    @FunctionalInterface
    interface FreeSpace {
        long under(Path folder) throws IOException;
    }

    @Inject
    @ConfigProperty(name = "segl.db.url")
    String databaseUrl;

    @Inject
    @ConfigProperty(name = "segl.storage.reserve-mb")
    long reserveMegabytes;

    private Optional<Path> folder;
    private long reserve;
    private FreeSpace freeSpace;
    private LongSupplier nanoTime;
    private long readAt;
    private long free;
    private boolean low;

    protected StorageReserve() {
    }

    StorageReserve(Optional<Path> folder, long reserve, FreeSpace freeSpace, LongSupplier nanoTime) {
        this.folder = folder;
        this.reserve = reserve;
        this.freeSpace = freeSpace;
        this.nanoTime = nanoTime;
        this.readAt = nanoTime.getAsLong() - FRESH_FOR_NANOS;
    }

    @PostConstruct
    void watchTheDatabaseFolder() {
        folder = databaseFolder(databaseUrl);
        reserve = Math.max(0, reserveMegabytes) * MEGABYTE;
        freeSpace = watched -> Files.getFileStore(watched).getUsableSpace();
        nanoTime = System::nanoTime;
        readAt = nanoTime.getAsLong() - FRESH_FOR_NANOS;
        folder.ifPresent(f -> LOG.info(() -> "Changes are refused while less than " + reserveMegabytes
                + " MB are free under " + f));
    }

    /** The folder of an embedded H2 database's file; none for a database on a server or in memory. */
    static Optional<Path> databaseFolder(String url) {
        if (url == null || !url.toLowerCase(Locale.ROOT).startsWith(H2)) {
            return Optional.empty();
        }
        String name = url.substring(H2.length()).split(";", 2)[0];
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("mem:") || lower.startsWith("tcp:") || lower.startsWith("ssl:")) {
            return Optional.empty();
        }
        if (lower.startsWith("file:")) {
            name = name.substring("file:".length());
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Optional.ofNullable(Path.of(name).toAbsolutePath().normalize().getParent());
    }

    /** Whether a change may be written now. */
    public synchronized boolean hasRoom() {
        if (folder.isEmpty() || reserve == 0) {
            return true;
        }
        long now = nanoTime.getAsLong();
        if (now - readAt >= FRESH_FOR_NANOS) {
            readAt = now;
            free = measure(folder.get());
            boolean wasLow = low;
            low = free < reserve;
            if (low != wasLow) {
                logTurn();
            }
        }
        return !low;
    }

    /** Refuses the change being written while the free space is below the reserve; the message names the reading that refused. */
    public synchronized void requireRoom() {
        if (!hasRoom()) {
            throw new StorageFull("Only " + free / MEGABYTE + " MB are free under " + folder.get()
                    + ", less than the reserve of " + reserve / MEGABYTE + " MB; nothing was written");
        }
    }

    /** A folder that cannot be measured (not made yet, gone) is the database's to report, not a full disk. */
    private long measure(Path watched) {
        try {
            return freeSpace.under(watched);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private void logTurn() {
        if (low) {
            LOG.warning(() -> "Only " + free / MEGABYTE + " MB are free under " + folder.get() + ", less than the reserve of "
                    + reserve / MEGABYTE + " MB: Segl refuses changes (503 storage-full) until space is freed");
        } else {
            LOG.info(() -> free / MEGABYTE + " MB are free again under " + folder.get() + ": Segl takes changes again");
        }
    }
}
