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
package io.rstreams.test.autoconfigure;

import java.time.Duration;

import io.rstreams.autoconfigure.RStreamsLocalBusAutoConfiguration;
import io.rstreams.autoconfigure.ResolvedBus;
import io.rstreams.binder.RStreamsBusConnection;
import io.rstreams.client.aws.S3ObjectStore;
import io.rstreams.localbus.LocalBus;
import io.rstreams.localbus.faults.FaultInjector;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * With a {@link FaultInjector} bean in the test's configuration, the binder reaches the
 * embedded bus through it: DynamoDB and S3 over HTTP through
 * {@link FaultInjector#httpClient}, Kinesis through {@link FaultInjector#kinesis} around
 * the bus's in-process stream. The test's own writes and reads through
 * {@code RStreamsTestBus} stay clean, so a test injects faults into the bot alone. It
 * comes before {@link RStreamsLocalBusAutoConfiguration}, whose connection then backs
 * off.
 */
@AutoConfiguration(before = RStreamsLocalBusAutoConfiguration.class)
@ConditionalOnBean(FaultInjector.class)
public class FaultyBusConnectionConfiguration {

	/**
	 * Per attempt, so that an injected timeout costs the bot seconds, not the SDK's
	 * default minutes.
	 */
	static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(2);

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	FaultyBusClients rstreamsFaultyBusClients(LocalBus bus, FaultInjector faults) {
		return new FaultyBusClients(bus, faults, ATTEMPT_TIMEOUT);
	}

	@Bean
	@ConditionalOnMissingBean
	RStreamsBusConnection rstreamsBusConnection(LocalBus bus, ResolvedBus resolved, FaultInjector faults,
			FaultyBusClients clients) {
		return new RStreamsBusConnection(bus.config(), clients.dynamo(),
				new S3ObjectStore(clients.s3(), RStreamsBusConnection.DEFAULT_CALL_TIMEOUT),
				faults.kinesis(bus.kinesis()), null, null, bus.options().clock(),
				resolved.origin() + ", behind a fault injector", RStreamsBusConnection.DEFAULT_CALL_TIMEOUT, true);
	}

}
