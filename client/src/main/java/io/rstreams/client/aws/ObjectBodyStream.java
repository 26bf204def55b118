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
 * The body of an S3 GetObject response, with failures of the transport told apart from
 * the bytes it carried: any failure of the underlying read, and an end of stream before
 * the response's {@code Content-Length}, becomes a {@link TransientReadException}.
 * Without the length check a dropped connection can look like a clean end of stream, and
 * a short body like a corrupt file.
 */
public final class ObjectBodyStream extends InputStream {

	private final InputStream body;

	private final String bucket;

	private final String key;

	private final long end;

	private long position;

	/**
	 * @param fromByte where in the object the body starts
	 * @param contentLength the body's announced length, or a negative number when unknown
	 */
	public ObjectBodyStream(InputStream body, String bucket, String key, long fromByte, long contentLength) {
		this.body = body;
		this.bucket = bucket;
		this.key = key;
		this.position = fromByte;
		this.end = contentLength < 0 ? -1 : fromByte + contentLength;
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		int n = read(one, 0, 1);
		return n < 0 ? -1 : one[0] & 0xff;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		if (len == 0) {
			return 0;
		}
		int n;
		try {
			n = body.read(b, off, len);
		}
		catch (TransientReadException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new TransientReadException(bucket, key, position, "the connection failed (" + ex + ")", ex);
		}
		if (n < 0) {
			if (end >= 0 && position < end) {
				throw new TransientReadException(bucket, key, position,
						"the body ended " + (end - position) + " bytes before its Content-Length", null);
			}
			return -1;
		}
		position += n;
		return n;
	}

	@Override
	public void close() throws IOException {
		body.close();
	}

}
