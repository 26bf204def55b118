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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import io.rstreams.client.aws.AwsCallException;
import io.rstreams.client.aws.AwsCalls;
import io.rstreams.client.aws.PutResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writer's sender (protocol.md 5.1): one transport call at a time so that records
 * reach the bus in the order they were closed; after a partial failure only the refused
 * records go again, at the head of the queue, after the Fibonacci back-off of
 * {@link WriterSettings#backoff}; a record refused {@code maxAttempts} times, or refused
 * for good, fails its events. The pointer record of an S3 file waits for its upload, and
 * so does everything after it.
 *
 * <p>
 * Methods other than the callbacks are called with the writer's lock held; the callbacks
 * (call finished, upload finished, back-off over) run on the writer's executor and take
 * the lock. Acknowledgements complete outside it.
 */
final class SendLoop {

	private static final Logger log = LoggerFactory.getLogger(SendLoop.class);

	enum State {

		/** Nothing in flight: a batch goes as soon as one is ready. */
		IDLE,
		/** A call is in flight. */
		SENDING,
		/** The next record is the pointer of an S3 file still uploading. */
		WAITING_FOR_UPLOAD,
		/** Refused records wait for their retry. */
		BACKING_OFF,
		/** The writer was closed: nothing goes any more. */
		CLOSED

	}

	private final RecordQueue queue;

	private final RecordSink sink;

	private final WriterSettings settings;

	private final ScheduledExecutorService executor;

	private final ReentrantLock lock;

	private final WriterCounters counters;

	private volatile State state = State.IDLE;

	SendLoop(RecordQueue queue, RecordSink sink, WriterSettings settings, ScheduledExecutorService executor,
			ReentrantLock lock, WriterCounters counters) {
		this.queue = queue;
		this.sink = sink;
		this.settings = settings;
		this.executor = executor;
		this.lock = lock;
		this.counters = counters;
	}

	State state() {
		return state;
	}

	/** Sends the next batch if nothing is in flight and one is ready. */
	void trySend() {
		while (state == State.IDLE && queue.isReady(sink)) {
			if (!queue.head().data.isDone()) {
				state = State.WAITING_FOR_UPLOAD;
				queue.head().data.whenCompleteAsync((data, failure) -> resume(State.WAITING_FOR_UPLOAD), executor);
				return;
			}
			List<OutRecord> batch = queue.drain(sink, this::failUpload);
			if (!batch.isEmpty()) {
				state = State.SENDING;
				send(batch);
			}
		}
	}

	/** Stops sending; what is queued or in flight is the closing writer's to fail. */
	void close() {
		state = State.CLOSED;
	}

	private void send(List<OutRecord> batch) {
		CompletableFuture<List<PutResult>> call;
		try {
			call = sink.send(batch);
		}
		catch (RuntimeException ex) {
			call = CompletableFuture.failedFuture(ex);
		}
		call.whenCompleteAsync((results, failure) -> onSent(batch, results, failure), executor);
	}

	private void resume(State from) {
		lock.lock();
		try {
			if (state == from) {
				state = State.IDLE;
				trySend();
			}
		}
		finally {
			lock.unlock();
		}
	}

	private void onSent(List<OutRecord> batch, List<PutResult> results, Throwable failure) {
		List<Runnable> completions = new ArrayList<>();
		lock.lock();
		try {
			if (state == State.SENDING) {
				state = State.IDLE;
			}
			List<OutRecord> retry = failure != null ? afterFailedCall(batch, failure, completions)
					: afterResults(batch, results, completions);
			if (retry.isEmpty()) {
				trySend();
			}
			else if (state == State.IDLE) {
				backOff(retry);
			}
		}
		finally {
			lock.unlock();
		}
		completions.forEach(Runnable::run);
	}

	private List<OutRecord> afterResults(List<OutRecord> batch, List<PutResult> results, List<Runnable> completions) {
		List<OutRecord> retry = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			OutRecord r = batch.get(i);
			PutResult result = i < results.size() ? results.get(i) : PutResult.failed("NoResult", "missing");
			if (result.accepted()) {
				counters.recordsSent.incrementAndGet();
				completions.add(() -> r.acks.forEach(a -> a.complete(null)));
				continue;
			}
			r.attempts++;
			r.lastError = result.errorCode() + ": " + result.errorMessage();
			if (r.attempts < settings.maxAttempts()) {
				retry.add(r);
			}
			else {
				WriteFailedException error = new WriteFailedException("Could not write " + r.description + " after "
						+ r.attempts + " attempts, last error " + r.lastError, null);
				completions.add(() -> fail(r, error));
			}
		}
		return retry;
	}

	private List<OutRecord> afterFailedCall(List<OutRecord> batch, Throwable failure, List<Runnable> completions) {
		RuntimeException error = AwsCalls.translate(failure, () -> "Writing to the bus");
		boolean retryable = !(error instanceof AwsCallException ace) || ace.isRetryable();
		List<OutRecord> retry = new ArrayList<>();
		for (OutRecord r : batch) {
			r.attempts++;
			r.lastError = error.getMessage();
			if (retryable && r.attempts < settings.maxAttempts()) {
				retry.add(r);
			}
			else {
				WriteFailedException failed = new WriteFailedException("Could not write " + r.description + " after "
						+ r.attempts + " attempt(s): " + error.getMessage(), error);
				completions.add(() -> fail(r, failed));
			}
		}
		return retry;
	}

	private void backOff(List<OutRecord> retry) {
		queue.retryFirst(retry);
		counters.recordRetries.addAndGet(retry.size());
		int attempt = retry.get(0).attempts + 1;
		long delay = settings.backoff(attempt).toMillis();
		log.debug("Retrying {} record(s) in {} ms (attempt {}): {}", retry.size(), delay, attempt,
				retry.get(0).lastError);
		state = State.BACKING_OFF;
		executor.schedule(() -> resume(State.BACKING_OFF), delay, TimeUnit.MILLISECONDS);
	}

	private void failUpload(OutRecord r) {
		Throwable failure = AwsCalls.unwrap(r.data.handle((data, f) -> f).join());
		fail(r, new WriteFailedException("Could not upload " + r.description + " to S3: " + failure.getMessage(),
				failure));
	}

	private static void fail(OutRecord r, RuntimeException error) {
		log.warn("RStreams write failed: {}", error.getMessage());
		r.acks.forEach(a -> a.completeExceptionally(error));
	}

}
