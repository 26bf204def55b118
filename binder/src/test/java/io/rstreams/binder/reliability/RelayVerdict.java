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
package io.rstreams.binder.reliability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.rstreams.binder.LocalBusSupport;
import io.rstreams.client.Event;
import io.rstreams.localbus.LocalBus;

/**
 * What a relay run delivered, input by input: every input must have an output whose
 * {@code correlation_id} points at it ({@code source} = the input queue, {@code start} =
 * its eid) with its {@code event_source_timestamp} and payload; outputs beyond one per
 * input are duplicates.
 */
public record RelayVerdict(int inputs, int outputs, List<String> lost, int duplicates, List<String> mismatched) {

	public static RelayVerdict of(LocalBus bus, RelayBot bot, List<Event> inputs) {
		Map<String, List<Event>> byInput = new HashMap<>();
		List<String> mismatched = new ArrayList<>();
		List<Event> outputs = LocalBusSupport.readAll(bus, bot.outputQueue());
		for (Event out : outputs) {
			if (out.correlationId() == null || !bot.inputQueue().equals(out.correlationId().source())) {
				mismatched.add(out.eid() + ": correlation " + out.correlationId());
				continue;
			}
			byInput.computeIfAbsent(out.correlationId().start(), k -> new ArrayList<>()).add(out);
		}
		List<String> lost = new ArrayList<>();
		int duplicates = 0;
		for (Event in : inputs) {
			List<Event> outs = byInput.getOrDefault(in.eid(), List.of());
			if (outs.isEmpty()) {
				lost.add(in.eid());
			}
			duplicates += Math.max(0, outs.size() - 1);
			for (Event out : outs) {
				if (!Objects.equals(in.eventSourceTimestamp(), out.eventSourceTimestamp())
						|| !in.payload().get("n").equals(out.payload().get("n"))
						|| out.correlationId().unitsOrOne() != in.unitsOrOne()) {
					mismatched.add(out.eid() + " for " + in.eid());
				}
			}
		}
		return new RelayVerdict(inputs.size(), outputs.size(), lost, duplicates, mismatched);
	}

	@Override
	public String toString() {
		return inputs + " inputs, " + outputs + " outputs, " + lost.size() + " lost, " + duplicates + " duplicates, "
				+ mismatched.size() + " mismatched" + (lost.isEmpty() ? "" : ", first lost " + lost.get(0));
	}
}
