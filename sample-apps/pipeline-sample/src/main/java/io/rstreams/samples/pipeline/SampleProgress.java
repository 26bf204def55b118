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

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Counts what reached the end of the pipeline, prints a summary, and ends the sample when
 * all of it did.
 */
public class SampleProgress {

	private static final Logger log = LoggerFactory.getLogger("pipeline");

	private final int orders;

	private final boolean exitWhenDone;

	private final ConfigurableApplicationContext context;

	private final List<Invoice> audited = new CopyOnWriteArrayList<>();

	private final List<DailyTotal> totals = new CopyOnWriteArrayList<>();

	private final AtomicBoolean done = new AtomicBoolean();

	public SampleProgress(int orders, boolean exitWhenDone, ConfigurableApplicationContext context) {
		this.orders = orders;
		this.exitWhenDone = exitWhenDone;
		this.context = context;
	}

	public int orders() {
		return orders;
	}

	public List<Invoice> audited() {
		return audited;
	}

	public List<DailyTotal> totals() {
		return totals;
	}

	void audited(Invoice invoice) {
		audited.add(invoice);
		checkDone();
	}

	void totalled(DailyTotal total) {
		totals.add(total);
		checkDone();
	}

	public boolean isDone() {
		return done.get();
	}

	private void checkDone() {
		int totalled = totals.stream().mapToInt(DailyTotal::invoices).sum();
		if (orders > 0 && audited.size() >= orders && totalled >= orders && done.compareAndSet(false, true)) {
			double sum = audited.stream().mapToDouble(Invoice::total).sum();
			log.info("Done: {} orders -> {} invoices audited (total {}) and totalled in {} batch(es).", orders,
					audited.size(), Math.round(sum * 100) / 100.0, totals.size());
			if (exitWhenDone) {
				Thread exit = new Thread(() -> System.exit(SpringApplication.exit(context, () -> 0)), "sample-exit");
				exit.start();
			}
		}
	}

}
