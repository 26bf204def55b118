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

import java.io.InputStream;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * {@link ObjectStore} over the AWS SDK's {@link S3AsyncClient}, every call bounded by a
 * timeout.
 */
public final class S3ObjectStore implements ObjectStore {

	private final S3AsyncClient s3;

	private final Duration timeout;

	public S3ObjectStore(S3AsyncClient s3, Duration timeout) {
		this.s3 = Objects.requireNonNull(s3, "s3");
		this.timeout = Objects.requireNonNull(timeout, "timeout");
	}

	@Override
	public CompletableFuture<Void> put(String bucket, String key, byte[] bytes) {
		PutObjectRequest request = PutObjectRequest.builder()
			.bucket(bucket)
			.key(key)
			.contentLength((long) bytes.length)
			.overrideConfiguration(AwsCalls.timeout(timeout))
			.build();
		return s3.putObject(request, AsyncRequestBody.fromBytes(bytes)).handle((response, failure) -> {
			if (failure != null) {
				throw AwsCalls.translate(failure, AwsOperation.s3("PutObject", bucket, key),
						() -> "S3 PutObject s3://" + bucket + "/" + key);
			}
			return null;
		});
	}

	@Override
	public InputStream openFrom(String bucket, String key, long fromByte) {
		return open(bucket, key, fromByte, fromByte > 0 ? "bytes=" + fromByte + "-" : null);
	}

	@Override
	public InputStream openRange(String bucket, String key, long fromByte, long length) {
		if (length <= 0) {
			return InputStream.nullInputStream();
		}
		return open(bucket, key, fromByte, "bytes=" + fromByte + "-" + (fromByte + length - 1));
	}

	/**
	 * The body streams in after the call returned, so its own failures are tagged as
	 * transport failures (see {@link ObjectBodyStream}) for the reader to retry rather
	 * than blame the data.
	 */
	private InputStream open(String bucket, String key, long fromByte, String range) {
		GetObjectRequest.Builder request = GetObjectRequest.builder()
			.bucket(bucket)
			.key(key)
			.overrideConfiguration(AwsCalls.timeout(timeout));
		if (range != null) {
			request.range(range);
		}
		ResponseInputStream<GetObjectResponse> body;
		try {
			body = AwsCalls.await(s3.getObject(request.build(), AsyncResponseTransformer.toBlockingInputStream()),
					timeout, AwsOperation.s3("GetObject", bucket, key),
					() -> "S3 GetObject s3://" + bucket + "/" + key);
		}
		catch (AwsCallException ex) {
			if (ex.getCause() instanceof NoSuchKeyException || "NoSuchKey".equals(ex.errorCode())) {
				throw new MissingObjectException(bucket, key, ex);
			}
			throw ex;
		}
		Long length = body.response().contentLength();
		return new ObjectBodyStream(body, bucket, key, fromByte, length == null ? -1 : length);
	}

}
