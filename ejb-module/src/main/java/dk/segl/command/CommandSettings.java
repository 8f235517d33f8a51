package dk.segl.command;

import dk.segl.ca.CaKeyConfiguration;
import dk.segl.ca.CaNames;
import dk.segl.config.SeglConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Segl's settings as the server reads them, without a MicroProfile Config runtime: a value given
 * here, else the {@code -D} system property, else the environment variable ({@code segl.db.url} is
 * {@code SEGL_DB_URL}), else the server's own defaults files on the class path; {@code ${key}} inside a value is another
 * setting. Values are never printed: some are secrets.
 */
final class CommandSettings {

    private static final String DEFAULTS = "META-INF/microprofile-config.properties";
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]+)}");

    private final Map<String, String> given;
    private final Function<String, String> environment;
    private final Properties defaults;

    private CommandSettings(Map<String, String> given, Function<String, String> environment, Properties defaults) {
        this.given = Map.copyOf(given);
        this.environment = environment;
        this.defaults = defaults;
    }

    /** The process's settings, with {@code given} first (the tests' own). */
    static CommandSettings of(Map<String, String> given) {
        Properties defaults = new Properties();
        try {
            // Every module may have one (the web module's holds MicroProfile settings); the first holds a key.
            for (URL file : Collections.list(CommandSettings.class.getClassLoader().getResources(DEFAULTS))) {
                Properties more = new Properties();
                try (InputStream in = file.openStream()) {
                    more.load(in);
                }
                more.forEach(defaults::putIfAbsent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULTS, e);
        }
        return new CommandSettings(given, System::getenv, defaults);
    }

    Optional<String> optional(String key) {
        String value = given.get(key);
        if (value == null) {
            value = System.getProperty(key);
        }
        if (value == null) {
            value = environment.apply(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        if (value == null) {
            value = defaults.getProperty(key);
        }
        return Optional.ofNullable(value).map(this::expand).filter(v -> !v.isBlank());
    }

    String required(String key) {
        return optional(key).orElseThrow(() -> new IllegalStateException("the setting " + key + " is missing"));
    }

    Path home() {
        return Path.of(required("segl.home")).toAbsolutePath().normalize();
    }

    CaKeyConfiguration caKeys() {
        return new CaKeyConfiguration(home(), optional("segl.ca.keystore-password"),
                optional("segl.ca.pkcs11.library"), optional("segl.ca.pkcs11.slot").map(Long::valueOf),
                Integer.parseInt(required("segl.ca.pkcs11.slot-list-index")), optional("segl.ca.pkcs11.pin"),
                optional("segl.ca.pkcs11.pin-file"),
                new CaNames(required("segl.ca.root-name"), required("segl.ca.issuing-name"),
                        required("segl.ca.organisation"), SeglConfig.baseUrl(required("segl.public-base-url")),
                        SeglConfig.commaSeparated(required("segl.ca.policy-oids"))),
                required("segl.ca.signature-algorithm"));
    }

    /** The datasource class the server is configured with ({@code segl.db.datasource-class}), set up as it would be. */
    DataSource dataSource() {
        String className = required("segl.db.datasource-class");
        try {
            Object dataSource = Class.forName(className).getDeclaredConstructor().newInstance();
            dataSource.getClass().getMethod("setURL", String.class).invoke(dataSource, required("segl.db.url"));
            dataSource.getClass().getMethod("setUser", String.class).invoke(dataSource, required("segl.db.user"));
            dataSource.getClass().getMethod("setPassword", String.class)
                    .invoke(dataSource, optional("segl.db.password").orElse(""));
            return (DataSource) dataSource;
        } catch (ReflectiveOperationException | ClassCastException e) {
            Throwable cause = e instanceof InvocationTargetException invoked ? invoked.getCause() : e;
            throw new IllegalStateException("cannot set up the datasource " + className + " (segl.db.datasource-class): "
                    + cause, e);
        }
    }

    private String expand(String value) {
        Matcher reference = REFERENCE.matcher(value);
        StringBuilder expanded = new StringBuilder();
        while (reference.find()) {
            reference.appendReplacement(expanded, Matcher.quoteReplacement(required(reference.group(1))));
        }
        return reference.appendTail(expanded).toString();
    }
}
