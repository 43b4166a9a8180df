package org.budgetdisclosure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.budgetdisclosure.portal.Bootstrap;
import org.budgetdisclosure.portal.Passwords;
import org.budgetdisclosure.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal in a real browser: Debian's Chromium and chromedriver drive the real app, started
 * in-process on in-memory H2 with the bundled sample. An admin creates a department editor in the
 * admin pages; the public reads the sample (table, and its charts once the page has them); the editor
 * uploads the example budget file and sees the draft's findings. Screenshots go to
 * target/screenshots/ for a person to look at.
 *
 * <p>Without /usr/bin/chromium the test is skipped with a message, unless {@code -Dbd.requireBrowser=true}
 * (CI: scripts/test.sh), where a missing browser is a failure. Selenium Manager is never started: both
 * paths are given, so nothing is downloaded.
 */
@Tag("browser")
@ExtendWith(PortalBrowserTest.BrowserInstalled.class)
class PortalBrowserTest {

    /** Debian's paths; -Dbd.chromium / -Dbd.chromedriver point elsewhere (another distribution). */
    private static final Path CHROMIUM = Path.of(System.getProperty("bd.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("bd.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String DEPARTMENT = "昌吉市人民政府办公室";
    private static final Duration WAIT = Duration.ofSeconds(30);

    /** Kept so the level sticks: selenium-chrome-driver ships no CDP bindings and says so on every start. */
    private static final java.util.logging.Logger CDP_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    private static Database db;
    private static PortalServer server;
    private static long sampleId;
    private static WebDriver browser;
    private static Path profile;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        Assertions.assertTrue(browserPresent(), MISSING + "；-Dbd.requireBrowser=true 时不能跳过");
        db = Database.open(Database.Config.inMemory("browser-" + System.nanoTime()));
        Services services = Services.over(db, 4);
        Bootstrap.ensureAdmin(db, new Passwords(4), "adminpass1");
        sampleId = Bootstrap.ensureSample(db, services.workflow()).orElseThrow();
        server = PortalServer.create(services).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();

        CDP_LOG.setLevel(Level.SEVERE);
        profile = Files.createTempDirectory("bd-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=zh-CN", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
        Files.createDirectories(SCREENSHOTS);
    }

    private static final String MISSING = "浏览器测试需要 " + CHROMIUM + " 和 " + CHROMEDRIVER
            + "（apt-get install chromium chromium-driver fonts-wqy-microhei，或运行 scripts/test.sh）";

    private static boolean browserPresent() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /**
     * Skips the class, saying why, when the browser is missing; with -Dbd.requireBrowser=true (CI)
     * it never skips, so {@link #start()} fails instead.
     */
    static final class BrowserInstalled implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (browserPresent() || Boolean.getBoolean("bd.requireBrowser")) {
                return ConditionEvaluationResult.enabled("浏览器已安装或必须运行");
            }
            System.err.println("PortalBrowserTest 跳过：" + MISSING);
            return ConditionEvaluationResult.disabled("跳过：" + MISSING);
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
        if (db != null) {
            db.close();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void publicReadsTheSampleAndAnEditorUploadsABudget() throws IOException {
        createEditorAsAdmin();

        // The public: home page lists the sample's department and links to its disclosure.
        open("/");
        assertThat(browser.findElement(By.id("departments")).getText()).contains(DEPARTMENT);
        assertThat(browser.findElement(By.id("recent")).findElements(By.cssSelector("a[href='/d/" + sampleId + "']"))).isNotEmpty();
        screenshot("home");

        browser.findElement(By.cssSelector("#departments a[href='/d/" + sampleId + "']")).click();
        waitFor(By.id("document"));
        assertThat(browser.getCurrentUrl()).endsWith("/d/" + sampleId);
        WebElement document = browser.findElement(By.id("document"));
        assertThat(document.findElements(By.tagName("table"))).hasSizeGreaterThanOrEqualTo(12);
        assertThat(document.getText()).contains("部门收支总体情况表").contains("一般公共预算基本支出情况表");
        assertThat(browser.findElement(By.id("summary")).getText()).contains("第 1 版").contains("PDF");
        // Charts: the chart data and script come in a separate change (web/ChartsJson, /static/js/charts.js).
        // Until the page has a #charts section this only checks the table above; once it does, every
        // chart must actually draw (a canvas from ECharts).
        if (!browser.findElements(By.id("charts")).isEmpty()) {
            new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#charts canvas")));
            assertThat(browser.findElements(By.cssSelector("#charts canvas"))).isNotEmpty();
        }
        screenshot("disclosure");

        // The department editor signs in and uploads the example budget file.
        signIn("changji-editor", "editorpass1");
        assertThat(browser.getCurrentUrl()).endsWith("/desk");
        Path budget = Path.of("examples", "changji-gov-office-2026.budget.json").toAbsolutePath();
        browser.findElement(By.id("file")).sendKeys(budget.toString());
        browser.findElement(By.id("upload-submit")).click();
        WebElement counts = waitFor(By.id("finding-counts"));
        assertThat(browser.getCurrentUrl()).matches(".*/desk/d/\\d+$");
        assertThat(counts.getText()).matches("\\d+ 个错误，\\d+ 个警告，\\d+ 个提示");
        assertThat(browser.findElement(By.id("draft-status")).getText()).isEqualTo("草稿");
        assertThat(browser.findElement(By.id("draft-summary")).getText()).contains(DEPARTMENT).contains("2026");
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).startsWith("已新建草稿");
        assertThat(browser.findElement(By.id("audit")).getText()).contains("changji-editor").contains("新建草稿");
        screenshot("draft");

        assertThat(severeConsoleMessages()).as("浏览器控制台错误").isEmpty();
    }

    /** The admin creates the editor of the sample's department through the admin page's form. */
    private void createEditorAsAdmin() throws IOException {
        signIn("admin", "adminpass1");
        assertThat(browser.getCurrentUrl()).endsWith("/admin");
        browser.findElement(By.id("nu-username")).sendKeys("changji-editor");
        browser.findElement(By.id("nu-display")).sendKeys("办公室财务");
        browser.findElement(By.id("nu-password")).sendKeys("editorpass1");
        new Select(browser.findElement(By.id("nu-role"))).selectByValue("EDITOR");
        new Select(browser.findElement(By.id("nu-department"))).selectByVisibleText(DEPARTMENT);
        browser.findElement(By.cssSelector("#new-user button[type=submit]")).click();
        assertThat(waitFor(By.cssSelector(".flash-ok")).getText()).contains("changji-editor");
        assertThat(browser.findElement(By.id("users")).getText()).contains("changji-editor").contains(DEPARTMENT);
        screenshot("admin");
        browser.findElement(By.cssSelector(".site-nav form button")).click(); // 退出
        waitFor(By.cssSelector(".site-nav a[href='/login']"));
    }

    private void signIn(String username, String password) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
        waitFor(By.cssSelector(".site-nav .who"));
    }

    private void open(String path) {
        browser.get(base + path);
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * A screenshot of the page's top, as tall as the content up to 3000 px, so one image shows what a
     * reader sees first without becoming a 20000 px strip for the twelve tables.
     */
    private void screenshot(String name) throws IOException {
        Number height = (Number) ((JavascriptExecutor) browser).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(1280, Math.min(3000, Math.max(900, height.intValue() + 140))));
        byte[] png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
        browser.manage().window().setSize(before);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, png);
        assertThat(png.length).as(file + " 不应是空白图").isGreaterThan(10_000);
    }

    private List<String> severeConsoleMessages() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }
}
