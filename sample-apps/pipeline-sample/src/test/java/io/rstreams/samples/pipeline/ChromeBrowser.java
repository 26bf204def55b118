/*
 * Copyright 2026 the RStreams binder authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.rstreams.samples.pipeline;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The machine's headless Chromium, driven by its chromedriver (Debian packages
 * {@code chromium} and {@code chromium-driver}; {@code .ci/run} installs them when it
 * can). Without them the browser tests are skipped, saying so. Screenshots go to
 * {@code target/console-screenshots/}, for review.
 */
final class ChromeBrowser implements AutoCloseable {

	static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

	private static final String CHROMIUM = System.getProperty("console.test.chromium", "/usr/bin/chromium");

	private static final String CHROMEDRIVER = System.getProperty("console.test.chromedriver", "/usr/bin/chromedriver");

	private final ChromeDriver driver;

	private final Path profile;

	private ChromeBrowser(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/** Skips the calling test class when Chromium or chromedriver is absent. */
	static void assumeInstalled() {
		Assumptions.assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
				"Browser tests skipped: " + CHROMIUM + " and " + CHROMEDRIVER
						+ " are needed (apt-get install chromium chromium-driver)");
	}

	static ChromeBrowser start() throws IOException {
		Path profile = Files.createTempDirectory("console-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1440,1000", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
		return new ChromeBrowser(driver, profile);
	}

	ChromeDriver driver() {
		return driver;
	}

	void open(String url) {
		driver.get(url);
	}

	/** Waits until the page has an element for {@code css} and returns the first. */
	WebElement await(String css) {
		return await(css, Duration.ofSeconds(30));
	}

	WebElement await(String css, Duration timeout) {
		try {
			Awaitility.await()
				.atMost(timeout)
				.ignoreExceptions()
				.until(() -> !driver.findElements(By.cssSelector(css)).isEmpty());
		}
		catch (ConditionTimeoutException ex) {
			Path shot = screenshot("failed-" + css.replaceAll("[^A-Za-z0-9-]+", "_"));
			throw new AssertionError("No element '" + css + "' on " + driver.getCurrentUrl() + " within " + timeout
					+ " (screenshot " + shot + "); the page says: " + driver.findElement(By.tagName("body")).getText(),
					ex);
		}
		return driver.findElement(By.cssSelector(css));
	}

	/**
	 * An attribute of the first element for {@code css}, read again if the page's live
	 * refresh replaced the element meanwhile.
	 */
	String attribute(String css, String name) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.ignoreException(StaleElementReferenceException.class)
			.until(() -> Optional.ofNullable(await(css).getDomAttribute(name)), v -> true)
			.orElse(null);
	}

	/**
	 * Types {@code keys} into the first element for {@code css}, again if it was replaced
	 * meanwhile.
	 */
	void press(String css, CharSequence... keys) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.ignoreException(StaleElementReferenceException.class)
			.untilAsserted(() -> await(css).sendKeys(keys));
	}

	/**
	 * Clicks the first element for {@code css}, again if it was replaced before the
	 * click.
	 */
	void click(String css) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.ignoreException(StaleElementReferenceException.class)
			.untilAsserted(() -> await(css).click());
	}

	/** The text of the first element for {@code css}, as {@link #attribute} does. */
	String text(String css) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.ignoreException(StaleElementReferenceException.class)
			.until(() -> await(css).getText(), v -> true);
	}

	List<WebElement> all(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	/** Saves a PNG of the window as {@code target/console-screenshots/<name>.png}. */
	Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		driver.quit();
		try (var files = Files.walk(profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ignored) {
			// a leftover temporary profile is harmless
		}
	}

}
