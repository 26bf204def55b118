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

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Decompresses a stream of concatenated gzip members (RFC 1952) until the underlying
 * stream really ends.
 *
 * <p>
 * RStreams S3 files are several gzip members back to back (protocol.md 5.2), read from a
 * network stream that may start at any member boundary ({@code gzipOffset}). The JDK's
 * {@code GZIPInputStream} (before JDK 23) decides whether another member follows by
 * asking {@code available()}, which a network stream may answer with 0 at a member
 * boundary: it would end the data early without an error. This class instead reads until
 * end of stream, and checks every member's CRC-32 and length, so a truncated or corrupt
 * file is an {@link IOException}, never a silent short read.
 */
public final class MultiMemberGzipInputStream extends InputStream {

	private static final int FHCRC = 2;

	private static final int FEXTRA = 4;

	private static final int FNAME = 8;

	private static final int FCOMMENT = 16;

	private final PushbackInputStream in;

	private final Inflater inflater = new Inflater(true);

	private final CRC32 crc = new CRC32();

	private final byte[] buffer = new byte[64 * 1024];

	private final byte[] single = new byte[1];

	private int lastInputEnd;

	private boolean inMember;

	private boolean finished;

	private long memberLength;

	private int members;

	public MultiMemberGzipInputStream(InputStream in) {
		this.in = new PushbackInputStream(in, buffer.length);
	}

	/** Number of members started so far. */
	public int members() {
		return members;
	}

	/**
	 * The 1-based number of the member being read, or of the next one while between
	 * members: after a failure, the member it belongs to (a bad trailer fails the member
	 * it ends, a bad header the member it starts).
	 */
	public int currentMember() {
		return inMember ? members : members + 1;
	}

	@Override
	public int read() throws IOException {
		int n = read(single, 0, 1);
		return n < 0 ? -1 : single[0] & 0xff;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		if (len == 0) {
			return 0;
		}
		while (!finished) {
			if (!inMember) {
				if (!startMember()) {
					finished = true;
					return -1;
				}
			}
			int n = inflate(b, off, len);
			if (n > 0) {
				return n;
			}
			if (inflater.finished()) {
				endMember();
			}
		}
		return -1;
	}

	private int inflate(byte[] b, int off, int len) throws IOException {
		try {
			while (true) {
				int n = inflater.inflate(b, off, len);
				if (n > 0) {
					crc.update(b, off, n);
					memberLength += n;
					return n;
				}
				if (inflater.finished() || inflater.needsDictionary()) {
					return 0;
				}
				if (inflater.needsInput()) {
					int read = in.read(buffer, 0, buffer.length);
					if (read < 0) {
						throw new EOFException("Unexpected end of gzip data (member " + members + " is truncated)");
					}
					inflater.setInput(buffer, 0, read);
					lastInputEnd = read;
				}
			}
		}
		catch (DataFormatException ex) {
			throw new ZipException("Corrupt gzip data in member " + members + ": " + ex.getMessage());
		}
	}

	private boolean startMember() throws IOException {
		int first = in.read();
		if (first < 0) {
			if (members == 0) {
				throw new EOFException("Empty input: not gzip data");
			}
			return false;
		}
		int second = in.read();
		if (first != 0x1f || second != 0x8b) {
			throw new ZipException("Not gzip data (member " + (members + 1) + " does not start with 1f 8b)");
		}
		int method = readByte();
		if (method != 8) {
			throw new ZipException("Unsupported gzip compression method " + method);
		}
		int flags = readByte();
		skip(6);
		if ((flags & FEXTRA) != 0) {
			int xlen = readByte() | (readByte() << 8);
			skip(xlen);
		}
		if ((flags & FNAME) != 0) {
			skipZeroTerminated();
		}
		if ((flags & FCOMMENT) != 0) {
			skipZeroTerminated();
		}
		if ((flags & FHCRC) != 0) {
			skip(2);
		}
		inflater.reset();
		crc.reset();
		memberLength = 0;
		inMember = true;
		members++;
		return true;
	}

	private void endMember() throws IOException {
		int remaining = inflater.getRemaining();
		if (remaining > 0) {
			in.unread(buffer, lastInputEnd - remaining, remaining);
		}
		long expectedCrc = readIntLe();
		long expectedLength = readIntLe();
		if (expectedCrc != crc.getValue()) {
			throw new ZipException("Corrupt gzip data: CRC-32 mismatch in member " + members);
		}
		if (expectedLength != (memberLength & 0xffffffffL)) {
			throw new ZipException("Corrupt gzip data: length mismatch in member " + members);
		}
		inMember = false;
	}

	private long readIntLe() throws IOException {
		long b0 = readByte();
		long b1 = readByte();
		long b2 = readByte();
		long b3 = readByte();
		return b0 | (b1 << 8) | (b2 << 16) | (b3 << 24);
	}

	private int readByte() throws IOException {
		int b = in.read();
		if (b < 0) {
			throw new EOFException(
					"Unexpected end of gzip data (member " + members + " header or trailer is truncated)");
		}
		return b;
	}

	private void skip(int n) throws IOException {
		for (int i = 0; i < n; i++) {
			readByte();
		}
	}

	private void skipZeroTerminated() throws IOException {
		while (readByte() != 0) {
			// skip
		}
	}

	@Override
	public void close() throws IOException {
		inflater.end();
		in.close();
	}

}
