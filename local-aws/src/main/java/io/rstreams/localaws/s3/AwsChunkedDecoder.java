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
package io.rstreams.localaws.s3;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Decodes the {@code aws-chunked} content encoding the AWS SDKs use for streaming uploads
 * (the Java SDK v2 sends PutObject and UploadPart this way by default, with a checksum
 * trailer): chunks of {@code <hex size>[;chunk-signature=...]\r\n<data>\r\n}, a final
 * zero-size chunk, then optional trailer headers ({@code x-amz-checksum-crc32:...}) and
 * an empty line. Signatures are not checked.
 */
final class AwsChunkedDecoder {

	/** The decoded payload and the trailer headers (names lower-cased). */
	record Decoded(byte[] data, Map<String, String> trailers) {
	}

	private final byte[] body;

	private int pos;

	private AwsChunkedDecoder(byte[] body) {
		this.body = body;
	}

	static Decoded decode(byte[] body) {
		return new AwsChunkedDecoder(body).decode();
	}

	private Decoded decode() {
		ByteArrayOutputStream data = new ByteArrayOutputStream(Math.max(32, body.length));
		while (true) {
			String header = line();
			if (header == null) {
				throw incomplete("the final chunk is missing");
			}
			int semicolon = header.indexOf(';');
			String size = (semicolon < 0 ? header : header.substring(0, semicolon)).trim();
			int length;
			try {
				length = Integer.parseInt(size, 16);
			}
			catch (NumberFormatException e) {
				throw incomplete("bad chunk size '" + size + "'");
			}
			if (length == 0) {
				break;
			}
			if (length < 0 || pos + length > body.length) {
				throw incomplete("a chunk is shorter than its declared size");
			}
			data.write(body, pos, length);
			pos += length;
			if (pos + 2 > body.length || body[pos] != '\r' || body[pos + 1] != '\n') {
				throw incomplete("a chunk does not end with CRLF");
			}
			pos += 2;
		}
		Map<String, String> trailers = new LinkedHashMap<>();
		for (String line = line(); line != null && !line.isEmpty(); line = line()) {
			int colon = line.indexOf(':');
			if (colon > 0) {
				trailers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
						line.substring(colon + 1).trim());
			}
		}
		return new Decoded(data.toByteArray(), trailers);
	}

	/** The next CRLF-terminated line, or null at the end of the body. */
	private String line() {
		if (pos >= body.length) {
			return null;
		}
		int start = pos;
		while (pos + 1 < body.length && !(body[pos] == '\r' && body[pos + 1] == '\n')) {
			pos++;
		}
		if (pos + 1 >= body.length) {
			String rest = new String(body, start, body.length - start, StandardCharsets.US_ASCII);
			pos = body.length;
			return rest;
		}
		String line = new String(body, start, pos - start, StandardCharsets.US_ASCII);
		pos += 2;
		return line;
	}

	private static S3Exception incomplete(String why) {
		return new S3Exception(400, "IncompleteBody", "The aws-chunked request body is malformed: " + why);
	}

}
