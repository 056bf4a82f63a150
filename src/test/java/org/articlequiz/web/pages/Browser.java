package org.articlequiz.web.pages;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;

/**
 * A real headless Chromium for the page tests: Debian's {@code chromium} driven through its {@code chromedriver}
 * (packages {@code chromium} and {@code chromium-driver}). Nothing is downloaded: both paths are given, so Selenium
 * Manager never runs. Also takes screenshots into {@code target/screenshots} and runs axe-core inside the page.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getProperty("articlequiz.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("articlequiz.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of(System.getProperty("articlequiz.screenshots", "target/screenshots"));

    /**
     * The driver tests use. Before every click it scrolls the element to the middle of the view: ChromeDriver scrolls
     * an element only just into view, where the pages' sticky bar can sit on top of it and take the click.
     */
    final WebDriver driver;
    /** Scrolls the element to the middle of the view and tells whether its centre is now uncovered. */
    private static final String CLEAR_TO_CLICK = "const e = arguments[0];"
            + "e.scrollIntoView({block: 'center', inline: 'nearest'});"
            + "const r = e.getBoundingClientRect();"
            + "const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
            + "return top === e || e.contains(top) || (top !== null && top.contains(e));";
    /** The undecorated driver, for Chromium's own calls (network emulation, screenshots, DevTools commands). */
    final ChromeDriver chrome;
    private final Path profile;

    private Browser(ChromeDriver chrome, Path profile) {
        this.chrome = chrome;
        this.profile = profile;
        this.driver = new EventFiringDecorator<WebDriver>(new WebDriverListener() {
            @Override
            public void beforeClick(WebElement element) {
                // Pages move while they render and focus; retry until nothing covers the element's centre.
                for (int i = 0; i < 20; i++) {
                    Object clear = ((JavascriptExecutor) Browser.this.driver).executeScript(CLEAR_TO_CLICK, element);
                    if (Boolean.TRUE.equals(clear)) {
                        return;
                    }
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }).decorate(chrome);
    }

    /** Starts Chromium, or fails the test saying exactly what to install. */
    static Browser start() {
        return start(false);
    }

    /**
     * Chromium as a user who blocks third-party cookies (the setting "Block third-party cookies", which a fresh profile
     * of Debian's Chromium 156 already applies): cookies of a site framed by another site are neither stored nor sent.
     * For this to mean anything the framing page and the framed one must be different sites (127.0.0.1 vs localhost).
     */
    static Browser startBlockingThirdPartyCookies() {
        return start(true);
    }

    private static Browser start(boolean blockThirdPartyCookies) {
        requireInstalled();
        try {
            Path profile = Files.createTempDirectory("articlequiz-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            // As root in a container: no sandbox. No background networking: this machine's network is closed.
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1100,900", "--lang=en-GB");
            if (blockThirdPartyCookies) {
                options.addArguments("--test-third-party-cookie-phaseout");
                options.setExperimentalOption("prefs", Map.of("profile.cookie_controls_mode", 1,
                        "profile.block_third_party_cookies", true));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            driver.manage().window().setSize(new Dimension(1100, 900));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void requireInstalled() {
        for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(p)) {
                fail("The browser tests need Debian's Chromium and its driver, and " + p + " is missing. Install them with:"
                        + " apt-get update && apt-get install -y chromium chromium-driver"
                        + " (or point -Darticlequiz.chromium / -Darticlequiz.chromedriver at them).");
            }
        }
    }

    void open(String url) {
        driver.get(url);
    }

    /**
     * Clicks like a user; where the pages' sticky bar still covers the element after scrolling (seen only on the admin
     * page in full runs, with many registered platforms), dispatches the click to the element itself.
     */
    void click(WebElement element) {
        try {
            element.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
            script("arguments[0].click()", element);
        }
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /**
     * The label of the option that says {@code text} inside {@code container}. Students' pages name options by
     * opaque tokens of the attempt, so a test finds an option as a student does: by what it says.
     */
    WebElement optionLabel(String container, String text) {
        return findAll(container + " .choice label").stream()
                .filter(label -> text.equals(script("return arguments[0].firstChild.textContent", label)))
                .findFirst().orElseThrow(() -> new AssertionError("no option '" + text + "' in " + container));
    }

    /** The radio button of the option that says {@code text} inside {@code container} (see {@link #optionLabel}). */
    WebElement option(String container, String text) {
        return driver.findElement(By.id(optionLabel(container, text).getAttribute("for")));
    }

    <T> T waitFor(String what, Function<WebDriver, T> condition) {
        return waitLongerFor(what, 20, condition);
    }

    /** Waits up to the given seconds until the condition gives something other than null or false. */
    <T> T waitLongerFor(String what, int seconds, Function<WebDriver, T> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                T value = condition.apply(driver);
                if (value != null && !Boolean.FALSE.equals(value)) {
                    return value;
                }
            } catch (org.openqa.selenium.WebDriverException e) {
                last = e; // the page was being replaced; ask again
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        screenshot("failure-" + what.replaceAll("[^A-Za-z0-9]+", "-"));
        String page;
        try {
            page = driver.findElement(By.tagName("body")).getText();
        } catch (RuntimeException e) {
            page = "(unreadable: " + e.getMessage() + ")";
        }
        throw new AssertionError("Waited " + seconds + " s for " + what + "; the page says:\n" + page, last);
    }

    /** Waits until the element's text contains the given text, and returns it. */
    WebElement waitForText(String css, String text) {
        return waitFor("'" + css + "' to show '" + text + "'", d -> {
            var found = d.findElements(By.cssSelector(css));
            return found.stream().filter(e -> e.getText().contains(text)).findFirst().orElse(null);
        });
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** The element that has the keyboard focus. */
    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Cuts the browser off the network (DevTools network emulation through chromedriver), or restores it. */
    void offline(boolean offline) {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(offline);
        if (offline) {
            chrome.setNetworkConditions(conditions);
        } else {
            chrome.deleteNetworkConditions();
        }
    }

    /** A full-page PNG under target/screenshots, to be looked at. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            // The whole page, not just the window: grow the window to the page's height for the shot.
            Dimension window = driver.manage().window().getSize();
            long height = ((Number) script("return Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0)")).longValue();
            driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(Math.max(height + 100, window.getHeight()), 6000)));
            try {
                Files.write(file, chrome.getScreenshotAs(OutputType.BYTES));
            } finally {
                driver.manage().window().setSize(window);
            }
            return file;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Runs axe-core (vendored, see src/test/resources/axe) against the page as it is now, with the WCAG 2.0/2.1/2.2
     * A and AA rules and axe's best practices, and fails listing every violation.
     */
    @SuppressWarnings("unchecked")
    void assertAccessible(String where) {
        if (script("return typeof window.axe") .equals("undefined")) {
            script(axeSource());
        }
        Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})
                  .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.map(n => n.target.join(' ') + ' :: ' + n.failureSummary).slice(0, 5)}))))
                  .catch(e => done([{id: 'axe-error', help: String(e), nodes: []}]));""");
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
        if (!violations.isEmpty()) {
            screenshot("axe-" + where);
            StringBuilder message = new StringBuilder("axe-core found " + violations.size() + " violation(s) on " + where + ":");
            for (var v : violations) {
                message.append("\n- ").append(v.get("id")).append(" (").append(v.get("impact")).append("): ").append(v.get("help"));
                for (Object node : (List<Object>) v.get("nodes")) {
                    message.append("\n    ").append(node);
                }
            }
            fail(message.toString());
        }
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // A leftover temporary profile is harmless.
            }
        }
    }
}
