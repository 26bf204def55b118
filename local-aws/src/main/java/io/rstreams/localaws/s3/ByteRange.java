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

import java.util.Map;

/**
 * A {@code Range: bytes=...} request header resolved against an object size as S3
 * resolves it: {@code a-b} (end clamped to the last byte), {@code a-} and {@code -n}
 * (last n bytes). A start past the end is 416 InvalidRange; a header S3 cannot parse, or
 * one with several ranges, is ignored and the whole object is sent.
 */
record ByteRange(long start, long end) {

	long length() {
		return end - start + 1;
	}

	/** The range to send, or null for the whole object. */
	static ByteRange parse(String header, long size) {
		if (header == null) {
			return null;
		}
		String spec = header.trim();
		if (!spec.startsWith("bytes=") || spec.indexOf(',') >= 0) {
			return null;
		}
		spec = spec.substring("bytes=".length()).trim();
		int dash = spec.indexOf('-');
		if (dash < 0) {
			return null;
		}
		String first = spec.substring(0, dash).trim();
		String last = spec.substring(dash + 1).trim();
		try {
			if (first.isEmpty()) {
				if (last.isEmpty()) {
					return null;
				}
				long suffix = Long.parseLong(last);
				if (suffix == 0 || size == 0) {
					throw unsatisfiable(header, size);
				}
				return new ByteRange(Math.max(0, size - suffix), size - 1);
			}
			long start = Long.parseLong(first);
			long end = last.isEmpty() ? Long.MAX_VALUE : Long.parseLong(last);
			if (end < start) {
				return null;
			}
			if (start >= size) {
				throw unsatisfiable(header, size);
			}
			return new ByteRange(start, Math.min(end, size - 1));
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static S3Exception unsatisfiable(String header, long size) {
		return new S3Exception(416, "InvalidRange", "The requested range is not satisfiable",
				Map.of("RangeRequested", header, "ActualObjectSize", Long.toString(size)));
	}
}
