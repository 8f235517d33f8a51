package dk.segl.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.segl.error.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every rule a refusal can carry (the closed {@link Rule} vocabulary) has a Danish text, and every
 * English page text a Danish one: otherwise a Danish page falls back to English. And the other way
 * round: an English page stays English on a server whose own locale is Danish.
 */
class PageTextsTest {

    @Test
    void everyRuleHasADanishTextAndEveryDanishRuleTextARule() {
        Properties danish = texts("texts_da.properties");
        List<String> missing = Arrays.stream(Rule.values()).map(rule -> "error." + rule.id())
                .filter(key -> !danish.containsKey(key)).toList();
        assertEquals(List.of(), missing, "Rules without error.<rule> in texts_da.properties");
        Set<String> ids = Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.toSet());
        List<String> stale = danish.stringPropertyNames().stream().filter(key -> key.startsWith("error."))
                .filter(key -> !ids.contains(key.substring("error.".length()))).sorted().toList();
        assertEquals(List.of(), stale, "error.<rule> texts for rules that no longer exist");
    }

    @Test
    void ruleIdsAreUniqueKebabCase() {
        Set<String> seen = new TreeSet<>();
        for (Rule rule : Rule.values()) {
            assertTrue(rule.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), rule.id());
            assertTrue(seen.add(rule.id()), () -> "two rules named " + rule.id());
            assertTrue(!rule.text().isBlank(), rule.id());
        }
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
