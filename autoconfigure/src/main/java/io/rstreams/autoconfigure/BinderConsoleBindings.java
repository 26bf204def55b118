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
package io.rstreams.autoconfigure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.rstreams.binder.channel.RStreamsMessageChannelBinder;
import io.rstreams.binder.status.ConsumerBinding;
import io.rstreams.binder.status.Failures;
import io.rstreams.console.BindingView;
import io.rstreams.console.ConsoleActions;
import io.rstreams.console.ConsoleBindings;

/**
 * The console's view of this application's consumer bindings, and its actions on them:
 * the same {@link ConsumerBinding} controls the {@code rstreams} actuator endpoint uses,
 * so pause, resume and move mean the same thing from either.
 */
class BinderConsoleBindings implements ConsoleBindings, ConsoleActions {

	private final Supplier<List<RStreamsMessageChannelBinder>> binders;

	/**
	 * @param binders the binders on the console's bus
	 */
	BinderConsoleBindings(Supplier<List<RStreamsMessageChannelBinder>> binders) {
		this.binders = binders;
	}

	@Override
	public List<BindingView> bindings() {
		Map<String, ConsumerBinding> bindings = consumers();
		List<BindingView> views = new ArrayList<>();
		bindings.forEach((name,
				b) -> views.add(new BindingView(name, b.botId(), b.queue(), b.state().name(),
						b.lastError() == null ? null : Failures.describe(b.lastError()),
						b.lastErrorAt() == null ? null : b.lastErrorAt().toString(),
						b.position() == null ? null : b.position().value(), b.checkpoint(), b.leaseHeld(), b.owner())));
		return views;
	}

	@Override
	public void pause(String binding) {
		consumer(binding).pause();
	}

	@Override
	public void resume(String binding) {
		consumer(binding).resume();
	}

	@Override
	public void moveCheckpoint(String binding, String eid) {
		consumer(binding).moveCheckpoint(eid);
	}

	private Map<String, ConsumerBinding> consumers() {
		Map<String, ConsumerBinding> all = new LinkedHashMap<>();
		binders.get().forEach(b -> all.putAll(b.consumerBindings()));
		return all;
	}

	private ConsumerBinding consumer(String binding) {
		ConsumerBinding adapter = consumers().get(binding);
		if (adapter == null) {
			throw new IllegalArgumentException(
					"No RStreams consumer binding '" + binding + "'; bindings: " + consumers().keySet());
		}
		return adapter;
	}

}
