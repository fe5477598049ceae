package app.scorecard.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real, headless Chromium from Debian's packages ({@code apt-get install chromium chromium-driver}), driven by
 * Selenium. Nothing is downloaded: the browser and its driver are named explicitly.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    private static final String DOWNLOADS = "downloads";

    public static Browser start() throws IOException {
        return start(null);
    }

    /**
     * A browser whose person reads this language ({@code de}, {@code fr} …): Chromium's own language, and the one it
     * asks pages for ({@code Accept-Language}).
     */
    public static Browser startIn(String language) throws IOException {
        return start(language);
    }

    private static Browser start(String language) throws IOException {
        assertThat(new File(CHROMIUM))
                .as("Chromium is needed for the browser tests: apt-get install -y chromium chromium-driver")
                .exists();
        Path profile = Files.createTempDirectory("scorecard-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--disable-quic",
                        "--window-size=1280,1000",
                        "--user-data-dir=" + profile);
        Map<String, Object> preferences = new java.util.HashMap<>(Map.of(
                "download.default_directory",
                profile.resolve(DOWNLOADS).toString(),
                "download.prompt_for_download",
                false));
        if (language != null) {
            options.addArguments("--lang=" + language);
            preferences.put("intl.accept_languages", language);
        }
        options.setExperimentalOption("prefs", preferences);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // Elements of the next page may take a moment (a background save can hold a click back briefly).
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
        return new Browser(driver, profile);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Waits until the browser has finished downloading this file, and reads it. */
    public String downloaded(String filename) {
        Path file = profile.resolve(DOWNLOADS).resolve(filename);
        // Chromium reserves the name with an empty file when a download starts and writes into a .crdownload beside it,
        // which it renames over that file at the end: done means the file has content and nothing is still coming.
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(page -> isComplete(file));
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isComplete(Path file) {
        try (var inFolder = Files.list(file.getParent())) {
            return Files.isRegularFile(file)
                    && Files.size(file) > 0
                    && inFolder.noneMatch(path -> path.getFileName().toString().endsWith(".crdownload"));
        } catch (IOException e) {
            return false; // the folder or the file is being changed under us: look again
        }
    }

    /**
     * Waits until the page's main heading reads this, so a test never looks at the page it just left. A heading of the
     * page being left can go stale while it is read: that only means "not yet".
     */
    public void waitForHeading(String heading) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                // a heading read while its page is being replaced is stale, or (Chromium) "does not belong to the
                // document": either means "not yet"
                .ignoring(StaleElementReferenceException.class)
                .ignoring(WebDriverException.class)
                .until(page ->
                        page.findElements(By.tagName("h1")).stream().anyMatch(h1 -> heading.equals(h1.getText())));
    }

    /**
     * Clicks an element as a person would after scrolling to it: from the middle of the screen, never under the
     * questionnaire's bar that stays at the bottom (WebDriver only scrolls what is off screen, and a click on an element
     * under the bar lands on the bar).
     */
    public static void clickInView(WebDriver page, WebElement element) {
        ((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Waits until the page's main heading starts with this, as {@link #waitForHeading(String)} does. */
    public void waitForHeadingStartingWith(String start) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(WebDriverException.class)
                .until(page -> page.findElements(By.tagName("h1")).stream()
                        .anyMatch(h1 -> h1.getText().startsWith(start)));
    }

    /** Waits until the browser is at this address. */
    public void waitForUrl(String url) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(page -> url.equals(page.getCurrentUrl()));
    }

    /**
     * The WCAG levels the app promises (2.0 A and AA, 2.1 AA, 2.2 AA, which brings target sizes) and axe's best
     * practices. Named by tag, axe runs rules it leaves off by default too (target-size among them).
     */
    static final List<String> AXE_TAGS =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    /** Runs axe-core on the current page and fails with every violation named. */
    public void assertAccessible(String page) {
        List<Rule> violations = accessibilityViolations();
        assertThat(violations)
                .as("axe-core violations on the %s page:%n%s", page, describe(violations))
                .isEmpty();
    }

    /** axe-core's violations on the current page, at the levels the app promises. */
    public List<Rule> accessibilityViolations() {
        Results results = new AxeBuilder().withTags(AXE_TAGS).analyze(driver);
        return results.getViolations();
    }

    /** One line per violated rule with the elements it found. */
    public static String describe(List<Rule> violations) {
        return violations.stream().map(Browser::describe).collect(Collectors.joining("\n"));
    }

    /**
     * Lays pages out as a screen of this size would; a touch screen also matches {@code (pointer: coarse)}, as a phone
     * does. Stays in force for the pages that follow, until changed again.
     */
    public void emulate(int width, int height, boolean touch) {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", touch));
        chrome.executeCdpCommand(
                "Emulation.setTouchEmulationEnabled",
                touch ? Map.of("enabled", true, "maxTouchPoints", 5) : Map.of("enabled", false));
    }

    /** Back to the window's own size, without touch. */
    public void stopEmulating() {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        chrome.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
    }

    /** Keeps a picture of the whole page, beyond the screen, in target/screenshots. */
    public void fullPageScreenshot(String name) throws IOException {
        ChromeDriver chrome = (ChromeDriver) driver;
        Number width = (Number) chrome.executeScript("return document.documentElement.clientWidth");
        Number height = (Number) chrome.executeScript("return document.documentElement.scrollHeight");
        Map<String, Object> shot = chrome.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** Keeps a picture of the page in target/screenshots for people reviewing a run. */
    public void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), target.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — "
                + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", "));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }
}
