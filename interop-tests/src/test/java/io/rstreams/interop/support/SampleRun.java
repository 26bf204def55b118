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
package io.rstreams.interop.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.rstreams.client.Correlation;
import io.rstreams.client.Event;
import io.rstreams.client.checkpoint.Checkpointer;
import io.rstreams.client.read.QueueReader;
import io.rstreams.samples.pipeline.DailyTotal;
import io.rstreams.samples.pipeline.PipelineSampleApplication;
import io.rstreams.samples.pipeline.SampleProgress;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pipeline sample, unchanged, on a bus reached through its endpoints (the real write
 * path), and what it must have done: orders correlated to invoices, invoices audited and
 * totalled, every bot checkpointed at the end.
 */
public final class SampleRun {

	public static final int ORDERS = 12;

	private SampleRun() {
	}

	/**
	 * Credentials for the emulators, given as a bean as an application would (the sample
	 * declares none).
	 */
	@Configuration(proxyBeanMethods = false)
	static class Credentials {

		static String accessKey = "local";
		static String secretKey = "local";

		@Bean
		AwsCredentialsProvider emulatorCredentials() {
			return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey));
		}

	}

	/**
	 * Runs the sample with {@code busProperties} (names and endpoints) and waits until it
	 * says it is done.
	 */
	public static ConfigurableApplicationContext run(Map<String, String> busProperties, String accessKey,
			String secretKey) {
		Credentials.accessKey = accessKey;
		Credentials.secretKey = secretKey;
		Map<String, String> p = new java.util.LinkedHashMap<>(busProperties);
		p.put("sample.orders", String.valueOf(ORDERS));
		p.put("sample.exit-when-done", "false");
		ConfigurableApplicationContext app = JavaBots.run(List.of(PipelineSampleApplication.class, Credentials.class),
				p);
		SampleProgress progress = app.getBean(SampleProgress.class);
		await().atMost(Duration.ofSeconds(90)).until(progress::isDone);
		return app;
	}

	/**
	 * What the sample must have written and checkpointed (as the sample's own test checks
	 * on the embedded bus).
	 */
	public static void assertPipelineDone(ConfigurableApplicationContext app, QueueReader reader,
			Checkpointer checkpoints) {
		SampleProgress progress = app.getBean(SampleProgress.class);
		List<Event> orders = Queues.readAll(reader, "orders");
		List<Event> invoices = Queues.readAll(reader, "invoices");
		assertThat(orders).hasSize(ORDERS);
		assertThat(invoices).hasSize(ORDERS);
		assertThat(orders).extracting(Event::id).containsOnly("orderSource");
		assertThat(invoices).extracting(Event::id).containsOnly("invoice-bot");
		for (int i = 0; i < ORDERS; i++) {
			assertThat(invoices.get(i).correlationId()).isEqualTo(Correlation.of(orders.get(i)));
			assertThat(invoices.get(i).eventSourceTimestamp()).isEqualTo(orders.get(i).eventSourceTimestamp());
			assertThat(invoices.get(i).payload().get("orderId").asString()).isEqualTo("O-" + (i + 1));
		}
		assertThat(progress.audited()).hasSize(ORDERS);
		assertThat(progress.totals().stream().mapToInt(DailyTotal::invoices).sum()).isEqualTo(ORDERS);
		String lastInvoice = invoices.get(ORDERS - 1).eid();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> lastInvoice.equals(checkpoints.readCheckpoint("audit-bot", "invoices"))
					&& lastInvoice.equals(checkpoints.readCheckpoint("daily-totals-bot", "invoices")));
		assertThat(checkpoints.readCheckpoint("invoice-bot", "orders")).isEqualTo(orders.get(ORDERS - 1).eid());
	}

}
