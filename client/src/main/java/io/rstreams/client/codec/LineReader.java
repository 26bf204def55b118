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

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines on {@code \n} (a trailing {@code \r} is dropped, like
 * the Node SDK's {@code split2}), without decoding them, so memory is one line plus one
 * buffer whatever the stream's length.
 */
public final class LineReader implements AutoCloseable {

	private final InputStream in;

	private final byte[] buffer = new byte[64 * 1024];

	private int pos;

	private int limit;

	private boolean eof;

	private byte[] line = new byte[1024];

	private int lineLength;

	private long bytesRead;

	public LineReader(InputStream in) {
		this.in = in;
	}

	/**
	 * Reads the next line into an internal buffer.
	 * @return false at end of stream
	 */
	public boolean next() throws IOException {
		lineLength = 0;
		boolean any = false;
		while (true) {
			if (pos == limit) {
				if (eof || !fill()) {
					return any;
				}
			}
			any = true;
			int start = pos;
			while (pos < limit && buffer[pos] != '\n') {
				pos++;
			}
			append(start, pos - start);
			if (pos < limit) {
				pos++;
				bytesRead++;
				if (lineLength > 0 && line[lineLength - 1] == '\r') {
					lineLength--;
				}
				return true;
			}
		}
	}

	private boolean fill() throws IOException {
		int n = in.read(buffer, 0, buffer.length);
		if (n < 0) {
			eof = true;
			return false;
		}
		pos = 0;
		limit = n;
		return true;
	}

	private void append(int start, int n) {
		if (lineLength + n > line.length) {
			line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + n));
		}
		System.arraycopy(buffer, start, line, lineLength, n);
		lineLength += n;
		bytesRead += n;
	}

	/**
	 * The current line's bytes: valid from 0 to {@link #length()} until the next call to
	 * {@link #next()}.
	 */
	public byte[] bytes() {
		return line;
	}

	public int length() {
		return lineLength;
	}

	/** Whether the current line is empty or only whitespace. */
	public boolean isBlank() {
		for (int i = 0; i < lineLength; i++) {
			byte b = line[i];
			if (b != ' ' && b != '\t' && b != '\r') {
				return false;
			}
		}
		return true;
	}

	/** A copy of the current line. */
	public byte[] copy() {
		return Arrays.copyOf(line, lineLength);
	}

	/** Bytes consumed so far, newlines included. */
	public long bytesRead() {
		return bytesRead;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

}
