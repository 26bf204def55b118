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
package io.rstreams.console;

/**
 * The operations the console offers on a consumer binding of the host application, the
 * same as its actuator endpoint's: the host decides what they mean. Only called when the
 * console was started with writes enabled.
 */
public interface ConsoleActions {

	/** No binding to act on (the standalone bus): every action is refused. */
	ConsoleActions NONE = new ConsoleActions() {
		@Override
		public void pause(String binding) {
			throw new IllegalArgumentException("This console has no bindings to act on");
		}

		@Override
		public void resume(String binding) {
			throw new IllegalArgumentException("This console has no bindings to act on");
		}

		@Override
		public void moveCheckpoint(String binding, String eid) {
			throw new IllegalArgumentException("This console has no bindings to act on");
		}
	};

	/**
	 * @throws IllegalArgumentException when there is no such binding
	 */
	void pause(String binding);

	/**
	 * @throws IllegalArgumentException when there is no such binding
	 */
	void resume(String binding);

	/**
	 * Moves the binding's bot checkpoint to {@code eid}; the binding reads after it.
	 * @throws IllegalArgumentException when there is no such binding or the eid is not
	 * one
	 */
	void moveCheckpoint(String binding, String eid);

}
