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

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import io.rstreams.binder.ProcessingScope;
import io.rstreams.client.read.ReadEntry;

/**
 * Handles a poll on the reader thread: event by event, or in batch mode the runs of
 * events between entries that are not this instance's or could not be decoded, each run
 * as one batch.
 */
final class SequentialDispatcher implements Dispatcher {

	private final FanoutFilter fanout;

	private final DeliveryInvoker invoker;

	private final ReadProgress progress;

	private final boolean batchMode;

	private final BooleanSupplier running;

	SequentialDispatcher(FanoutFilter fanout, DeliveryInvoker invoker, ReadProgress progress, boolean batchMode,
			BooleanSupplier running) {
		this.fanout = fanout;
		this.invoker = invoker;
		this.progress = progress;
		this.batchMode = batchMode;
		this.running = running;
	}

	@Override
	public void dispatch(List<ReadEntry> entries) {
		List<ReadEntry.Ok> segment = new ArrayList<>();
		for (ReadEntry entry : entries) {
			// stopping: finish the event in hand, not the rest of the poll
			if (!running.getAsBoolean() && !segment.isEmpty()) {
				break;
			}
			if (!fanout.mine(entry)) {
				segment = deliver(segment);
				progress.skipped(entry.lastEid(), 0);
				continue;
			}
			if (entry instanceof ReadEntry.Ok ok) {
				if (batchMode) {
					segment.add(ok);
				}
				else {
					deliver(List.of(ok));
					if (!running.getAsBoolean()) {
						return;
					}
				}
			}
			else if (entry instanceof ReadEntry.Failed failed) {
				segment = deliver(segment);
				invoker.recoverUndecodable(failed);
				progress.skipped(failed.lastEid(), failed.error().units());
			}
		}
		deliver(segment);
	}

	/**
	 * Delivers the events (if any) and records them as handled; returns an empty segment
	 * to go on with.
	 */
	private List<ReadEntry.Ok> deliver(List<ReadEntry.Ok> events) {
		if (events.isEmpty()) {
			return events;
		}
		ProcessingScope scope = invoker.process(events, progress.tracker());
		progress.completed(scope.inputs(), scope);
		return new ArrayList<>();
	}

}
