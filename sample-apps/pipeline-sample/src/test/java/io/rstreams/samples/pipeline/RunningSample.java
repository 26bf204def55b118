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

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.rstreams.autoconfigure.RStreamsConsole;
import io.rstreams.binder.channel.RStreamsMessageChannelBinder;
import io.rstreams.client.Event;
import io.rstreams.client.read.EventStream;
import io.rstreams.client.read.ReadEntry;
import io.rstreams.client.read.ReadPosition;
import io.rstreams.client.read.ReadRequest;
import io.rstreams.localbus.LocalBus;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.cloud.stream.binder.BinderFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.messaging.MessageChannel;

import static org.awaitility.Awaitility.await;

/**
 * The sample pipeline started as an application is (SpringApplication, the embedded bus,
 * the console it serves), for the console's browser tests.
 */
final class RunningSample implements AutoCloseable {

	final ConfigurableApplicationContext app;

	final LocalBus bus;

	final URI console;

	private RunningSample(ConfigurableApplicationContext app) {
		this.app = app;
		this.bus = app.getBean(LocalBus.class);
		this.console = app.getBean(RStreamsConsole.class).url();
	}

	/** Starts the sample and waits until its {@code orders} orders were audited. */
	static RunningSample start(int orders, boolean writeEnabled) {
		ConfigurableApplicationContext app = new SpringApplicationBuilder(PipelineSampleApplication.class)
			.web(WebApplicationType.NONE)
			.properties("sample.orders=" + orders, "sample.exit-when-done=false",
					"spring.cloud.stream.poller.fixed-delay=100", "spring.cloud.stream.rstreams.console.enabled=true",
					"spring.cloud.stream.rstreams.console.write-enabled=" + writeEnabled)
			.run();
		RunningSample sample = new RunningSample(app);
		await().atMost(Duration.ofSeconds(90)).until(() -> sample.events("audits").size() >= orders);
		return sample;
	}

	List<Event> events(String queue) {
		List<Event> events = new ArrayList<>();
		var info = bus.reader().queueInfo(queue);
		if (info == null) {
			return events;
		}
		try (EventStream stream = bus.reader().read(ReadRequest.of(queue, ReadPosition.BEGINNING, info.maxEid()))) {
			stream.forEachRemaining(e -> events.add(((ReadEntry.Ok) e).event()));
		}
		return events;
	}

	String state(String binding) {
		RStreamsMessageChannelBinder binder = (RStreamsMessageChannelBinder) app.getBean(BinderFactory.class)
			.getBinder("rstreams", MessageChannel.class);
		return binder.consumerBindings().get(binding).state().name();
	}

	String url(String hash) {
		return console.resolve("/" + hash).toString();
	}

	@Override
	public void close() {
		app.close();
	}

}
