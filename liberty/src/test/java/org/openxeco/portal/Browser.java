package org.openxeco.portal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openxeco.it.Node;

/**
 * One headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) with a fresh
 * profile, pointed at the test node (or at another node given by its base URL). Close it
 * after use.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("it.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("it.chromedriver", "/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of(System.getProperty("it.screenshots",
            "target/screenshots"));

    private final String base;
    private final Path profile;
    private final ChromeDriver driver;

    private Browser(String base, int width, int height) {
        this.base = base;
        try {
            profile = Files.createTempDirectory("openxeco-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--lang=en-GB",
                "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** A desktop-sized browser (1280 × 900). */
    public static Browser desktop() {
        return new Browser(Node.BASE_URL, 1280, 900);
    }

    /** A desktop-sized browser for the node at another base URL. */
    public static Browser desktopAt(String baseUrl) {
        return new Browser(baseUrl.replaceFirst("/+$", ""), 1280, 900);
    }

    /** A phone-sized browser (390 × 844). */
    public static Browser phone() {
        return new Browser(Node.BASE_URL, 390, 844);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the node, e.g. {@code /admin/}. */
    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    /** Signs in through the sign-in page and waits for the page that follows. */
    public Browser signIn(String username, String password) {
        open("/login.xhtml");
        return submitSignIn(username, password);
    }

    /** Fills in and sends the sign-in form shown now. */
    public Browser submitSignIn(String username, String password) {
        type(By.id("sign-in:username"), username);
        type(By.id("sign-in:password"), password);
        String before = driver.getCurrentUrl();
        click(By.id("sign-in:submit"));
        waitFor(d -> !d.getCurrentUrl().equals(before)
                || !d.findElements(By.cssSelector(".ui-messages-error")).isEmpty());
        return this;
    }

    /** Signs in as the node's administrator. */
    public Browser signInAsAdmin() {
        return signIn(Node.ADMIN_USER, Node.ADMIN_PASSWORD);
    }

    public WebElement find(By by) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /** Replaces the text of an input. */
    public Browser type(By by, String text) {
        WebElement input = find(by);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    public Browser click(By by) {
        waitFor(ExpectedConditions.elementToBeClickable(by)).click();
        return this;
    }

    /**
     * Waits up to 15 seconds for a condition and returns its value. On a timeout, keeps a
     * screenshot of the page and puts its text in the failure.
     */
    public <T> T waitFor(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(15))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> {
                        try {
                            return condition.apply(d);
                        } catch (WebDriverException e) {
                            if (replacedNode(e)) {
                                return null;
                            }
                            throw e;
                        }
                    });
        } catch (TimeoutException e) {
            Path shot = screenshot("failure-" + System.currentTimeMillis());
            throw new TimeoutException("Waited in vain on " + driver.getCurrentUrl()
                    + " (screenshot " + shot + "); the page says:\n" + text(), e);
        }
    }

    /**
     * Whether an error says that the element was replaced while it was being read: Chromium
     * reports an element swapped by an ajax update between finding it and asking whether it
     * is shown as an inspector error, not as a stale element.
     */
    private static boolean replacedNode(WebDriverException e) {
        return e instanceof StaleElementReferenceException || e.getMessage() != null
                && e.getMessage().contains("does not belong to the document");
    }

    /** Waits until no PrimeFaces ajax request is running. */
    public Browser awaitAjax() {
        waitFor(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
        return this;
    }

    /** The visible text of the page body. */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Saves a screenshot of the current page as {@code <name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target,
                    StandardCopyOption.REPLACE_EXISTING);
            return target;
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
            } catch (IOException e) {
                // a left-over temporary profile does no harm
            }
        }
    }
}
