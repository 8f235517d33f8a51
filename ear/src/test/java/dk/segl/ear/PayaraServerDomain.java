package dk.segl.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real segl.ear in a Payara Server domain, started and stopped by the project's launcher
 * (bin/payara, as README tells a newcomer) with Segl's configuration as environment variables.
 * Everything comes from system properties that failsafe sets in ear/pom.xml.
 */
final class PayaraServerDomain implements BeforeAllCallback, AfterAllCallback {

    private static final Path LAUNCHER = Path.of(System.getProperty("it.launcher"));
    private static final Path PAYARA_HOME = Path.of(System.getProperty("it.payara.home"));
    private static final Path LOGS = Path.of(System.getProperty("it.logs"));
    private static final int PORT_BASE = Integer.getInteger("it.payara.port-base");

    static final int HTTP_PORT = PORT_BASE + 80;
    static final int ADMIN_PORT = PORT_BASE + 48;

    private long pid;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        launch("start", System.getProperty("segl.ear"));
        pid = Long.parseLong(Files.readString(PAYARA_HOME.resolve("glassfish/domains/domain1/config/pid")).trim());
    }

    /** Stops the domain and checks that its process is gone. */
    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        launch("stop");
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false),
                "Payara Server's process " + pid + " is still running after the stop");
    }

    long pid() {
        return pid;
    }

    URL base() {
        try {
            return new URL("http://127.0.0.1:" + HTTP_PORT + "/");
        } catch (MalformedURLException e) {
            throw new AssertionError(e);
        }
    }

    private static void launch(String... command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(LAUNCHER.toString(), "server")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(LOGS.resolve("launcher.txt").toFile()));
        process.command().addAll(java.util.List.of(command));
        process.environment().putAll(configuration());
        Files.createDirectories(LOGS);
        Process launched = process.start();
        if (!launched.waitFor(15, TimeUnit.MINUTES)) {
            launched.destroyForcibly();
        }
        assertEquals(0, launched.exitValue(), () -> "bin/payara server " + String.join(" ", command)
                + " failed: see " + LOGS.resolve("launcher.txt"));
    }

    /** Segl's configuration, exactly as an operator gives it: SEGL_* environment variables. */
    private static Map<String, String> configuration() {
        String schema = System.getProperty("it.postgresql.schema");
        return Map.ofEntries(
                Map.entry("PAYARA_HOME", PAYARA_HOME.toString()),
                Map.entry("SEGL_PAYARA_PORT_BASE", String.valueOf(PORT_BASE)),
                Map.entry("SEGL_HOME", System.getProperty("it.segl.home")),
                Map.entry("SEGL_PUBLIC_BASE_URL", "http://127.0.0.1:" + HTTP_PORT),
                Map.entry("SEGL_DB_DATASOURCE_CLASS", "org.postgresql.ds.PGSimpleDataSource"),
                Map.entry("SEGL_DB_URL", System.getProperty("it.postgresql.url") + "?currentSchema=" + schema),
                Map.entry("SEGL_DB_SCHEMA", schema),
                Map.entry("SEGL_DB_USER", System.getProperty("it.postgresql.user")),
                Map.entry("SEGL_DB_PASSWORD", "unused"),
                // A fresh schema on PostgreSQL: the CA is made at the first start instead of by `segl ca init`.
                Map.entry("SEGL_CA_CREATE_AT_START", "true"),
                Map.entry("SEGL_SMTP_HOST", "127.0.0.1"),
                Map.entry("SEGL_SMTP_PORT", System.getProperty("it.smtp.port")),
                Map.entry("SEGL_LDAP_PORT", System.getProperty("it.ldap.port")));
    }
}
