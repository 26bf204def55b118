package io.rstreams.client.codec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/** Gzip helpers for records and blocks (protocol.md 5.1: Kinesis records are raw RFC 1952 gzip, {@code 1f 8b}). */
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
