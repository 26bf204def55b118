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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.zip.InflaterInputStream;

import io.rstreams.client.codec.EventCodec;
import io.rstreams.client.codec.LineReader;
import io.rstreams.client.codec.MultiMemberGzipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decodes Kinesis record bytes the way the bus's processor does (protocol.md 5.4 step 4):
 * by the first characters of the record's base64 form, {@code H...} is gzip,
 * {@code eJ...} is zlib, {@code ey...} is JSON text; anything else is dropped. Lines that
 * do not parse are skipped (and counted).
 */
final class RecordDecoder {

	private static final Logger log = LoggerFactory.getLogger(RecordDecoder.class);

	private long dropped;

	long dropped() {
		return dropped;
	}

	void decode(byte[] data, List<ObjectNode> out) {
		String prefix = Base64.getEncoder().encodeToString(Arrays.copyOf(data, Math.min(3, data.length)));
		InputStream in;
		if (prefix.startsWith("H")) {
			in = new MultiMemberGzipInputStream(new ByteArrayInputStream(data));
		}
		else if (prefix.startsWith("eJ")) {
			in = new InflaterInputStream(new ByteArrayInputStream(data));
		}
		else if (prefix.startsWith("ey")) {
			in = new ByteArrayInputStream(data);
		}
		else {
			dropped++;
			log.warn("Dropped a Kinesis record that is neither gzip, zlib nor JSON (base64 starts '{}')", prefix);
			return;
		}
		try (LineReader lines = new LineReader(in)) {
			while (lines.next()) {
				if (lines.isBlank()) {
					continue;
				}
				try {
					out.add(EventCodec.parseObject(lines.bytes(), 0, lines.length()));
				}
				catch (RuntimeException ex) {
					dropped++;
					log.warn("Dropped a line that is not a JSON object: {}", ex.getMessage());
				}
			}
		}
		catch (IOException ex) {
			dropped++;
			log.warn("Dropped the rest of a Kinesis record that does not decompress: {}", ex.getMessage());
		}
	}

}
