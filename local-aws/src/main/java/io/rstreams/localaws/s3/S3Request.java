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

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One path-style S3 request taken apart: bucket and key from {@code /<bucket>/<key>}
 * (percent-decoded), query parameters, and the body with any {@code aws-chunked} framing
 * removed and its Content-MD5 and {@code x-amz-checksum-*} values verified.
 */
final class S3Request {

	private static final List<String> STORED_HEADERS = List.of("Cache-Control", "Content-Disposition",
			"Content-Language", "Expires");

	final HttpExchange exchange;

	final String method;

	final String bucket;

	final String key;

	final Map<String, String> query;

	private Map<String, String> checksums = Map.of();

	private S3Request(HttpExchange exchange, String bucket, String key, Map<String, String> query) {
		this.exchange = exchange;
		this.method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
		this.bucket = bucket;
		this.key = key;
		this.query = query;
	}

	static S3Request of(HttpExchange exchange) {
		String path = exchange.getRequestURI().getRawPath();
		String rest = path == null ? "" : path.startsWith("/") ? path.substring(1) : path;
		int slash = rest.indexOf('/');
		String bucket = decode(slash < 0 ? rest : rest.substring(0, slash), false);
		String key = slash < 0 || slash == rest.length() - 1 ? null : decode(rest.substring(slash + 1), false);
		return new S3Request(exchange, bucket.isEmpty() ? null : bucket, key,
				query(exchange.getRequestURI().getRawQuery()));
	}

	private static Map<String, String> query(String raw) {
		Map<String, String> query = new LinkedHashMap<>();
		if (raw == null || raw.isEmpty()) {
			return query;
		}
		for (String pair : raw.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String name = decode(eq < 0 ? pair : pair.substring(0, eq), true);
			query.put(name, eq < 0 ? "" : decode(pair.substring(eq + 1), true));
		}
		return query;
	}

	/**
	 * Percent-decodes UTF-8; in a query string {@code +} is a space, in a path it is a
	 * plus.
	 */
	static String decode(String s, boolean plusIsSpace) {
		if (s.indexOf('%') < 0 && !(plusIsSpace && s.indexOf('+') >= 0)) {
			return s;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '%' && i + 2 < s.length()) {
				int hi = Character.digit(s.charAt(i + 1), 16);
				int lo = Character.digit(s.charAt(i + 2), 16);
				if (hi >= 0 && lo >= 0) {
					out.write(hi * 16 + lo);
					i += 2;
					continue;
				}
			}
			if (c == '+' && plusIsSpace) {
				out.write(' ');
			}
			else if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
				out.writeBytes(s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8));
				i++;
			}
			else {
				out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
			}
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	String header(String name) {
		return exchange.getRequestHeaders().getFirst(name);
	}

	boolean has(String queryParameter) {
		return query.containsKey(queryParameter);
	}

	/** The decoded body, verified against the integrity values sent with it. */
	byte[] body() throws IOException {
		byte[] raw;
		try (InputStream in = exchange.getRequestBody()) {
			raw = in.readAllBytes();
		}
		Map<String, String> integrity = new LinkedHashMap<>();
		for (Map.Entry<String, List<String>> e : exchange.getRequestHeaders().entrySet()) {
			if (!e.getValue().isEmpty()) {
				integrity.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().get(0));
			}
		}
		byte[] data = raw;
		if (isAwsChunked()) {
			AwsChunkedDecoder.Decoded decoded = AwsChunkedDecoder.decode(raw);
			data = decoded.data();
			integrity.putAll(decoded.trailers());
			String declared = header("x-amz-decoded-content-length");
			if (declared != null && Long.parseLong(declared.trim()) != data.length) {
				throw new S3Exception(400, "IncompleteBody", "You did not provide the number of bytes specified by the "
						+ "x-amz-decoded-content-length HTTP header");
			}
		}
		Checksums.verifyContentMd5(header("Content-MD5"), data);
		checksums = Checksums.verify(integrity, data);
		return data;
	}

	private boolean isAwsChunked() {
		String encoding = header("Content-Encoding");
		String sha = header("x-amz-content-sha256");
		return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("aws-chunked")
				|| sha != null && sha.startsWith("STREAMING-");
	}

	/**
	 * The metadata to store with an object written by this request; call after
	 * {@link #body()}.
	 */
	ObjectMetadata metadata() {
		Map<String, String> headers = new LinkedHashMap<>();
		for (String name : STORED_HEADERS) {
			if (header(name) != null) {
				headers.put(name, header(name));
			}
		}
		Map<String, String> user = new LinkedHashMap<>();
		for (Map.Entry<String, List<String>> e : exchange.getRequestHeaders().entrySet()) {
			String name = e.getKey().toLowerCase(Locale.ROOT);
			if (name.startsWith("x-amz-meta-") && !e.getValue().isEmpty()) {
				user.put(name.substring("x-amz-meta-".length()), e.getValue().get(0));
			}
		}
		return new ObjectMetadata(header("Content-Type"), contentEncoding(), headers, user, checksums);
	}

	/**
	 * Content-Encoding without the {@code aws-chunked} transfer coding, or null when
	 * nothing else remains.
	 */
	private String contentEncoding() {
		String encoding = header("Content-Encoding");
		if (encoding == null) {
			return null;
		}
		StringBuilder kept = new StringBuilder();
		for (String part : encoding.split(",")) {
			String coding = part.trim();
			if (!coding.isEmpty() && !coding.equalsIgnoreCase("aws-chunked")) {
				kept.append(kept.length() == 0 ? "" : ",").append(coding);
			}
		}
		return kept.length() == 0 ? null : kept.toString();
	}

}
