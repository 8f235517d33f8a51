package dk.segl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * README's PostgreSQL half of a backup and restore, with PostgreSQL's own tools: {@code pg_dump}
 * of Segl's schema while Segl runs (one consistent snapshot), {@code pg_restore} into a fresh,
 * empty database of the same server.
 */
final class PostgresDump {

    private static final Pattern URL_OPTION = Pattern.compile(
            "-Dsegl\\.db\\.url=jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)\\?currentSchema=(\\w+)");

    private final String host;
    private final String port;
    private final String database;
    private final String schema;

    private PostgresDump(Matcher url) {
        host = url.group(1);
        port = url.group(2);
        database = url.group(3);
        schema = url.group(4);
    }

    /** The database Segl runs on, read from its {@code -Dsegl.db.url} option. */
    static PostgresDump of(List<String> seglOptions) {
        return seglOptions.stream().map(URL_OPTION::matcher).filter(Matcher::matches).findFirst()
                .map(PostgresDump::new)
                .orElseThrow(() -> new IllegalArgumentException("no PostgreSQL URL in " + seglOptions));
    }

    void dump(Path file) throws IOException, InterruptedException {
        run("pg_dump", "-h", host, "-p", port, "-U", "postgres", "-Fc", "-n", schema, "-f", file.toString(), database);
    }

    /** Restores the dump into a new empty database; answers Segl's options with the URL pointing there. */
    List<String> restoredInto(String freshDatabase, Path file, List<String> seglOptions)
            throws IOException, InterruptedException {
        run("psql", "-h", host, "-p", port, "-U", "postgres", "-v", "ON_ERROR_STOP=1", "-d", database,
                "-c", "DROP DATABASE IF EXISTS " + freshDatabase, "-c", "CREATE DATABASE " + freshDatabase);
        run("pg_restore", "-h", host, "-p", port, "-U", "postgres", "--exit-on-error", "-d", freshDatabase, file.toString());
        return seglOptions.stream().map(option -> URL_OPTION.matcher(option).matches()
                ? option.replace("/" + database + "?", "/" + freshDatabase + "?") : option).toList();
    }

    private static void run(String... command) throws IOException, InterruptedException {
        assertEquals(0, new ProcessBuilder(command).inheritIO().start().waitFor(), () -> String.join(" ", command));
    }
}
