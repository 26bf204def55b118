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

import org.springframework.context.SmartLifecycle;

/**
 * Runs an action when the application's lifecycle starts, before the bindings: in the
 * lowest phase, so it starts before every other lifecycle bean, Spring Cloud Stream's
 * bindings included.
 */
final class BindingsStartClock implements SmartLifecycle {

	private final Runnable action;

	private volatile boolean running;

	BindingsStartClock(Runnable action) {
		this.action = action;
	}

	@Override
	public void start() {
		action.run();
		running = true;
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return Integer.MIN_VALUE;
	}

}
