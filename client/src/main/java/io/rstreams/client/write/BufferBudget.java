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
package io.rstreams.client.write;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds a writer's memory: an event holds about its size in bytes from {@code write}
 * until the bus accepted or refused it, and a writer with {@code maxBufferedBytes} held
 * blocks the caller, at most {@code callTimeout}, so a bus that stops accepting writes
 * slows producers down instead of filling the heap.
 */
final class BufferBudget {

	/** Per event on top of its JSON: the {@code eid} field and the newline. */
	private static final int LINE_OVERHEAD = 16;

	private final Semaphore permits;

	private final int capacity;

	private final long maxBufferedBytes;

	private final long timeoutMillis;

	BufferBudget(WriterSettings settings) {
		this.maxBufferedBytes = settings.maxBufferedBytes();
		this.capacity = (int) Math.min(Integer.MAX_VALUE, maxBufferedBytes);
		this.permits = new Semaphore(capacity);
		this.timeoutMillis = settings.callTimeout().toMillis();
	}

	/**
	 * Holds room for an event of {@code jsonBytes} of queue {@code queue}, waiting for it
	 * if need be.
	 * @return what to give back to {@link #release}; an event larger than the whole
	 * buffer takes all of it
	 * @throws WriteFailedException if no room was freed within the call timeout, or the
	 * caller was interrupted
	 */
	int acquire(int jsonBytes, String queue) {
		int n = (int) Math.min(jsonBytes + (long) LINE_OVERHEAD, capacity);
		try {
			if (!permits.tryAcquire(n, timeoutMillis, TimeUnit.MILLISECONDS)) {
				throw new WriteFailedException("Queue '" + queue + "': the writer's buffer (" + maxBufferedBytes
						+ " bytes) stayed full for " + timeoutMillis + " ms; the bus is not accepting writes", null);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new WriteFailedException("Interrupted while waiting for buffer space", ex);
		}
		return n;
	}

	void release(int n) {
		permits.release(n);
	}

}
