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
package io.rstreams.interop.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.rstreams.autoconfigure.RStreamsClientCustomizer;
import io.rstreams.client.Event;
import io.rstreams.interop.support.InteropExtension;
import io.rstreams.interop.support.JavaBots;
import io.rstreams.localbus.LocalBus;
import io.rstreams.localbus.faults.Fault;
import io.rstreams.localbus.faults.FaultInjector;
import io.rstreams.localbus.faults.FaultMix;
import io.rstreams.localbus.faults.FaultRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.http.Protocol;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClientBuilder;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClientBuilder;
import software.amazon.awssdk.services.s3.S3AsyncClientBuilder;

/**
 * The real write path under faults: a {@code Function} bot configured as an application
 * joining a standalone bus (its DynamoDB and S3 API, and kinesis-local polled by the
 * bus), every AWS call of the bot over HTTP through the fault injector, installed the way
 * an application would with an {@link RStreamsClientCustomizer}. Kinesis here speaks
 * CBOR, so the injected refusals must parse as the real ones do.
 */
@ExtendWith(InteropExtension.class)
class HttpFaultsTest {

	private static final Logger log = LoggerFactory.getLogger(HttpFaultsTest.class);

	static final FaultInjector FAULTS = new FaultInjector(20261202);

	/**
	 * Every AWS client of the bot through the fault injector, with a short attempt
	 * timeout.
	 */
	@Configuration(proxyBeanMethods = false)
	static class FaultyClients {

		@Bean(destroyMethod = "close")
		SdkAsyncHttpClient faultyHttp() {
			return FAULTS.httpClient(NettyNioAsyncHttpClient.builder().protocol(Protocol.HTTP1_1).build());
		}

		@Bean
		RStreamsClientCustomizer faultyClients(SdkAsyncHttpClient faultyHttp) {
			return new RStreamsClientCustomizer() {
				@Override
				public void customize(DynamoDbAsyncClientBuilder builder) {
					builder.httpClient(faultyHttp)
						.overrideConfiguration(c -> c.apiCallAttemptTimeout(Duration.ofSeconds(2)));
				}

				@Override
				public void customize(KinesisAsyncClientBuilder builder) {
					builder.httpClient(faultyHttp)
						.overrideConfiguration(c -> c.apiCallAttemptTimeout(Duration.ofSeconds(2)));
				}

				@Override
				public void customize(S3AsyncClientBuilder builder) {
					builder.httpClient(faultyHttp)
						.overrideConfiguration(c -> c.apiCallAttemptTimeout(Duration.ofSeconds(2)));
				}
			};
		}

	}

	@Test
	void aFaultMixOnEveryCallOfABotOnTheRealWritePath(LocalBus bus) {
		String name = "http";
		List<Event> inputs = Relayed.writeInputs(bus, name + "-in", 5_000);
		String last = inputs.get(inputs.size() - 1).eid();
		// a read stays open across polls, so reads are a few calls per catch-up: they get
		// rules of their own, or a run could pass without a failed read
		FAULTS.add(FaultRule.count("DynamoDB.Query", Fault.RESET_AFTER, 1));
		FAULTS.add(FaultRule.rate("DynamoDB.Query", Fault.SERVER_ERROR, 0.2));
		FaultMix.onEveryCall(FAULTS);
		Map<String, String> p = new LinkedHashMap<>();
		p.put("spring.cloud.stream.bindings.relay-in-0.destination", name + "-in");
		p.put("spring.cloud.stream.bindings.relay-in-0.group", name + "-bot");
		p.put("spring.cloud.stream.bindings.relay-out-0.destination", name + "-out");
		p.put("spring.cloud.stream.rstreams.default.consumer.start", "beginning");
		p.put("spring.cloud.stream.rstreams.default.consumer.batch-size", "100");
		p.put("spring.cloud.stream.rstreams.default.consumer.error-backoff", "50ms");
		p.put("spring.cloud.stream.rstreams.default.consumer.lease-duration", "30s");
		p.put("spring.cloud.stream.rstreams.bus.verify", "false");
		try (ConfigurableApplicationContext app = JavaBots.start(bus, "relay", p, RelayChildApp.class,
				FaultyClients.class)) {
			await().atMost(Duration.ofSeconds(240))
				.pollInterval(Duration.ofMillis(200))
				.until(() -> last.equals(bus.checkpointer().readCheckpoint(name + "-bot", name + "-in")));
		}
		finally {
			FAULTS.clear();
		}
		Relayed.Verdict verdict = Relayed.Verdict.settled(bus, name + "-in", name + "-out", inputs);
		double share = (double) FAULTS.injectedTotal() / FAULTS.callsTotal();
		log.info("Fault mix over HTTP on the real write path: {} calls, {} faults ({}%), {}; injected {}",
				FAULTS.callsTotal(), FAULTS.injectedTotal(), Math.round(share * 1000) / 10.0, verdict,
				FAULTS.injected());
		assertThat(FAULTS.injected().keySet()).anyMatch(k -> k.startsWith("Kinesis.PutRecords "))
			.anyMatch(k -> k.startsWith("DynamoDB.Query "))
			.anyMatch(k -> k.startsWith("DynamoDB.UpdateItem "));
		assertThat(share).isGreaterThanOrEqualTo(FaultMix.minimumShare(FAULTS.callsTotal()));
		assertThat(verdict.lost()).as("inputs without an output").isEmpty();
		assertThat(verdict.mismatched()).isEmpty();
		assertThat((long) verdict.duplicates()).isLessThanOrEqualTo(FAULTS.injectedTotal() * 2 * 100);
	}

}
