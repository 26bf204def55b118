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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import io.rstreams.localbus.LocalBus;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.Message;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Java bots for the interop tests, as plain Spring functions;
 * {@code spring.cloud.function.definition} picks the ones a test runs and its properties
 * bind them to queues (see {@link JavaBots}).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class InteropBotsApplication {

	/** Payloads the {@code source} Supplier writes, one per poll. */
	public static final class Outbox {

		private final Queue<Map<String, Object>> pending = new ConcurrentLinkedQueue<>();

		public void add(List<Map<String, Object>> payloads) {
			pending.addAll(payloads);
		}

		Map<String, Object> poll() {
			return pending.poll();
		}

	}

	/** What each consumer received, by function name. */
	public static final class Inbox {

		private final Map<String, List<Message<Map<String, Object>>>> received = new ConcurrentHashMap<>();

		public List<Message<Map<String, Object>>> of(String consumer) {
			return received.computeIfAbsent(consumer, k -> new CopyOnWriteArrayList<>());
		}

	}

	@Bean
	AwsCredentialsProvider localCredentials() {
		return StaticCredentialsProvider.create(AwsBasicCredentials.create(LocalBus.ACCESS_KEY, LocalBus.SECRET_KEY));
	}

	@Bean
	Outbox outbox() {
		return new Outbox();
	}

	@Bean
	Inbox inbox() {
		return new Inbox();
	}

	@Bean
	Supplier<Map<String, Object>> source(Outbox outbox) {
		return outbox::poll;
	}

	/** A Function bot: the payload with {@code seenByJava: true} added. */
	@Bean
	Function<Map<String, Object>, Map<String, Object>> javaEnrich() {
		return payload -> {
			Map<String, Object> out = new LinkedHashMap<>(payload);
			out.put("seenByJava", true);
			return out;
		};
	}

	@Bean
	Consumer<Message<Map<String, Object>>> collectA(Inbox inbox) {
		return inbox.of("collectA")::add;
	}

	@Bean
	Consumer<Message<Map<String, Object>>> collectB(Inbox inbox) {
		return inbox.of("collectB")::add;
	}

	@Bean
	Consumer<Message<Map<String, Object>>> collectC(Inbox inbox) {
		return inbox.of("collectC")::add;
	}

	@Bean
	Consumer<Message<Map<String, Object>>> collectD(Inbox inbox) {
		return inbox.of("collectD")::add;
	}

}
