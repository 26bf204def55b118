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
package io.rstreams.localbus.faults;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import io.rstreams.client.aws.KinesisTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;

/**
 * Injects AWS faults between the binder's clients and a bus: wrap an
 * {@link SdkAsyncHttpClient} (DynamoDB, S3, Kinesis, Firehose over HTTP) with
 * {@link #httpClient(SdkAsyncHttpClient)}, or the embedded bus's in-process Kinesis with
 * {@link #kinesis(KinesisTransport)}, then {@link #add(FaultRule)} rules while the code
 * under test runs.
 *
 * <p>
 * Operations are named {@code <Service>.<Operation>} as AWS names them
 * ({@code DynamoDB.UpdateItem}, {@code Kinesis.PutRecords}, {@code S3.GetObject},
 * {@code S3.HeadBucket}). The first active rule that fires decides a call's fault.
 * {@link #calls()} and {@link #injected()} count what happened, for assertions and
 * reports. The seed (constructor, or the system property {@code rstreams.faults.seed})
 * makes rate decisions replayable.
 */
public final class FaultInjector implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(FaultInjector.class);

	private static final AtomicInteger THREADS = new AtomicInteger();

	private final long seed;

	private final List<FaultRule> rules = new CopyOnWriteArrayList<>();

	private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();

	private final Map<String, LongAdder> injected = new ConcurrentHashMap<>();

	private final AtomicInteger added = new AtomicInteger();

	private final ScheduledExecutorService timers;

	public FaultInjector(long seed) {
		this.seed = Long.getLong("rstreams.faults.seed", seed);
		this.timers = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "rstreams-faults-" + THREADS.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
		log.info("Fault injector seed {} (replay with -Drstreams.faults.seed={})", this.seed, this.seed);
	}

	public long seed() {
		return seed;
	}

	/**
	 * Adds a rule; it is active at once. Returns it, so the test can
	 * {@link FaultRule#disable()} it later.
	 */
	public FaultRule add(FaultRule rule) {
		rule.activate(seed, added.getAndIncrement());
		rules.add(rule);
		log.info("Injecting {}", rule);
		return rule;
	}

	/** Removes every rule: calls go through unchanged from now on. */
	public void clear() {
		rules.forEach(FaultRule::disable);
		rules.clear();
	}

	/**
	 * An HTTP client that sends through {@code delegate}, except when a rule says
	 * otherwise.
	 */
	public SdkAsyncHttpClient httpClient(SdkAsyncHttpClient delegate) {
		return new FaultInjectingHttpClient(delegate, this);
	}

	/**
	 * A Kinesis transport over {@code delegate} that fails {@code Kinesis.PutRecords} as
	 * the rules say.
	 */
	public KinesisTransport kinesis(KinesisTransport delegate) {
		return new FaultInjectingKinesis(delegate, this);
	}

	/** The fault for one call of {@code operation}, counting the call. */
	Optional<FaultRule> decide(String operation) {
		calls.computeIfAbsent(operation, k -> new LongAdder()).increment();
		for (FaultRule rule : rules) {
			if (rule.fires(operation)) {
				injected.computeIfAbsent(operation + " " + rule.fault(), k -> new LongAdder()).increment();
				return Optional.of(rule);
			}
		}
		return Optional.empty();
	}

	ScheduledExecutorService timers() {
		return timers;
	}

	/** Calls seen per operation. */
	public Map<String, Long> calls() {
		return snapshot(calls);
	}

	/** Faults injected per {@code "<operation> <FAULT>"}. */
	public Map<String, Long> injected() {
		return snapshot(injected);
	}

	/** Faults injected in total. */
	public long injectedTotal() {
		return injected.values().stream().mapToLong(LongAdder::sum).sum();
	}

	/** Calls seen in total. */
	public long callsTotal() {
		return calls.values().stream().mapToLong(LongAdder::sum).sum();
	}

	private static Map<String, Long> snapshot(Map<String, LongAdder> counters) {
		Map<String, Long> out = new TreeMap<>();
		counters.forEach((k, v) -> out.put(k, v.sum()));
		return out;
	}

	@Override
	public void close() {
		clear();
		timers.shutdownNow();
	}

}
