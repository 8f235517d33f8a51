package dk.segl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium driven through chromium-driver, as a user sees Segl's pages. Without
 * the browser the page tests are skipped locally and fail in CI (CI=true), so CI cannot go green
 * without them. Downloads land in a folder of their own; screenshots under {@code it.screenshots}.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private final URL base;
    private final ChromeDriver driver;
    private final Path downloads;
    private final Path profile;
    private final WebDriverWait wait;
    private final int width;

    private Browser(URL base, int width) throws IOException {
        this.base = base;
        this.width = width;
        this.downloads = Files.createTempDirectory("segl-downloads");
        this.profile = Files.createTempDirectory("segl-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=" + width + ",900", "--lang=en");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "intl.accept_languages", "en"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        // A window cannot be narrower than 500 px; the page is laid out at the width asked for.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public static Browser open(URL base) throws IOException {
        return open(base, 1280);
    }

    public static Browser open(URL base, int width) throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            fail("The page tests need Debian's chromium and chromium-driver");
        }
        assumeTrue(installed, "chromium and chromium-driver are not installed: page tests skipped");
        return new Browser(base, width);
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser go(String pathAndQuery) {
        driver.get(base.toString().replaceAll("/$", "") + pathAndQuery);
        return this;
    }

    public Browser login(String loginName, String password) {
        type("login:loginName", loginName);
        type("login:password", password);
        click("login:submit");
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
        return this;
    }

    public Browser logout() {
        click("menuForm:logout");
        waitFor("login:loginName");
        return this;
    }

    public WebElement waitFor(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** The first element the user can see among those {@code by} finds (hidden dialogs hold the same texts). */
    public WebElement waitFor(By by) {
        return wait.ignoring(StaleElementReferenceException.class).until(d -> displayed(by));
    }

    private WebElement displayed(By by) {
        return driver.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
    }

    public void waitUntilGone(By by) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    public void click(String id) {
        click(By.id(id));
    }

    /** Clicks once the element can take it; an ajax update that replaces the element meanwhile is waited out. */
    public void click(By by) {
        wait.ignoring(StaleElementReferenceException.class).ignoring(ElementClickInterceptedException.class)
                .until(d -> {
                    WebElement element = displayed(by);
                    if (element == null || !element.isEnabled()) {
                        return false;
                    }
                    element.click();
                    return true;
                });
    }

    /** Waits until PrimeFaces has no ajax request queued or under way, so the page shows its answer. */
    public void awaitAjax() {
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0));")));
    }

    public void type(String id, String text) {
        WebElement field = waitFor(id);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks the item of a PrimeFaces radio group or checkbox by its visible label. */
    public void choose(String label) {
        click(By.xpath("//label[normalize-space(.)='" + label + "']"));
    }

    /** Clicks the innermost visible element whose whole text is {@code text}. */
    public void clickText(String text) {
        click(By.xpath("//*[normalize-space(.)='" + text + "' and not(*[normalize-space(.)='" + text + "'])]"));
    }

    public String text(String id) {
        return waitFor(id).getText();
    }

    /** Waits until the page's text contains {@code text}, and answers it. */
    public String awaitText(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
        return pageText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public Object script(String javaScript) {
        return driver.executeScript(javaScript);
    }

    /** What the page put on the clipboard. */
    public String clipboard() {
        driver.setPermission("clipboard-read", "granted");
        return (String) driver.executeAsyncScript(
                "navigator.clipboard.readText().then(arguments[0], e => arguments[0]('refused: ' + e))");
    }

    /** Waits for a finished download whose name ends with {@code suffix}. */
    public Path awaitDownload(String suffix) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    try (var files = Files.list(downloads)) {
                        return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst();
                    }
                }, java.util.Optional::isPresent).orElseThrow();
    }

    /**
     * Takes a screenshot and fails when the page does not fit the window's width: the page scrolls
     * sideways, or a control the user can see lies partly outside the window.
     */
    public void assertFits(String name) {
        screenshot(name);
        List<String> problems = layoutProblems(name);
        assertEquals(List.of(), problems, () -> String.join("\n", problems));
    }

    /** What does not fit the window: sideways scrolling, or a visible control or dialog partly outside. */
    @SuppressWarnings("unchecked")
    public List<String> layoutProblems(String name) {
        Map<String, Object> layout = (Map<String, Object>) driver.executeScript("""
                const page = document.documentElement;
                const outside = [...document.querySelectorAll('a, button, input, select, textarea, label, h1, h2, td, .ui-dialog')]
                    .filter(e => e.offsetParent !== null && e.type !== 'hidden')
                    .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.left < -1 || r.right > page.clientWidth + 1); })
                    .map(e => e.id || e.textContent.trim().substring(0, 40));
                return {window: window.innerWidth, overflow: page.scrollWidth - page.clientWidth, outside: outside};
                """);
        List<String> problems = new ArrayList<>();
        if (((Number) layout.get("window")).intValue() != width) {
            problems.add(name + ": the window is " + layout.get("window") + " px wide, not " + width);
        }
        if (((Number) layout.get("overflow")).intValue() != 0) {
            problems.add(name + ": the page scrolls sideways by " + layout.get("overflow") + " px");
        }
        ((List<String>) layout.get("outside")).forEach(e -> problems.add(name + ": outside the window: " + e));
        return problems;
    }

    /**
     * Takes a screenshot and answers what a user would stumble on: axe-core's WCAG 2.1 AA
     * violations and whatever does not fit the window.
     */
    public List<String> inspect(String name) {
        // A button just clicked is still fading between its colours; judge the page as it settles.
        ((JavascriptExecutor) driver).executeScript("document.querySelectorAll('*').forEach("
                + "e => { e.style.transition = 'none'; e.style.animation = 'none'; });");
        screenshot(name);
        List<String> problems = new ArrayList<>(layoutProblems(name));
        problems.addAll(Axe.violations(driver, name));
        return problems;
    }

    /** Presses a key where the focus is, e.g. Escape to close a dialog. */
    public void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    public void screenshot(String name) {
        try {
            Path folder = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the browser reported as blocked by the page's Content-Security-Policy since the last call. */
    public List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    /**
     * Quits the browser, failing the test if a page broke its Content-Security-Policy: a script
     * or handler the policy blocked is a button that silently does nothing.
     */
    @Override
    public void close() {
        List<String> violations;
        try {
            violations = cspViolations();
        } finally {
            driver.quit();
        }
        if (!violations.isEmpty()) {
            fail("The page broke its Content-Security-Policy: " + violations);
        }
    }
}
