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
package io.rstreams.localbus.processor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order in which the bus's processor numbers the blocks of one batch. Its
 * {@code assignIds} gives eids from one counter in the order blocks come out of the
 * queues' streams (protocol.md 5.4 step 6), and that order is set by Node's asynchronous
 * gzip, not by the input: each queue's chunk is a zlib stream that compresses one written
 * line per turn of the event loop, and the event loop only turns when the parse has to
 * wait. So this replays the bus's streams in turns rather than timing them:
 * <ul>
 * <li>the parse hands every object to its queue at once; nothing is compressed until the
 * parse waits;</li>
 * <li>a queue's zlib stream takes lines until 16 KiB are waiting in it (its
 * highWaterMark), then the queue waits for it to drain; a line that closes a chunk makes
 * the queue wait for the chunk's end;</li>
 * <li>objects for a waiting queue queue up in its pipeline; when 16 are pending (its
 * object highWaterMark), the parse itself waits until that queue has none left, and every
 * turn of that wait compresses one line (or ends one chunk) of every queue;</li>
 * <li>after the input, {@code closeStreams} ends every queue in first-seen order and the
 * turns go on until all are done. A block is numbered in the turn its chunk ends,
 * first-seen order within a turn.</li>
 * </ul>
 * So small batches number the queue with the fewest lines in its last chunk first.
 * Compared with the bus's processor (leo-sdk 6.0.18) on some 300 generated batches (gzip
 * and S3 mode, with pointers), these rules gave its order in each one. What they leave
 * out is wall-clock time: the bus's 200 ms chunk timer (a batch that takes longer to
 * parse) and S3 upload times can reorder blocks on the bus, from one run to the next.
 *
 * @param <B> the blocks
 */
final class FinishOrder<B> {

	static final int GZIP_HIGH_WATER_MARK = 16 * 1024;
	static final int OBJECT_HIGH_WATER_MARK = 16;

	/**
	 * One object handed to a queue: a line (or none, {@code lineBytes < 0}), then maybe a
	 * chunk end, then blocks.
	 */
	private record Work<B>(int lineBytes, boolean endsChunk, List<B> blocks) {
	}

	/**
	 * One turn of a queue's zlib stream: compressing a line, or ending the chunk (then
	 * its blocks come out).
	 */
	private record Turn<B>(int lineBytes, List<B> blocks) {
	}

	private static final class Lane<B> {

		final Deque<Work<B>> waiting = new ArrayDeque<>();

		final Deque<Turn<B>> zlib = new ArrayDeque<>();

		long zlibBytes;

		Work<B> afterDrain;

		boolean chunkEnding;

		boolean busy() {
			return afterDrain != null || chunkEnding;
		}

		int pending() {
			return waiting.size() + (busy() ? 1 : 0);
		}

	}

	private final Map<String, Lane<B>> lanes = new LinkedHashMap<>();

	private final List<B> numbered = new ArrayList<>();

	private boolean inputEnded;

	/**
	 * An event line for {@code queue}; {@code blocks} are those that come out when the
	 * chunk it closes ends.
	 */
	void line(String queue, int lineBytes, boolean endsChunk, List<B> blocks) {
		hand(queue, new Work<>(lineBytes, endsChunk, blocks));
	}

	/**
	 * A flush of {@code queue} (a producer's pointer, or the end of input): ends the open
	 * chunk, if any.
	 */
	void flush(String queue, boolean endsChunk, List<B> blocks) {
		hand(queue, new Work<>(-1, endsChunk, blocks));
	}

	/**
	 * The parse is done: what is handed from now on is {@code closeStreams} ending the
	 * queues.
	 */
	void endInput() {
		inputEnded = true;
	}

	/** Every block, in the order the bus numbers them. */
	List<B> finish() {
		while (turn()) {
			// every lane runs until its last chunk has ended
		}
		return numbered;
	}

	private void hand(String queue, Work<B> work) {
		Lane<B> lane = lanes.computeIfAbsent(queue, k -> new Lane<>());
		boolean full = lane.pending() + 1 >= OBJECT_HIGH_WATER_MARK;
		lane.waiting.add(work);
		run(lane);
		// a full pipeline makes the parse wait for its 'drain', which Node emits only
		// once it is empty
		while (!inputEnded && full && lane.pending() > 0 && turn()) {
			// other lanes compress meanwhile
		}
	}

	private void run(Lane<B> lane) {
		while (!lane.busy() && !lane.waiting.isEmpty()) {
			Work<B> work = lane.waiting.poll();
			if (work.lineBytes() >= 0) {
				lane.zlib.add(new Turn<>(work.lineBytes(), null));
				lane.zlibBytes += work.lineBytes();
				if (lane.zlibBytes >= GZIP_HIGH_WATER_MARK) {
					lane.afterDrain = work;
					return;
				}
			}
			afterLine(lane, work);
		}
	}

	private void afterLine(Lane<B> lane, Work<B> work) {
		if (work.endsChunk()) {
			lane.zlib.add(new Turn<>(-1, work.blocks()));
			lane.chunkEnding = true;
		}
		else {
			numbered.addAll(work.blocks());
		}
	}

	/** One turn of the event loop: every lane's zlib stream does one step. */
	private boolean turn() {
		List<Lane<B>> moved = new ArrayList<>();
		for (Lane<B> lane : lanes.values()) {
			Turn<B> step = lane.zlib.poll();
			if (step == null) {
				continue;
			}
			moved.add(lane);
			if (step.blocks() != null) {
				numbered.addAll(step.blocks());
				lane.chunkEnding = false;
				continue;
			}
			lane.zlibBytes -= step.lineBytes();
			if (lane.zlibBytes == 0 && lane.afterDrain != null) {
				Work<B> work = lane.afterDrain;
				lane.afterDrain = null;
				afterLine(lane, work);
			}
		}
		moved.forEach(this::run);
		return !moved.isEmpty();
	}

}
