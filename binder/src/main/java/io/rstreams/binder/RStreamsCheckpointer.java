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
package io.rstreams.binder;

/**
 * Moves a bot's read checkpoint up to (and including) one message's event. In
 * {@code manual} checkpoint mode this is the application's way to say "done"; calls out
 * of order are fine (the checkpoint never moves back), and the outputs written so far are
 * flushed to the bus before the checkpoint is written.
 */
public interface RStreamsCheckpointer {

	/** The eid this checkpointer checkpoints to. */
	String eid();

	/**
	 * Checkpoints up to {@link #eid()}, waiting for the write to LeoCron.
	 * @throws io.rstreams.client.checkpoint.StaleCheckpointException if another reader
	 * moved the checkpoint
	 */
	void checkpoint();

}
