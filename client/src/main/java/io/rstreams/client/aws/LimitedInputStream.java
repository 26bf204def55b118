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
package io.rstreams.client.aws;

import java.io.IOException;
import java.io.InputStream;

/**
 * The first {@code length} bytes of a stream: a byte range for stores that can only open
 * an object from a byte.
 */
final class LimitedInputStream extends InputStream {

	private final InputStream in;

	private long remaining;

	LimitedInputStream(InputStream in, long length) {
		this.in = in;
		this.remaining = length;
	}

	@Override
	public int read() throws IOException {
		if (remaining <= 0) {
			return -1;
		}
		int b = in.read();
		if (b >= 0) {
			remaining--;
		}
		return b;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		if (len == 0) {
			return 0;
		}
		if (remaining <= 0) {
			return -1;
		}
		int n = in.read(b, off, (int) Math.min(len, remaining));
		if (n > 0) {
			remaining -= n;
		}
		return n;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

}
