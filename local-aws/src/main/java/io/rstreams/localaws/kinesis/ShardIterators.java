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
package io.rstreams.localaws.kinesis;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Shard iterators: opaque to clients, as Kinesis's are, and carrying everything needed to
 * continue (stream, shard, position, creation time), so the engine keeps no per-reader
 * state. Like Kinesis's they expire five minutes after they were handed out.
 */
final class ShardIterators {

	static final Duration LIFETIME = Duration.ofMinutes(5);

	private static final String VERSION = "ri1";

	/** Where an iterator points. */
	record Position(String stream, String shardId, long position, Instant created) {
	}

	private ShardIterators() {
	}

	static String encode(String stream, String shardId, long position, Instant created) {
		String text = String.join("|", VERSION, stream, shardId, Long.toString(position),
				Long.toString(created.toEpochMilli()));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @throws KinesisException InvalidArgumentException for a string that is not one of
	 * ours, ExpiredIteratorException for one older than {@link #LIFETIME}
	 */
	static Position decode(String iterator, Instant now) {
		String[] parts;
		try {
			parts = new String(Base64.getUrlDecoder().decode(iterator), StandardCharsets.UTF_8).split("\\|");
		}
		catch (IllegalArgumentException ex) {
			parts = new String[0];
		}
		if (parts.length != 5 || !VERSION.equals(parts[0])) {
			throw KinesisException.invalidArgument("Invalid ShardIterator.");
		}
		Position p;
		try {
			p = new Position(parts[1], parts[2], Long.parseLong(parts[3]),
					Instant.ofEpochMilli(Long.parseLong(parts[4])));
		}
		catch (NumberFormatException ex) {
			throw KinesisException.invalidArgument("Invalid ShardIterator.");
		}
		if (Duration.between(p.created(), now).compareTo(LIFETIME) > 0) {
			throw new KinesisException("ExpiredIteratorException",
					"Iterator expired. The iterator was created at time " + p.created() + " while right now it is "
							+ now + " which is further in the future than the tolerated delay of " + LIFETIME.toMillis()
							+ " milliseconds.",
					400);
		}
		return p;
	}

}
