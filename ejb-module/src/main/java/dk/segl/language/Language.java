package dk.segl.language;

import java.text.MessageFormat;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The languages Segl speaks, on its pages and in its mails, and how each writes a moment:
 * Danish {@code 30.11.2029 14:05}, English {@code 30 Nov 2029, 14:05}. Times are Danish time,
 * the zone of the organisations Segl serves; where a reader elsewhere could misread a moment
 * (an expiry, a revocation, a link's deadline) the zone is written too.
 */
public enum Language {

    DANISH("da", "dd.MM.yyyy HH:mm"),
    ENGLISH("en", "d MMM yyyy, HH:mm");

    /**
     * Segl's own language, for users whose profile names none: English, as the pages start for a
     * browser that does not ask for Danish.
     */
    public static final Language DEFAULT = ENGLISH;
    public static final ZoneId ZONE = danishTime();

    private final String code;
    private final DateTimeFormatter moment;
    private final DateTimeFormatter momentWithZone;

    Language(String code, String pattern) {
        this.code = code;
        Locale locale = Locale.forLanguageTag(code);
        this.moment = DateTimeFormatter.ofPattern(pattern, locale).withZone(danishTime());
        this.momentWithZone = DateTimeFormatter.ofPattern(pattern + " z", locale).withZone(danishTime());
    }

    private static ZoneId danishTime() {
        return ZoneId.of("Europe/Copenhagen");
    }

    /** The language of an ISO 639-1 code ({@code da}, {@code en}); none for anything else. */
    public static Optional<Language> of(String code) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code == null ? "" : code.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /**
     * A text of {@code bundle} (a properties file per language, English the base) in this
     * language, its {@code {0}}-style arguments filled in; never the server's own locale.
     */
    public String text(String bundle, String key, Object... arguments) {
        ResourceBundle texts = ResourceBundle.getBundle(bundle, locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(texts.getString(key), locale()).format(arguments);
    }

    /** A moment in Danish time, e.g. {@code 30.11.2029 14:05}. */
    public String moment(OffsetDateTime time) {
        return time == null ? "" : moment.format(time);
    }

    /** A moment with its zone, e.g. {@code 30 Nov 2029, 14:05 CET}. */
    public String momentWithZone(OffsetDateTime time) {
        return time == null ? "" : momentWithZone.format(time);
    }
}
