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
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
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
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "download.default_directory",
                        profile.resolve(DOWNLOADS).toString(),
                        "download.prompt_for_download",
                        false));
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

    /** Waits until the browser is at this address. */
    public void waitForUrl(String url) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(page -> url.equals(page.getCurrentUrl()));
    }

    /** Runs axe-core on the current page and fails with every violation named. */
    public void assertAccessible(String page) {
        Results results = new AxeBuilder().analyze(driver);
        String violations =
                results.getViolations().stream().map(Browser::describe).collect(Collectors.joining("\n"));
        assertThat(results.getViolations())
                .as("axe-core violations on the %s page:%n%s", page, violations)
                .isEmpty();
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
