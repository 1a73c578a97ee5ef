package com.channelportal.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Debian's chromedriver. Selenium Manager would try to
 * download a browser, which this network refuses, so both paths are given explicitly.
 */
public final class Browser implements AutoCloseable {

  private static final String CHROMIUM = System.getProperty("it.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER =
      System.getProperty("it.chromedriver", "/usr/bin/chromedriver");

  private final ChromeDriver driver;
  private final WebDriverWait wait;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  /** A fresh browser (no cookies) that asks for pages in the given language, e.g. "en-US". */
  public static Browser open(String acceptLanguage) {
    var options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--lang=" + acceptLanguage);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
    var service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new java.io.File(CHROMEDRIVER))
            .build();
    return new Browser(new ChromeDriver(service, options));
  }

  public WebDriver driver() {
    return driver;
  }

  public void go(String url) {
    driver.get(url);
  }

  public WebElement waitFor(By by) {
    try {
      return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "Not visible: " + by + " on " + driver.getCurrentUrl() + "\n" + visibleText(), e);
    }
  }

  /** What the user would see, for failure messages (the DOM of a Vaadin page says little). */
  public String visibleText() {
    var text = String.valueOf(script("return document.body ? document.body.innerText : ''"));
    return text.length() > 1500 ? text.substring(0, 1500) : text;
  }

  public void waitForUrlStartingWith(String prefix) {
    wait.until(d -> d.getCurrentUrl().startsWith(prefix));
  }

  public List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  /** Waits until Vaadin has no request in flight, instead of sleeping. */
  public void waitForVaadin() {
    wait.until(
        d ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients"
                            + " && Object.values(window.Vaadin.Flow.clients)"
                            + ".every(c => !c.isActive || !c.isActive());")));
  }

  public Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** Saves what the browser shows to target/screenshots/NAME.png, for people reading a CI run. */
  public void screenshot(String name) {
    try {
      var dir = java.nio.file.Path.of("target", "screenshots");
      java.nio.file.Files.createDirectories(dir);
      var png = driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
      java.nio.file.Files.write(dir.resolve(name + ".png"), png);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
