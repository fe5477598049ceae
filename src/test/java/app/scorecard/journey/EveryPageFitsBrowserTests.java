package app.scorecard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.support.Browser;
import app.scorecard.support.ScorecardIntegrationTest;
import com.deque.html.axecore.results.Rule;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page each role can reach by following links, from its home page, laid out on a phone (390 × 844, touch), on
 * the narrowest phone we support (320 wide) and on a laptop (1280 × 800): nothing may scroll sideways (a wide table
 * scrolls inside its own box) and axe-core finds nothing at the WCAG 2.2 AA level, target sizes included. What was
 * measured goes to {@code target/layout-report.md}, a record of the run for people reviewing it.
 */
@ScorecardIntegrationTest
class EveryPageFitsBrowserTests {

    record Screen(String name, int width, int height, boolean touch, boolean checkAccessibility) {}

    static final Screen PHONE = new Screen("phone", 390, 844, true, true);
    static final Screen NARROWEST = new Screen("320", 320, 640, true, false);
    static final Screen LAPTOP = new Screen("laptop", 1280, 800, false, true);
    static final List<Screen> SCREENS = List.of(PHONE, NARROWEST, LAPTOP);

    /**
     * Links a crawl does not follow: they end the session, download a file, or answer machines. Swagger UI is
     * springdoc's page, not ours: it is neither laid out for phones nor clean under axe (ApiTokensBrowserTests checks
     * that it works under its policy).
     */
    private static final Pattern NOT_A_PAGE =
            Pattern.compile("/logout|\\.csv|\\.pdf|/export|/api/|/actuator|/i/|download|/h2-console|/swagger-ui");

    private static final int PAGES_PER_ROLE = 60;

    private static Browser browser;
    private static final List<String> report = new ArrayList<>();

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start();
        report.add("| role | page | screen | laid-out width (px) | axe violations |");
        report.add("|---|---|---|---|---|");
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        browser.close();
        Path file = Path.of("target", "layout-report.md");
        Files.createDirectories(file.getParent());
        Files.write(file, report);
    }

    @Test
    void everyPageAnAdminReachesFitsEveryScreenAndPassesAxe() throws IOException {
        assertEveryPageFits("admin");
    }

    @Test
    void everyPageAManagerReachesFitsEveryScreenAndPassesAxe() throws IOException {
        assertEveryPageFits("manager");
    }

    @Test
    void everyPageAMemberReachesFitsEveryScreenAndPassesAxe() throws IOException {
        assertEveryPageFits("member");
    }

    @Test
    void thePagesOfSomeoneNotSignedInFitEveryScreenAndPassAxe() throws IOException {
        WebDriver page = browser.driver();
        page.manage().deleteAllCookies();
        List<String> problems = new ArrayList<>();
        for (String path : List.of("/", "/login", "/login?error", "/no-such-page")) {
            page.get(url(path));
            problems.addAll(measure("anonymous", path));
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    private void assertEveryPageFits(String role) throws IOException {
        signIn(role);
        List<String> problems = new ArrayList<>();
        for (String path : crawl()) {
            browser.driver().get(url(path));
            problems.addAll(measure(role, path));
        }
        browser.stopEmulating();
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    /** The pages reachable by links from the home page, one of each kind (ids stripped), in the order found. */
    private List<String> crawl() {
        WebDriver page = browser.driver();
        browser.stopEmulating();
        Map<String, String> byShape = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        Set<String> seen = new LinkedHashSet<>(queue);
        while (!queue.isEmpty() && byShape.size() < PAGES_PER_ROLE) {
            String path = queue.removeFirst();
            if (byShape.putIfAbsent(shape(path), path) != null) {
                continue;
            }
            page.get(url(path));
            for (WebElement link : page.findElements(By.cssSelector("a[href]"))) {
                String target = samePagePath(link.getDomProperty("href"));
                if (target != null
                        && link.getDomAttribute("download") == null
                        && !NOT_A_PAGE.matcher(target).find()
                        && seen.add(target)
                        && !byShape.containsKey(shape(target))) {
                    queue.addLast(target);
                }
            }
        }
        return List.copyOf(byShape.values());
    }

    private String samePagePath(String href) {
        URI uri = URI.create(href);
        if (!"localhost".equals(uri.getHost()) || uri.getPort() != port) {
            return null;
        }
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** A page's kind: its path with numbers taken out, and the names of its query parameters. */
    private static String shape(String path) {
        String[] parts = path.split("\\?", 2);
        String names = parts.length == 1
                ? ""
                : "?"
                        + String.join(
                                "&",
                                java.util.Arrays.stream(parts[1].split("&"))
                                        .map(pair -> pair.split("=", 2)[0])
                                        .sorted()
                                        .toList());
        return parts[0].replaceAll("/\\d+", "/{id}") + names;
    }

    /** Lays the current page out on every screen; returns what does not fit or is not accessible. */
    private List<String> measure(String role, String path) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Screen screen : SCREENS) {
            browser.emulate(screen.width(), screen.height(), screen.touch());
            @SuppressWarnings("unchecked")
            Map<String, Object> fit = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(FIT);
            long width = ((Number) fit.get("scrollWidth")).longValue();
            @SuppressWarnings("unchecked")
            List<String> sticking = (List<String>) fit.get("sticking");
            String line = "| " + role + " | " + path + " | " + screen.name() + " | " + width + " |";
            if (width > screen.width() || !sticking.isEmpty()) {
                problems.add(role + " " + path + " at " + screen.name() + ": " + width + " px wide; sticking out: "
                        + sticking);
            }
            if (screen.checkAccessibility()) {
                List<Rule> violations = browser.accessibilityViolations();
                line += " " + violations.size() + " |";
                if (!violations.isEmpty()) {
                    problems.add(
                            role + " " + path + " at " + screen.name() + ": axe-core\n" + Browser.describe(violations));
                }
            } else {
                line += " – |";
            }
            report.add(line);
        }
        return problems;
    }

    /**
     * How wide the page lays out, and the elements that stick out past the screen's right edge other than inside a box
     * that scrolls or clips on its own (a wide table in its scrolling box is fine).
     */
    private static final String FIT = """
            const doc = document.documentElement, right = doc.clientWidth;
            const sticking = [];
            for (const element of document.body.querySelectorAll('*')) {
              const box = element.getBoundingClientRect();
              if (box.width === 0 || box.right <= right + 0.5) continue;
              let inside = false;
              for (let p = element.parentElement; p && p !== document.body; p = p.parentElement) {
                const overflow = getComputedStyle(p).overflowX;
                if (overflow !== 'visible') { inside = true; break; }
              }
              if (!inside) {
                sticking.push(element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
                  + (element.className && typeof element.className === 'string' ? '.' + element.className.trim().replace(/\\s+/g, '.') : '')
                  + ' to ' + Math.round(box.right));
              }
            }
            return {scrollWidth: doc.scrollWidth, sticking: sticking.slice(0, 6)};
            """;

    private void signIn(String username) {
        WebDriver page = browser.driver();
        browser.stopEmulating();
        page.manage().deleteAllCookies();
        page.get(url("/login"));
        page.findElement(By.id("username")).sendKeys(username);
        page.findElement(By.id("password")).sendKeys(username);
        page.findElement(By.cssSelector("form button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(page, java.time.Duration.ofSeconds(15))
                .until(driver -> !driver.getCurrentUrl().contains("/login"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
