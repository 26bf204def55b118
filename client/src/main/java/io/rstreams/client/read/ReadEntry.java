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
package io.rstreams.client.read;

import io.rstreams.client.Event;
import io.rstreams.client.Json;

/**
 * One thing a read produced, in queue order: an event, or a failure covering an eid
 * range. Failures are entries, not thrown exceptions, so that a reader can route them to
 * an error path and keep going.
 */
public sealed interface ReadEntry permits ReadEntry.Ok, ReadEntry.Failed {

	/** The last eid this entry covers; the position after it. */
	String lastEid();

	/**
	 * A decoded event and the size of its stored line. A reader may leave the payload as
	 * the stored JSON bytes ({@link #payloadJson()}); {@link #event()} then parses it the
	 * first time it is asked for, so a caller that only needs the bytes and the envelope
	 * never builds the tree.
	 */
	final class Ok implements ReadEntry {

		private final Event envelope;

		private final byte[] payloadJson;

		private final long bytes;

		private volatile Event event;

		/** An event decoded whole. */
		public Ok(Event event, long bytes) {
			this.envelope = event;
			this.payloadJson = null;
			this.bytes = bytes;
			this.event = event;
		}

		private Ok(Event envelope, byte[] payloadJson, long bytes) {
			this.envelope = envelope;
			this.payloadJson = payloadJson;
			this.bytes = bytes;
		}

		/**
		 * An event whose payload is still the stored JSON: {@code envelope} has every
		 * other field.
		 */
		static Ok withStoredPayload(Event envelope, byte[] payloadJson, long bytes) {
			return payloadJson == null ? new Ok(envelope, bytes) : new Ok(envelope, payloadJson, bytes);
		}

		/** The whole event, payload included. */
		public Event event() {
			Event e = event;
			if (e == null) {
				e = envelope.toBuilder().payload(Json.mapper().readTree(payloadJson)).build();
				event = e;
			}
			return e;
		}

		/**
		 * The event's envelope: its payload is {@code null} while only the stored JSON
		 * ({@link #payloadJson()}) was read.
		 */
		public Event envelope() {
			Event e = event;
			return e != null ? e : envelope;
		}

		/** The payload as stored, or {@code null} when the event was decoded whole. */
		public byte[] payloadJson() {
			return payloadJson;
		}

		/** The size of the stored line. */
		public long bytes() {
			return bytes;
		}

		@Override
		public String lastEid() {
			return envelope.eid();
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof Ok other && bytes == other.bytes && event().equals(other.event());
		}

		@Override
		public int hashCode() {
			return event().hashCode() * 31 + Long.hashCode(bytes);
		}

		@Override
		public String toString() {
			return "Ok[event=" + event() + ", bytes=" + bytes + "]";
		}

	}

	/** Stored data that could not be decoded. */
	record Failed(BlockReadException error) implements ReadEntry {
		@Override
		public String lastEid() {
			return error.lastEid();
		}
	}

}
