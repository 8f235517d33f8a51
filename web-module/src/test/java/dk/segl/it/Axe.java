package dk.segl.it;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * axe-core's WCAG 2.1 A and AA rules run on the page as it is shown now (dialogs open, sections
 * expanded), answered as one readable line per violation: the rule, what it asks, and where.
 */
final class Axe {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Axe() {
    }

    static List<String> violations(WebDriver driver, String page) {
        return new AxeBuilder().withTags(WCAG_21_AA).analyze(driver).getViolations().stream()
                .map(rule -> page + ": " + describe(rule)).toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getHelp() + ") at " + rule.getNodes().stream()
                .map(Axe::describe).collect(Collectors.joining("; "));
    }

    private static String describe(CheckedNode node) {
        return node.getTarget() + " " + node.getFailureSummary().replace('\n', ' ');
    }
}
