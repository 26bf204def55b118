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
package io.rstreams.samples.replication;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Counts the orders seen on the replica bus, prints a summary, and ends the sample when
 * all of them arrived.
 */
public class ReplicationProgress {

	private static final Logger log = LoggerFactory.getLogger("replication");

	private final int orders;

	private final boolean exitWhenDone;

	private final ConfigurableApplicationContext context;

	private final List<String> replicated = new CopyOnWriteArrayList<>();

	private final AtomicBoolean done = new AtomicBoolean();

	public ReplicationProgress(int orders, boolean exitWhenDone, ConfigurableApplicationContext context) {
		this.orders = orders;
		this.exitWhenDone = exitWhenDone;
		this.context = context;
	}

	public int orders() {
		return orders;
	}

	/** The order ids seen on the replica bus, in the order they arrived. */
	public List<String> replicated() {
		return replicated;
	}

	public boolean isDone() {
		return done.get();
	}

	void arrived(String orderId) {
		replicated.add(orderId);
		if (replicated.size() >= orders && done.compareAndSet(false, true)) {
			log.info("Done: {} orders written to ProdBus arrived on ReplicaBus.", replicated.size());
			if (exitWhenDone) {
				Thread exit = new Thread(() -> System.exit(SpringApplication.exit(context, () -> 0)), "sample-exit");
				exit.start();
			}
		}
	}

}
