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

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.rstreams.client.BusConfig;
import io.rstreams.localbus.LocalBus;
import io.rstreams.localbus.kinesis.KinesisFeed;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts Spring Cloud Stream applications on the real write path: the binder is
 * configured with the bus's resource names and the endpoints of its DynamoDB/S3 API and
 * of the Kinesis API it polls ({@code spring.cloud.stream.rstreams.bus.*}), exactly as an
 * application joining a standalone local bus would be. Nothing is embedded: the
 * application writes PutRecords to Kinesis and the bus's poller stores the events.
 */
public final class JavaBots {

	private JavaBots() {
	}

	/** Properties from alternating keys and values. */
	public static Map<String, String> properties(String... keysAndValues) {
		if (keysAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("keys and values alternate");
		}
		Map<String, String> p = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			p.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return p;
	}

	/**
	 * The binder properties for a bus whose tables are at {@code dynamoAndS3} and stream
	 * at {@code kinesis}.
	 */
	public static Map<String, String> busProperties(BusConfig c, URI dynamoAndS3, URI kinesis) {
		Map<String, String> p = new LinkedHashMap<>();
		String bus = "spring.cloud.stream.rstreams.bus.";
		p.put(bus + "region", c.region());
		p.put(bus + "leo-stream", c.leoStream());
		p.put(bus + "leo-cron", c.leoCron());
		p.put(bus + "leo-event", c.leoEvent());
		p.put(bus + "leo-settings", c.leoSettings());
		p.put(bus + "leo-system", c.leoSystem());
		p.put(bus + "leo-s3", c.leoS3());
		p.put(bus + "leo-kinesis-stream", c.leoKinesisStream());
		p.put(bus + "leo-firehose-stream", c.leoFirehoseStream());
		p.put(bus + "endpoints.dynamodb", dynamoAndS3.toString());
		p.put(bus + "endpoints.s3", dynamoAndS3.toString());
		p.put(bus + "endpoints.kinesis", kinesis.toString());
		return p;
	}

	public static Map<String, String> busProperties(LocalBus bus) {
		KinesisFeed feed = bus.kinesisFeed()
			.orElseThrow(() -> new IllegalStateException("The bus polls no Kinesis API"));
		return busProperties(bus.config(), bus.endpoint(), feed.endpoint());
	}

	/**
	 * Runs {@link InteropBotsApplication} with the functions of {@code definition} (e.g.
	 * {@code "source;collectA"}) and the given bindings, on {@code bus}.
	 */
	public static ConfigurableApplicationContext start(LocalBus bus, String definition, Map<String, String> properties,
			Class<?>... extraSources) {
		Map<String, String> p = new LinkedHashMap<>(busProperties(bus));
		p.put("spring.config.name", "interop-bots");
		p.put("spring.cloud.function.definition", definition);
		p.put("spring.cloud.stream.poller.fixed-delay", "100");
		p.put("spring.cloud.stream.rstreams.default.consumer.poll-interval", "100ms");
		p.put("spring.cloud.stream.rstreams.default.producer.linger", "20ms");
		p.putAll(properties);
		List<Class<?>> sources = new ArrayList<>(List.of(InteropBotsApplication.class));
		sources.addAll(List.of(extraSources));
		return run(sources, p);
	}

	/**
	 * Runs any application (e.g. the pipeline sample, unchanged) with {@code properties}
	 * on the command line.
	 */
	public static ConfigurableApplicationContext run(List<Class<?>> sources, Map<String, String> properties) {
		String[] args = properties.entrySet()
			.stream()
			.map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).web(WebApplicationType.NONE).run(args);
	}

}
