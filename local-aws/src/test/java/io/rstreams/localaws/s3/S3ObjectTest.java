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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rstreams.localaws.Clients;
import io.rstreams.localaws.LocalAwsServer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

class S3ObjectTest {

	private static LocalAwsServer server;

	private static S3Client s3;

	private static S3AsyncClient s3Async;

	@BeforeAll
	static void start() {
		server = LocalAwsServer.start();
		s3 = Clients.s3(server);
		s3Async = Clients.s3Async(server);
		s3.createBucket(r -> r.bucket("objects"));
	}

	@AfterAll
	static void stop() {
		s3.close();
		s3Async.close();
		server.close();
	}

	private static byte[] random(int size, long seed) {
		byte[] data = new byte[size];
		new Random(seed).nextBytes(data);
		return data;
	}

	@Test
	void syncPutAndGetAreByteExactForSmallAndMultiMegabyteBodies() {
		for (int size : new int[] { 0, 1, 100, 64 * 1024 + 3, 5 * 1024 * 1024 + 17 }) {
			byte[] data = random(size, size);
			String key = "sync/" + size + ".bin";
			var put = s3.putObject(r -> r.bucket("objects").key(key), RequestBody.fromBytes(data));
			assertThat(put.eTag()).isEqualTo('"' + Checksums.md5Hex(data) + '"');
			assertThat(server.s3().getObject("objects", key)).as("stored bytes of %d", size).isEqualTo(data);
			assertThat(s3.getObjectAsBytes(r -> r.bucket("objects").key(key)).asByteArray()).isEqualTo(data);
		}
	}

	@Test
	void asyncNettyPutAndGetAreByteExact() {
		for (int size : new int[] { 10, 3 * 1024 * 1024 + 5 }) {
			byte[] data = random(size, 42 + size);
			String key = "async/" + size;
			s3Async.putObject(r -> r.bucket("objects").key(key), AsyncRequestBody.fromBytes(data)).join();
			assertThat(server.s3().getObject("objects", key)).isEqualTo(data);
			ResponseBytes<GetObjectResponse> got = s3Async
				.getObject(r -> r.bucket("objects").key(key), AsyncResponseTransformer.toBytes())
				.join();
			assertThat(got.asByteArray()).isEqualTo(data);
		}
	}

	@Test
	void metadataAndHeadersAreKept() {
		byte[] gz = "not really gzip".getBytes(StandardCharsets.UTF_8);
		s3.putObject(r -> r.bucket("objects")
			.key("dir/with space+plus é.gz")
			.contentType("application/x-ndjson")
			.contentEncoding("gzip")
			.cacheControl("no-cache")
			.metadata(Map.of("records", "42", "Source", "bus")), RequestBody.fromBytes(gz));
		HeadObjectResponse head = s3.headObject(r -> r.bucket("objects").key("dir/with space+plus é.gz"));
		assertThat(head.contentLength()).isEqualTo(gz.length);
		assertThat(head.contentType()).isEqualTo("application/x-ndjson");
		assertThat(head.contentEncoding()).isEqualTo("gzip");
		assertThat(head.cacheControl()).isEqualTo("no-cache");
		assertThat(head.metadata()).containsEntry("records", "42").containsEntry("source", "bus");
		assertThat(head.eTag()).isEqualTo('"' + Checksums.md5Hex(gz) + '"');
		assertThat(head.lastModified()).isNotNull();
		var stored = server.s3().head("objects", "dir/with space+plus é.gz").orElseThrow();
		assertThat(stored.metadata().contentEncoding()).as("aws-chunked is not stored").isEqualTo("gzip");
	}

	@Test
	void ranges() {
		byte[] data = "0123456789".getBytes(StandardCharsets.US_ASCII);
		s3.putObject(r -> r.bucket("objects").key("range"), RequestBody.fromBytes(data));
		var middle = s3.getObjectAsBytes(r -> r.bucket("objects").key("range").range("bytes=2-5"));
		assertThat(middle.asUtf8String()).isEqualTo("2345");
		assertThat(middle.response().contentRange()).isEqualTo("bytes 2-5/10");
		assertThat(middle.response().contentLength()).isEqualTo(4L);
		assertThat(s3.getObjectAsBytes(r -> r.bucket("objects").key("range").range("bytes=7-")).asUtf8String())
			.isEqualTo("789");
		assertThat(s3.getObjectAsBytes(r -> r.bucket("objects").key("range").range("bytes=8-100")).asUtf8String())
			.isEqualTo("89");
		assertThat(s3.getObjectAsBytes(r -> r.bucket("objects").key("range").range("bytes=-3")).asUtf8String())
			.isEqualTo("789");
		assertThatThrownBy(() -> s3.getObjectAsBytes(r -> r.bucket("objects").key("range").range("bytes=10-")))
			.isInstanceOfSatisfying(S3Exception.class, e -> {
				assertThat(e.statusCode()).isEqualTo(416);
				assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidRange");
			});
	}

	@Test
	void missingKeysAndBuckets() {
		assertThatThrownBy(() -> s3.getObjectAsBytes(r -> r.bucket("objects").key("nope")))
			.isInstanceOfSatisfying(NoSuchKeyException.class, e -> {
				assertThat(e.statusCode()).isEqualTo(404);
				assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The specified key does not exist.");
			});
		assertThatThrownBy(() -> s3.headObject(r -> r.bucket("objects").key("nope")))
			.isInstanceOf(NoSuchKeyException.class);
		assertThatThrownBy(() -> s3.getObjectAsBytes(r -> r.bucket("no-bucket").key("x")))
			.isInstanceOf(NoSuchBucketException.class);
		assertThatThrownBy(() -> s3.putObject(r -> r.bucket("no-bucket").key("x"), RequestBody.fromString("x")))
			.isInstanceOf(NoSuchBucketException.class);
		assertThatThrownBy(
				() -> s3Async.getObject(r -> r.bucket("objects").key("nope"), AsyncResponseTransformer.toBytes())
					.join())
			.isInstanceOf(CompletionException.class)
			.hasCauseInstanceOf(NoSuchKeyException.class);
	}

	@Test
	void deleteObject() {
		s3.putObject(r -> r.bucket("objects").key("doomed"), RequestBody.fromString("x"));
		s3.deleteObject(r -> r.bucket("objects").key("doomed"));
		s3.deleteObject(r -> r.bucket("objects").key("doomed"));
		assertThat(server.s3().head("objects", "doomed")).isEmpty();
		s3.putObject(r -> r.bucket("objects").key("batch/1"), RequestBody.fromString("1"));
		s3.putObject(r -> r.bucket("objects").key("batch/2"), RequestBody.fromString("2"));
		var deleted = s3.deleteObjects(
				r -> r.bucket("objects").delete(d -> d.objects(o -> o.key("batch/1"), o -> o.key("batch/2"))));
		assertThat(deleted.deleted()).hasSize(2);
		assertThat(server.s3().head("objects", "batch/1")).isEmpty();
	}

}
