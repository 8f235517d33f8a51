package dk.segl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A file system of a fixed size (a tmpfs mount) that a test can fill to the last byte and free
 * again, standing in for a full disk under SEGL_HOME. Mounting needs root: without it the test is
 * skipped locally and fails in CI (CI=true), which runs as root.
 */
final class SmallDisk implements AutoCloseable {

    private static final int[] CHUNKS = {1 << 20, 4096, 1};

    private final Path mountPoint;
    private final Path filler;

    SmallDisk(Path mountPoint, String size) throws IOException, InterruptedException {
        this.mountPoint = mountPoint;
        this.filler = mountPoint.resolve("filler");
        Files.createDirectories(mountPoint);
        int mounted = run("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0700", "tmpfs", mountPoint.toString());
        if (mounted != 0) {
            if ("true".equals(System.getenv("CI"))) {
                fail("mounting a tmpfs at " + mountPoint + " failed (" + mounted + "): CI runs as root and must run this test");
            }
            assumeTrue(false, "mounting a tmpfs needs root");
        }
    }

    /** Writes a file until the disk refuses another byte. */
    void fill() throws IOException {
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (int chunk : CHUNKS) {
                writeUntilFull(out, new byte[chunk]);
            }
        }
        assertEquals(0, Files.getFileStore(mountPoint).getUsableSpace(), "the disk is full");
    }

    private static void writeUntilFull(OutputStream out, byte[] chunk) {
        try {
            while (true) {
                out.write(chunk);
            }
        } catch (IOException full) {
            // "No space left on device": what the test wants.
        }
    }

    void free() throws IOException {
        Files.delete(filler);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("umount", "--lazy", mountPoint.toString());
    }

    private static int run(String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(List.of(command)).inheritIO().start().waitFor();
    }
}
