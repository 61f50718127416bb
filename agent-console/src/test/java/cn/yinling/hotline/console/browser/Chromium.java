package cn.yinling.hotline.console.browser;

import cn.yinling.hotline.cases.casework.Cases;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for browser tests. Without it the test is skipped on a developer's
 * machine, but fails under CI (which installs it), so a broken CI image cannot pass silently.
 */
final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    static void requireInstalled() {
        boolean present = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (present) {
            return;
        }
        String message = "Browser test needs " + BROWSER + " and " + DRIVER + " (Debian packages chromium, chromium-driver)";
        String ci = System.getenv("CI");
        if (ci != null && !ci.isBlank() && !"false".equalsIgnoreCase(ci)) {
            Assertions.fail(message + " — CI is set, so this is a failure, not a skip");
        }
        Assumptions.abort(message + " — skipped because CI is not set");
    }

    /**
     * What every console browser test needs before its browser starts: Chromium installed, no
     * emergency left open by an earlier test (its banner would cover the page), and the screenshots'
     * directory.
     */
    static void readyForConsole(Cases cases) throws IOException {
        requireInstalled();
        ConsoleInBrowserTest.noEmergencyLeftOpen(cases);
        Files.createDirectories(ConsoleInBrowserTest.SHOTS);
    }

    /**
     * A browser whose every page notes what its Content-Security-Policy refused (an inline script or
     * style the console still had, say) in the tab's session storage, which outlives the page; {@link
     * #quitAfterPolicyCheck} asserts there was nothing.
     */
    static ChromeDriver startWatchingPolicy() throws IOException {
        ChromeDriver browser = start();
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                document.addEventListener('securitypolicyviolation', function (e) {
                  try {
                    var seen = JSON.parse(sessionStorage.getItem('csp') || '[]');
                    seen.push(location.pathname + ': ' + e.violatedDirective + ' ' + (e.blockedURI || 'inline'));
                    sessionStorage.setItem('csp', JSON.stringify(seen));
                  } catch (ignored) { /* a page without storage */ }
                });"""));
        return browser;
    }

    /** Fails if any page the browser opened had something refused by its policy; quits the browser either way. */
    static void quitAfterPolicyCheck(ChromeDriver browser) {
        if (browser == null) {
            return;
        }
        try {
            Object refused = browser.executeScript("return sessionStorage.getItem('csp');");
            org.assertj.core.api.Assertions.assertThat(refused)
                    .as("what the Content-Security-Policy refused in the pages visited").isNull();
        } finally {
            browser.quit();
        }
    }

    static ChromeDriver start() throws IOException {
        Path profile = Files.createTempDirectory("console-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + profile, "--lang=zh-CN", "--window-size=1366,768",
                "--autoplay-policy=no-user-gesture-required");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 768));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
