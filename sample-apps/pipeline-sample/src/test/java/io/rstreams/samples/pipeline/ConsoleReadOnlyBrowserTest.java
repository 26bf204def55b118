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

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console in a browser with its default, read-only: the page says so, and pausing a
 * binding is refused with the server's reason and changes nothing.
 */
class ConsoleReadOnlyBrowserTest {

	static RunningSample sample;

	static ChromeBrowser browser;

	@BeforeAll
	static void start() throws Exception {
		ChromeBrowser.assumeInstalled();
		sample = RunningSample.start(2, false);
		browser = ChromeBrowser.start();
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.close();
		}
		if (sample != null) {
			sample.close();
		}
	}

	@Test
	void pauseIsRefusedWhenWritesAreNotEnabled() {
		browser.open(sample.url("#/bot/invoice-bot"));
		assertThat(browser.text("#mode")).isEqualTo("read-only");
		assertThat(browser.text("#actions-mode")).contains("Read-only console");
		browser.click("#pause-invoiceBot-in-0");
		await().atMost(Duration.ofSeconds(20))
			.ignoreExceptions()
			.until(() -> browser.text("#action-status").startsWith("Refused:"));
		assertThat(browser.text("#action-status")).contains("read-only",
				"spring.cloud.stream.rstreams.console.write-enabled=true", "Nothing was changed");
		assertThat(sample.state("invoiceBot-in-0")).isEqualTo("RUNNING");
		browser.screenshot("bot-refused");
	}

}
