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
package io.rstreams.benchmarks.apps;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.rstreams.benchmarks.support.ResultLine;
import io.rstreams.client.Json;
import tools.jackson.databind.node.ArrayNode;

/**
 * The heap in use after each garbage collection, from the collectors' notifications (the
 * pools' usage after the collection, heap pools only), with the number of events received
 * by then: whether a consumer's memory stays flat over a long read, without sampling
 * between collections (where the figure is only garbage not yet collected).
 */
final class HeapSampler {

	private static final long MB = 1024 * 1024;

	/** Points of the series printed in the result (the rest are summarised). */
	private static final int SERIES_POINTS = 12;

	private record Sample(long nanos, long events, long heapBytes) {
	}

	/** Added by the JMX notification thread. */
	private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();

	private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter(p -> p.getType() == MemoryType.HEAP)
		.map(MemoryPoolMXBean::getName)
		.collect(Collectors.toSet());

	private final List<NotificationEmitter> emitters = new ArrayList<>();

	private NotificationListener listener;

	/** Starts listening; {@code events} says how many were received so far. */
	void start(LongSupplier events) {
		listener = (Notification n, Object handback) -> {
			if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
				GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
					.from((CompositeData) n.getUserData());
				long used = 0;
				for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
					if (heapPools.contains(pool.getKey())) {
						used += pool.getValue().getUsed();
					}
				}
				samples.add(new Sample(System.nanoTime(), events.getAsLong(), used));
			}
		};
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (gc instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener(listener, null, null);
				emitters.add(emitter);
			}
		}
	}

	/**
	 * Stops listening and adds the summary of the samples taken from {@code fromNanos} on
	 * to {@code line}: count, first, last, min, max, the medians of the first and last
	 * thirds, whether it grows (last third's median over 125 % of the first's plus 8 MB)
	 * and a series of at most {@value #SERIES_POINTS} points [seconds since
	 * {@code fromNanos}, events, MB].
	 */
	void describe(ResultLine line, long fromNanos) {
		for (NotificationEmitter emitter : emitters) {
			try {
				emitter.removeNotificationListener(listener);
			}
			catch (ListenerNotFoundException ignored) {
				// not registered: nothing to remove
			}
		}
		List<Sample> taken = samples.stream().filter(s -> s.nanos() >= fromNanos).toList();
		line.put("maxHeapMb", Runtime.getRuntime().maxMemory() / MB);
		line.put("collectors",
				ManagementFactory.getGarbageCollectorMXBeans()
					.stream()
					.map(GarbageCollectorMXBean::getName)
					.collect(Collectors.joining(", ")));
		line.put("gcs", taken.size());
		if (taken.isEmpty()) {
			return;
		}
		List<Long> heap = taken.stream().map(Sample::heapBytes).toList();
		long firstThird = median(heap.subList(0, Math.max(1, heap.size() / 3)));
		long lastThird = median(heap.subList(heap.size() - Math.max(1, heap.size() / 3), heap.size()));
		line.put("heapFirstMb", mb(heap.get(0)));
		line.put("heapLastMb", mb(heap.get(heap.size() - 1)));
		line.put("heapMinMb", mb(heap.stream().mapToLong(Long::longValue).min().orElse(0)));
		line.put("heapMaxMb", mb(heap.stream().mapToLong(Long::longValue).max().orElse(0)));
		line.put("heapFirstThirdMedianMb", mb(firstThird));
		line.put("heapLastThirdMedianMb", mb(lastThird));
		line.put("heapGrows", lastThird > firstThird * 1.25 + 8 * MB);
		ArrayNode series = Json.mapper().createArrayNode();
		int step = Math.max(1, taken.size() / SERIES_POINTS);
		for (int i = 0; i < taken.size(); i += step) {
			Sample s = taken.get(i);
			series.addArray()
				.add(Math.round((s.nanos() - fromNanos) / 1e8) / 10.0)
				.add(s.events())
				.add(mb(s.heapBytes()));
		}
		line.put("heapSeries", series);
	}

	private static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	private static double mb(long bytes) {
		return Math.round(bytes * 10.0 / MB) / 10.0;
	}

}
