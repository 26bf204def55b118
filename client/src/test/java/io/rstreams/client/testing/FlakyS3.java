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
package io.rstreams.client.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * An {@link S3AsyncClient} that serves GetObject (with {@code Range}) from a map and can
 * break the way a network does: the body fails or ends early at a given byte of the
 * object, or the call itself is refused. Only GetObject through
 * {@code AsyncResponseTransformer.toBlockingInputStream()} is supported, which is what
 * the reader uses.
 */
public final class FlakyS3 implements S3AsyncClient {

	/** How the next responses break. */
	public enum Fault {

		/** the connection drops: the body's read throws an IOException */
		IO_EXCEPTION,
		/** the SDK gives up on the body: its read throws an SdkClientException */
		CLIENT_EXCEPTION,
		/** the body ends cleanly but before its Content-Length */
		SHORT_BODY,
		/** GetObject itself fails with a 503 */
		UNAVAILABLE

	}

	private final Map<String, byte[]> objects = new ConcurrentHashMap<>();

	private final AtomicInteger gets = new AtomicInteger();

	private volatile Fault fault;

	private volatile long failAt;

	private volatile int healthyGets;

	public void put(String bucket, String key, byte[] bytes) {
		objects.put(bucket + "/" + key, bytes.clone());
	}

	/**
	 * From now on, responses break with {@code fault} at byte {@code atByte} of the
	 * object.
	 */
	public void breakAt(Fault newFault, long atByte) {
		breakAt(newFault, atByte, 0);
	}

	/**
	 * Like {@link #breakAt(Fault, long)}, but the next {@code healthy} GetObject calls
	 * still succeed.
	 */
	public void breakAt(Fault newFault, long atByte, int healthy) {
		failAt = atByte;
		healthyGets = gets.get() + healthy;
		fault = newFault;
	}

	public void heal() {
		fault = null;
	}

	public int gets() {
		return gets.get();
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> CompletableFuture<T> getObject(GetObjectRequest request,
			AsyncResponseTransformer<GetObjectResponse, T> transformer) {
		int get = gets.incrementAndGet();
		byte[] bytes = objects.get(request.bucket() + "/" + request.key());
		if (bytes == null) {
			return CompletableFuture.failedFuture(NoSuchKeyException.builder()
				.statusCode(404)
				.awsErrorDetails(AwsErrorDetails.builder().errorCode("NoSuchKey").errorMessage("no such key").build())
				.build());
		}
		Fault now = get > healthyGets ? fault : null;
		if (now == Fault.UNAVAILABLE) {
			return CompletableFuture.failedFuture(S3Exception.builder()
				.statusCode(503)
				.awsErrorDetails(
						AwsErrorDetails.builder().errorCode("ServiceUnavailable").errorMessage("try again").build())
				.build());
		}
		long[] range = range(request.range(), bytes.length);
		int from = (int) range[0];
		int length = (int) (range[1] - range[0] + 1);
		InputStream body = new ByteArrayInputStream(bytes, from, length);
		if (now != null) {
			body = new BreakingStream(body, now, failAt - from);
		}
		GetObjectResponse response = GetObjectResponse.builder().contentLength((long) length).build();
		return CompletableFuture
			.completedFuture((T) new ResponseInputStream<>(response, AbortableInputStream.create(body)));
	}

	/** {@code bytes=a-} or {@code bytes=a-b}, clamped to the object as S3 does. */
	private static long[] range(String header, long size) {
		if (header == null) {
			return new long[] { 0, size - 1 };
		}
		String spec = header.substring("bytes=".length());
		int dash = spec.indexOf('-');
		long from = Long.parseLong(spec.substring(0, dash));
		long to = dash == spec.length() - 1 ? size - 1 : Math.min(size - 1, Long.parseLong(spec.substring(dash + 1)));
		return new long[] { from, to };
	}

	@Override
	public String serviceName() {
		return "s3";
	}

	@Override
	public void close() {
	}

	/** Delivers {@code good} bytes, then breaks. */
	private static final class BreakingStream extends InputStream {

		private final InputStream in;

		private final Fault fault;

		private long good;

		BreakingStream(InputStream in, Fault fault, long good) {
			this.in = in;
			this.fault = fault;
			this.good = Math.max(0, good);
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			int n = read(one, 0, 1);
			return n < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			if (good == 0) {
				return switch (fault) {
					case IO_EXCEPTION -> throw new IOException("Connection reset by peer");
					case CLIENT_EXCEPTION -> throw SdkClientException.create("Unable to read the response body");
					default -> -1;
				};
			}
			int n = in.read(b, off, (int) Math.min(len, good));
			if (n > 0) {
				good -= n;
			}
			return n;
		}

	}

}
