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
package io.rstreams.binder.inbound;

import java.util.concurrent.Executor;

import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The threads of one consumer binding: the reader's (one per start), the lease renewals',
 * and with {@code concurrency > 1} the workers'.
 *
 * @param reader runs the reader loop
 * @param leases renews the lease
 * @param workers handles a poll's events by key, or {@code null} with concurrency 1
 */
public record ConsumerThreads(TaskExecutor reader, TaskScheduler leases, Executor workers) {

	/**
	 * The default threads of a binding, named {@code rstreams-<binding>-N},
	 * {@code -lease-N}, {@code -worker-N}. The reader's thread is not a daemon: like a
	 * message listener container, a reading binding keeps the application running; the
	 * others only serve it.
	 */
	public static ConsumerThreads defaults(String bindingName, int concurrency) {
		SimpleAsyncTaskExecutor reader = new SimpleAsyncTaskExecutor("rstreams-" + bindingName + "-");
		ThreadPoolTaskScheduler leases = new ThreadPoolTaskScheduler();
		leases.setThreadNamePrefix("rstreams-" + bindingName + "-lease-");
		leases.setDaemon(true);
		leases.setRemoveOnCancelPolicy(true);
		leases.initialize();
		ThreadPoolTaskExecutor workers = null;
		if (concurrency > 1) {
			workers = new ThreadPoolTaskExecutor();
			workers.setThreadNamePrefix("rstreams-" + bindingName + "-worker-");
			workers.setCorePoolSize(concurrency);
			workers.setMaxPoolSize(concurrency);
			workers.setDaemon(true);
			workers.initialize();
		}
		return new ConsumerThreads(reader, leases, workers);
	}

	/**
	 * Ends the lease and worker threads, once the binding is gone (for threads made by
	 * {@link #defaults}).
	 */
	public void shutdown() {
		if (leases instanceof ThreadPoolTaskScheduler scheduler) {
			scheduler.shutdown();
		}
		if (workers instanceof ThreadPoolTaskExecutor executor) {
			executor.shutdown();
		}
	}
}
