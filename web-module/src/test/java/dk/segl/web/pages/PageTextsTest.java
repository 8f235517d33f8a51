package dk.segl.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule a refusal can carry has a Danish text, and every English page text a Danish one:
 * otherwise a Danish page falls back to English. The rules are read from the sources, so a new
 * throw site without a translation fails here rather than on a page. And the other way round: an
 * English page stays English on a server whose own locale is Danish.
 */
class PageTextsTest {

    private static final Path WEB_MODULE = Path.of(System.getProperty("basedir", "."));

    // Kebab-case, as DomainException.rule() promises.
    private static final String RULE = "\"([a-z0-9]+(?:-[a-z0-9]+)*)\"";

    /** The call shapes that name a refusal's rule; group 1 is the rule. */
    private static final List<Pattern> RULE_SITES = Stream.of(
            "DomainException\\.(?:badInput|refused|conflict|forbidden)\\(\\s*" + RULE,
            "new DomainException\\(\\s*ErrorKind\\.\\w+,\\s*" + RULE,
            // Actor.require(rule, description, roles...)
            "\\brequire\\(\\s*" + RULE,
            "DisplayName\\.require\\([^,;]+,\\s*" + RULE,
            // EnumValue.parse(type, value, rule, what): the value may itself hold a literal, so anchor on the end.
            "EnumValue\\.parse\\([^;]*?" + RULE + ",\\s*\"[^\"]*\"\\s*\\)",
            // UserCertificateProfile's requireText(value, rule, detail); CaNames' two-argument one names a field.
            "requireText\\([^,;]+,\\s*" + RULE + ",")
            .map(Pattern::compile)
            .toList();

    @Test
    void everyRuleHasADanishText() {
        Set<String> rules = rulesIn(WEB_MODULE.resolve("../ejb-module/src/main/java"), WEB_MODULE.resolve("src/main/java"));
        // A pattern that stopped matching must not let the test pass on the few rules left.
        assertTrue(rules.size() >= 40, () -> "Only " + rules.size() + " rules found: " + rules);

        Properties danish = texts("texts_da.properties");
        List<String> missing = rules.stream().filter(rule -> !danish.containsKey("error." + rule)).toList();
        assertEquals(List.of(), missing, "Rules without error.<rule> in texts_da.properties");
    }

    @Test
    void everyEnglishTextHasADanishOne() {
        Properties danish = texts("texts_da.properties");
        List<String> missing = texts("texts.properties").stringPropertyNames().stream()
                .filter(key -> !danish.containsKey(key))
                .sorted()
                .toList();
        assertEquals(List.of(), missing, "Keys of texts.properties missing in texts_da.properties");
    }

    @Test
    void anEnglishPageStaysEnglishOnAServerSetUpInDanish() {
        Locale server = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("da-DK"));
            ResourceBundle.clearCache();
            assertEquals("Log in", ResourceBundle.getBundle(PageMessages.BUNDLE, Locale.ENGLISH).getString("login.title"));
            assertEquals("Log ind", ResourceBundle.getBundle(PageMessages.BUNDLE, Locale.forLanguageTag("da")).getString("login.title"));
        } finally {
            Locale.setDefault(server);
            ResourceBundle.clearCache();
        }
    }

    private static Set<String> rulesIn(Path... sourceRoots) {
        return Stream.of(sourceRoots)
                .flatMap(PageTextsTest::javaFiles)
                .map(PageTextsTest::read)
                .flatMap(source -> RULE_SITES.stream().flatMap(site -> site.matcher(source).results()))
                .map(match -> match.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Stream<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One file on its own, not a ResourceBundle: the Danish bundle's parent is the English one, so a
     * bundle would answer a missing Danish key with the English text.
     */
    private static Properties texts(String file) {
        Properties texts = new Properties();
        try (InputStream in = PageTextsTest.class.getResourceAsStream(file)) {
            assertTrue(in != null, file + " is not on the class path");
            texts.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
