package cn.yinling.hotline.app.webchat;

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
 * Debian's headless Chromium for the application's browser tests (the console's own tests have the
 * same helper in agent-console): skipped without it on a developer's machine, a failure under CI.
 * Every page notes what its Content-Security-Policy refused in the tab's session storage.
 */
final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    static ChromeDriver startWatchingPolicy() throws IOException {
        requireInstalled();
        Path profile = Files.createTempDirectory("app-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + profile, "--lang=zh-CN", "--window-size=1000,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1000, 900));
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
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

    /** What the policy refused on the current tab's pages so far (null: nothing). */
    static Object refusedByPolicy(ChromeDriver browser) {
        return browser.executeScript("return sessionStorage.getItem('csp');");
    }

    private static void requireInstalled() {
        if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
            return;
        }
        String message = "Browser test needs " + BROWSER + " and " + DRIVER + " (Debian packages chromium, chromium-driver)";
        String ci = System.getenv("CI");
        if (ci != null && !ci.isBlank() && !"false".equalsIgnoreCase(ci)) {
            Assertions.fail(message + " — CI is set, so this is a failure, not a skip");
        }
        Assumptions.abort(message + " — skipped because CI is not set");
    }
}
