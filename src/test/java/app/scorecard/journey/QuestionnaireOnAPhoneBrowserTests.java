package app.scorecard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.support.Browser;
import app.scorecard.support.ScorecardIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The questionnaire as most invitees meet it: on a 390 px wide touch screen. Every scale sits on one row under its two
 * poles, every answer is a target of at least 44 × 44 px, and progress, Save and Submit stay on screen while the person
 * scrolls. The same journey on a laptop. Pictures of the questionnaire, the scorecard, a team's results and its history
 * at both sizes are kept in {@code target/screenshots}.
 */
@ScorecardIntegrationTest
class QuestionnaireOnAPhoneBrowserTests {

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        browser.close();
    }

    @Test
    void aManagerAnswersEveryQuestionOnAPhoneWithTargetsAThumbCanHit() throws Exception {
        browser.emulate(PHONE_WIDTH, PHONE_HEIGHT, true);
        WebDriver page = browser.driver();
        signInAndStart(page, "promote-excellence");
        browser.waitForHeading("Do we promote excellence?");
        assertThat(((JavascriptExecutor) page).executeScript("return matchMedia('(pointer: coarse)').matches"))
                .as("a touch screen")
                .isEqualTo(true);

        List<Map<String, Object>> scales = scales();
        assertThat(scales).hasSize(21);
        record("phone 390 × 844, promote-excellence", scales);
        for (Map<String, Object> scale : scales) {
            assertThat(scale.get("rows"))
                    .as("rows of the scale of %s", scale.get("question"))
                    .isEqualTo(1L);
            assertThat(((Number) scale.get("smallestWidth")).doubleValue())
                    .as("narrowest answer target of %s", scale.get("question"))
                    .isGreaterThanOrEqualTo(44);
            assertThat(((Number) scale.get("smallestHeight")).doubleValue())
                    .as("lowest answer target of %s", scale.get("question"))
                    .isGreaterThanOrEqualTo(44);
            assertThat((Boolean) scale.get("polesAbove"))
                    .as("both poles above the scale of %s", scale.get("question"))
                    .isTrue();
        }
        // the narrowest phone we design for: still one row, still targets a thumb can hit
        browser.emulate(320, 640, true);
        List<Map<String, Object>> narrowest = scales();
        record("phone 320 × 640, promote-excellence", narrowest);
        assertThat(narrowest).allSatisfy(scale -> {
            assertThat(scale.get("rows")).isEqualTo(1L);
            assertThat(((Number) scale.get("smallestWidth")).doubleValue()).isGreaterThanOrEqualTo(44);
            assertThat(((Number) scale.get("smallestHeight")).doubleValue()).isGreaterThanOrEqualTo(44);
        });
        assertThat(pageWidth()).isLessThanOrEqualTo(320);
        browser.emulate(PHONE_WIDTH, PHONE_HEIGHT, true);

        assertThat(pageWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
        assertStatusBarOnScreen(page);
        browser.assertAccessible("questionnaire on a phone");
        browser.fullPageScreenshot("phone-questionnaire");

        // Half-way down the page, a thumb can still save, and see how far it is.
        for (WebElement question :
                page.findElements(By.cssSelector("fieldset.question")).subList(0, 10)) {
            answer(page, question, "4");
        }
        assertThat(page.findElement(By.id("progress")).getText()).startsWith("10 of 21 answered");
        assertStatusBarOnScreen(page);
        page.findElement(By.cssSelector(".status-bar button[value=save]")).click();
        assertThat(page.findElement(By.cssSelector(".notice")).getText()).contains("saved");

        for (WebElement question : page.findElements(By.cssSelector("fieldset.question"))) {
            answer(page, question, "4");
        }
        page.findElement(By.cssSelector(".status-bar button[value=submit]")).click();
        browser.waitForHeadingStartingWith("Scorecard: ");
        assertThat(pageWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
        browser.assertAccessible("scorecard on a phone");
        browser.fullPageScreenshot("phone-scorecard");
        browser.stopEmulating();
    }

    @Test
    void aRoundAskingTargetsFitsItsTwoRowsOnAPhoneAndIsAnsweredByKeyboard() throws Exception {
        browser.emulate(PHONE_WIDTH, PHONE_HEIGHT, true);
        WebDriver page = browser.driver();
        signIn(page, "manager");
        page.findElement(By.cssSelector("a[aria-label='Start a round for Customer Care']"))
                .click();
        page.findElement(By.cssSelector("label[for=set-serve]")).click();
        page.findElement(By.cssSelector("label[for=asksTargets]")).click();
        page.findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitForHeading("Do we SERVE our customers?");

        for (int width : List.of(PHONE_WIDTH, 320)) {
            browser.emulate(width, width == 320 ? 640 : PHONE_HEIGHT, true);
            List<Map<String, Object>> rows = targetRows();
            record("phone " + width + ", serve asking targets", rows);
            assertThat(rows).hasSize(2 * 20);
            assertThat(rows).allSatisfy(row -> {
                assertThat(row.get("rows"))
                        .as("the five points of %s", row.get("question"))
                        .isEqualTo(1L);
                assertThat(((Number) row.get("smallestWidth")).doubleValue())
                        .as("narrowest box of %s", row.get("question"))
                        .isGreaterThanOrEqualTo(44);
                assertThat(((Number) row.get("smallestHeight")).doubleValue())
                        .as("lowest box of %s", row.get("question"))
                        .isGreaterThanOrEqualTo(44);
            });
            assertThat(pageWidth()).isLessThanOrEqualTo(width);
        }
        browser.emulate(PHONE_WIDTH, PHONE_HEIGHT, true);
        browser.assertAccessible("questionnaire asking targets on a phone");
        browser.fullPageScreenshot("phone-questionnaire-targets");

        // by keyboard: into each row's group, then an arrow key to move the choice along it
        for (WebElement row : page.findElements(By.cssSelector(".scale-row"))) {
            WebElement first = row.findElement(By.cssSelector("input[type=radio]"));
            ((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView({block: 'center'})", first);
            ((JavascriptExecutor) page).executeScript("arguments[0].focus()", first);
            first.sendKeys(Keys.SPACE);
            first.sendKeys(Keys.ARROW_RIGHT);
        }
        assertThat(page.findElements(By.cssSelector(".scale-row input[value='2']:checked")))
                .hasSize(2 * 20);
        assertThat(page.findElement(By.id("progress")).getText()).startsWith("20 of 20 answered");
        page.findElement(By.cssSelector(".status-bar button[value=submit]")).click();
        browser.waitForHeadingStartingWith("Scorecard: ");
        browser.stopEmulating();
    }

    /** Per row of a question asking targets: on how many lines its five points lie, and its smallest box. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> targetRows() {
        return (List<Map<String, Object>>) ((JavascriptExecutor) browser.driver()).executeScript("""
                        return [...document.querySelectorAll('.scale-row')].map(row => {
                          const target = radio => (radio.closest('label') || radio).getBoundingClientRect();
                          const points = [...row.querySelectorAll('input[type=radio]:not([value=na])')].map(target);
                          const all = [...row.querySelectorAll('input[type=radio]')].map(target);
                          return {
                            question: row.closest('fieldset').id + ' ' + row.querySelector('.row-name').textContent,
                            rows: new Set(points.map(box => Math.round(box.top))).size,
                            smallestWidth: Math.min(...all.map(box => box.width)),
                            smallestHeight: Math.min(...all.map(box => box.height))
                          };
                        });
                        """);
    }

    @Test
    void theTeamsResultsAndHistoryFitAPhoneAndALaptop() throws Exception {
        WebDriver page = browser.driver();
        for (boolean phone : List.of(true, false)) {
            String size = phone ? "phone" : "laptop";
            if (phone) {
                browser.emulate(PHONE_WIDTH, PHONE_HEIGHT, true);
            } else {
                browser.emulate(1280, 800, false);
            }
            signIn(page, "manager");
            page.get(url("/"));
            page.findElement(By.linkText("Customer Care")).click();
            page.findElement(By.linkText("History")).click();
            browser.waitForHeading("History of Customer Care");
            assertThat(pageWidth()).isLessThanOrEqualTo(phone ? PHONE_WIDTH : 1280);
            browser.fullPageScreenshot(size + "-history");

            // the latest team round's results (a self-assessment is a scorecard, not a team's results)
            page.findElement(By.xpath(
                            "//table[@aria-labelledby='rounds-heading']//tr[.//*[contains(@class, 'badge-TEAM')]]//a"))
                    .click();
            browser.waitForHeadingStartingWith("Do we ");
            assertThat(pageWidth()).isLessThanOrEqualTo(phone ? PHONE_WIDTH : 1280);
            browser.assertAccessible("team results on a " + size);
            browser.fullPageScreenshot(size + "-team-results");
        }
        browser.stopEmulating();
    }

    @Test
    void onALaptopTheQuestionnaireKeepsItsScalesOnOneRowToo() throws Exception {
        browser.emulate(1280, 800, false);
        WebDriver page = browser.driver();
        signInAndStart(page, "serve");
        browser.waitForHeading("Do we SERVE our customers?");
        List<Map<String, Object>> scales = scales();
        record("laptop 1280 × 800, serve", scales);
        for (Map<String, Object> scale : scales) {
            assertThat(scale.get("rows"))
                    .as("rows of the scale of %s", scale.get("question"))
                    .isEqualTo(1L);
            assertThat(((Number) scale.get("smallestHeight")).doubleValue()).isGreaterThanOrEqualTo(24);
        }
        browser.assertAccessible("questionnaire on a laptop");
        browser.fullPageScreenshot("laptop-questionnaire");
        for (WebElement question : page.findElements(By.cssSelector("fieldset.question"))) {
            answer(page, question, "2");
        }
        page.findElement(By.cssSelector("button[value=submit]")).click();
        browser.waitForHeadingStartingWith("Scorecard: ");
        browser.fullPageScreenshot("laptop-scorecard");
        browser.stopEmulating();
    }

    /** Notes the smallest target and the page's height in target/questionnaire-targets.md, for people reviewing. */
    private void record(String screen, List<Map<String, Object>> scales) throws java.io.IOException {
        double width = scales.stream()
                .mapToDouble(scale -> ((Number) scale.get("smallestWidth")).doubleValue())
                .min()
                .orElseThrow();
        double height = scales.stream()
                .mapToDouble(scale -> ((Number) scale.get("smallestHeight")).doubleValue())
                .min()
                .orElseThrow();
        long rows = scales.stream()
                .mapToLong(scale -> ((Number) scale.get("rows")).longValue())
                .max()
                .orElseThrow();
        Object pageHeight =
                ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.scrollHeight");
        java.nio.file.Path file = java.nio.file.Path.of("target", "questionnaire-targets.md");
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(
                file,
                String.format(
                        java.util.Locale.ROOT,
                        "| %s | smallest target %.1f × %.1f px | at most %d row(s) per scale | page %s px high |%n",
                        screen,
                        width,
                        height,
                        rows,
                        pageHeight),
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    /** Per question: on how many rows its answers lie, its smallest answer target, and whether its poles are above. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> scales() {
        return (List<Map<String, Object>>) ((JavascriptExecutor) browser.driver()).executeScript("""
                        return [...document.querySelectorAll('fieldset.question')].map(question => {
                          // what a tap selects: the label holding the radio, or the radio alone
                          const target = radio => (radio.closest('label') || radio).getBoundingClientRect();
                          const radios = [...question.querySelectorAll('input[type=radio]:not([value=na])')];
                          const boxes = radios.map(target);
                          const rows = new Set(boxes.map(box => Math.round(box.top))).size;
                          const all = [...question.querySelectorAll('input[type=radio]')].map(target);
                          const top = Math.min(...boxes.map(box => box.top));
                          const poles = [...question.querySelectorAll('.pole')].map(pole => pole.getBoundingClientRect());
                          return {
                            question: question.id,
                            rows: rows,
                            smallestWidth: Math.min(...all.map(box => box.width)),
                            smallestHeight: Math.min(...all.map(box => box.height)),
                            polesAbove: poles.length === 2 && poles.every(pole => pole.bottom <= top + 0.5)
                          };
                        });
                        """);
    }

    private void assertStatusBarOnScreen(WebDriver page) {
        for (String button : List.of("save", "submit")) {
            WebElement element = page.findElement(By.cssSelector(".status-bar button[value=" + button + "]"));
            Map<?, ?> box = (Map<?, ?>) ((JavascriptExecutor) page)
                    .executeScript(
                            "const b = arguments[0].getBoundingClientRect();"
                                    + " return {top: b.top, bottom: b.bottom, height: b.height, width: b.width,"
                                    + " screen: window.innerHeight};",
                            element);
            double top = ((Number) box.get("top")).doubleValue();
            double bottom = ((Number) box.get("bottom")).doubleValue();
            assertThat(top).as("%s button on screen", button).isGreaterThanOrEqualTo(0);
            assertThat(bottom)
                    .as("%s button on screen", button)
                    .isLessThanOrEqualTo(((Number) box.get("screen")).doubleValue());
            assertThat(((Number) box.get("height")).doubleValue()).isGreaterThanOrEqualTo(44);
        }
        assertThat(page.findElement(By.id("progress")).isDisplayed()).isTrue();
    }

    private static void answer(WebDriver page, WebElement question, String value) {
        WebElement label = question.findElement(By.cssSelector("label[for$='-" + value + "']"));
        ((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView({block: 'center'})", label);
        label.click();
    }

    private long pageWidth() {
        return ((Number) ((JavascriptExecutor) browser.driver())
                        .executeScript("return document.documentElement.scrollWidth"))
                .longValue();
    }

    private void signInAndStart(WebDriver page, String set) {
        signIn(page, "manager");
        page.findElement(By.cssSelector("a[aria-label='Start a round for Customer Care']"))
                .click();
        page.findElement(By.cssSelector("label[for=set-" + set + "]")).click();
        page.findElement(By.cssSelector("main form button[type=submit]")).click();
    }

    private void signIn(WebDriver page, String username) {
        page.manage().deleteAllCookies();
        page.get(url("/login"));
        page.findElement(By.id("username")).sendKeys(username);
        page.findElement(By.id("password")).sendKeys(username);
        page.findElement(By.cssSelector("form button[type=submit]")).click();
        browser.waitForHeading("Welcome, Maya Manager");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
