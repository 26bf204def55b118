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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/**
 * Gzip helpers for records and blocks (protocol.md 5.1: Kinesis records are raw RFC 1952
 * gzip, {@code 1f 8b}).
 */
public final class Gzip {

	private Gzip() {
	}

	public static byte[] compress(byte[] data) {
		return compress(data, 0, data.length);
	}

	public static byte[] compress(byte[] data, int offset, int length) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, length / 4));
		try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192)) {
			gzip.write(data, offset, length);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	public static boolean isGzip(byte[] data) {
		return data.length >= 2 && (data[0] & 0xff) == 0x1f && (data[1] & 0xff) == 0x8b;
	}

}
