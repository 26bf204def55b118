package io.rstreams.client.aws;

import java.io.IOException;
import java.io.InputStream;

/** The first {@code length} bytes of a stream: a byte range for stores that can only open an object from a byte. */
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
