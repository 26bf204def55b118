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
package io.rstreams.binder;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.rstreams.client.Event;
import io.rstreams.localbus.LocalBus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the application logs while it handles an event carries the binding, bot, queue and
 * eid in the MDC (that they are removed afterwards: {@code DeliveryMdcTest}).
 */
@SpringBootTest(classes = LoggingContextTest.App.class,
		properties = { "spring.cloud.function.definition=audit",
				"spring.cloud.stream.bindings.audit-in-0.destination=audited",
				"spring.cloud.stream.bindings.audit-in-0.group=audit-bot",
				"spring.cloud.stream.rstreams.default.consumer.start=beginning",
				"spring.cloud.stream.rstreams.default.consumer.poll-interval=100ms" })
class LoggingContextTest {

	static final org.slf4j.Logger log = LoggerFactory.getLogger("io.rstreams.test.audit");

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(LocalBusSupport.LocalBusBeans.class)
	static class App {

		@Bean
		Consumer<Map<String, Object>> audit() {
			return m -> {
				log.info("audited {}", m.get("n"));
			};
		}

	}

	@Autowired
	LocalBus bus;

	final ListAppender<ILoggingEvent> lines = new ListAppender<>();

	@BeforeEach
	void capture() {
		lines.start();
		((Logger) LoggerFactory.getLogger("io.rstreams.test.audit")).addAppender(lines);
	}

	@AfterEach
	void release() {
		((Logger) LoggerFactory.getLogger("io.rstreams.test.audit")).detachAppender(lines);
	}

	@Test
	void theApplicationsLogLinesSayWhichEventTheyAreAbout() {
		LocalBusSupport.write(bus, "audited", "p", List.of("{\"n\":1}", "{\"n\":2}"));
		List<Event> events = LocalBusSupport.readAll(bus, "audited");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> lines.list.stream().filter(l -> l.getFormattedMessage().startsWith("audited")).count() == 2);

		ILoggingEvent second = lines.list.stream()
			.filter(l -> l.getFormattedMessage().equals("audited 2"))
			.findFirst()
			.orElseThrow();
		assertThat(second.getMDCPropertyMap()).containsEntry("rstreams.binding", "audit-in-0")
			.containsEntry("rstreams.bot", "audit-bot")
			.containsEntry("rstreams.queue", "audited")
			.containsEntry("rstreams.eid", events.get(1).eid());
	}

}
