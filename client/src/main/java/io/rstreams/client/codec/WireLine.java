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
package io.rstreams.client.codec;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import io.rstreams.client.Event;
import io.rstreams.client.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * One event's write-side line (protocol.md 4.1, 5.1), serialised once before its place in
 * a chunk is known: the writer needs the size to reserve buffer space in the caller's
 * thread, and the chunk index only later, under its lock. The line for index {@code i} is
 * the object with {@code "eid":i} as its last field, then {@code \n}, the field order of
 * the Node SDK's {@code load} + {@code chunkEventStream}.
 *
 * <p>
 * This is the one encoder of Kinesis and Firehose chunk lines;
 * {@link EventCodec#toWireLine} goes through it too.
 */
public final class WireLine {

	private static final byte[] EID_FIELD = (",\"" + EventCodec.EID + "\":").getBytes(StandardCharsets.UTF_8);

	/**
	 * The object without {@code eid}: never empty (it always has {@code payload}), so it
	 * ends with {@code '}'}.
	 */
	private final byte[] json;

	private WireLine(byte[] json) {
		this.json = json;
	}

	public static WireLine of(Event event) {
		ObjectNode node = EventCodec.toWireNode(event);
		// an eid among a producer's own fields would otherwise appear twice; the chunk
		// index is the one that counts
		node.remove(EventCodec.EID);
		return new WireLine(Json.mapper().writeValueAsBytes(node));
	}

	/**
	 * Bytes of the JSON object without {@code eid}: what the SDK compares with its 600
	 * KiB offload limit.
	 */
	public int jsonLength() {
		return json.length;
	}

	/** Bytes of the line at chunk index {@code index}, {@code \n} included. */
	public int length(long index) {
		return json.length + EID_FIELD.length + digits(index) + 1;
	}

	/** Appends the line for chunk index {@code index}, {@code \n} included. */
	public void writeTo(ByteArrayOutputStream out, long index) {
		out.write(json, 0, json.length - 1);
		out.writeBytes(EID_FIELD);
		out.writeBytes(Long.toString(index).getBytes(StandardCharsets.US_ASCII));
		out.write('}');
		out.write('\n');
	}

	/** The line for chunk index {@code index}, {@code \n} included. */
	public byte[] toBytes(long index) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(length(index));
		writeTo(out, index);
		return out.toByteArray();
	}

	private static int digits(long index) {
		return Long.toString(index).length();
	}

}
