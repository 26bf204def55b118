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
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchUploadException;
import software.amazon.awssdk.services.s3.model.S3Exception;

class S3MultipartAndFilesTest {

	private static byte[] random(int size, long seed) {
		byte[] data = new byte[size];
		new Random(seed).nextBytes(data);
		return data;
	}

	private static List<CompletedPart> upload(S3Client s3, String bucket, String key, String uploadId,
			List<byte[]> parts) {
		List<CompletedPart> completed = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			int number = i + 1;
			String etag = s3
				.uploadPart(r -> r.bucket(bucket).key(key).uploadId(uploadId).partNumber(number),
						RequestBody.fromBytes(parts.get(number - 1)))
				.eTag();
			completed.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
		}
		return completed;
	}

	@Test
	void multipartUploadJoinsPartsByteExactly() {
		try (LocalAwsServer server = LocalAwsServer.start(); S3Client s3 = Clients.s3(server)) {
			s3.createBucket(r -> r.bucket("multi"));
			List<byte[]> parts = List.of(random(5 * 1024 * 1024, 1), random(5 * 1024 * 1024, 2), random(1234, 3));
			String uploadId = s3
				.createMultipartUpload(r -> r.bucket("multi")
					.key("big.bin")
					.contentType("application/gzip")
					.metadata(Map.of("kind", "archive")))
				.uploadId();
			List<CompletedPart> completed = upload(s3, "multi", "big.bin", uploadId, parts);
			var result = s3.completeMultipartUpload(
					r -> r.bucket("multi").key("big.bin").uploadId(uploadId).multipartUpload(m -> m.parts(completed)));
			assertThat(result.eTag()).endsWith("-3\"");

			ByteArrayOutputStream expected = new ByteArrayOutputStream();
			parts.forEach(expected::writeBytes);
			assertThat(s3.getObjectAsBytes(r -> r.bucket("multi").key("big.bin")).asByteArray())
				.isEqualTo(expected.toByteArray());
			var head = s3.headObject(r -> r.bucket("multi").key("big.bin"));
			assertThat(head.contentType()).isEqualTo("application/gzip");
			assertThat(head.metadata()).containsEntry("kind", "archive");
			assertThat(head.eTag()).isEqualTo(result.eTag());
		}
	}

	@Test
	void multipartErrors() {
		try (LocalAwsServer server = LocalAwsServer.start(); S3Client s3 = Clients.s3(server)) {
			s3.createBucket(r -> r.bucket("multi"));
			String uploadId = s3.createMultipartUpload(r -> r.bucket("multi").key("k")).uploadId();
			List<CompletedPart> small = upload(s3, "multi", "k", uploadId, List.of(random(100, 1), random(100, 2)));
			assertThatThrownBy(() -> s3.completeMultipartUpload(
					r -> r.bucket("multi").key("k").uploadId(uploadId).multipartUpload(m -> m.parts(small))))
				.isInstanceOfSatisfying(S3Exception.class,
						e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("EntityTooSmall"));
			assertThatThrownBy(() -> s3.completeMultipartUpload(r -> r.bucket("multi")
				.key("k")
				.uploadId(uploadId)
				.multipartUpload(m -> m.parts(small.get(1), small.get(0))))).isInstanceOfSatisfying(S3Exception.class,
						e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidPartOrder"));
			assertThatThrownBy(() -> s3.completeMultipartUpload(r -> r.bucket("multi")
				.key("k")
				.uploadId(uploadId)
				.multipartUpload(m -> m.parts(CompletedPart.builder().partNumber(1).eTag("\"bad\"").build()))))
				.isInstanceOfSatisfying(S3Exception.class,
						e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidPart"));
			s3.abortMultipartUpload(r -> r.bucket("multi").key("k").uploadId(uploadId));
			assertThatThrownBy(() -> s3.uploadPart(r -> r.bucket("multi").key("k").uploadId(uploadId).partNumber(1),
					RequestBody.fromString("x")))
				.isInstanceOf(NoSuchUploadException.class);
			assertThat(server.s3().head("multi", "k")).isEmpty();
		}
	}

	@Test
	void asyncMultipartUpload() {
		try (LocalAwsServer server = LocalAwsServer.start(); S3AsyncClient s3 = Clients.s3Async(server)) {
			s3.createBucket(r -> r.bucket("multi")).join();
			byte[] first = random(5 * 1024 * 1024, 7);
			byte[] last = random(10, 8);
			String uploadId = s3.createMultipartUpload(r -> r.bucket("multi").key("a")).join().uploadId();
			String e1 = s3
				.uploadPart(r -> r.bucket("multi").key("a").uploadId(uploadId).partNumber(1),
						AsyncRequestBody.fromBytes(first))
				.join()
				.eTag();
			String e2 = s3
				.uploadPart(r -> r.bucket("multi").key("a").uploadId(uploadId).partNumber(2),
						AsyncRequestBody.fromBytes(last))
				.join()
				.eTag();
			s3.completeMultipartUpload(r -> r.bucket("multi")
				.key("a")
				.uploadId(uploadId)
				.multipartUpload(m -> m.parts(CompletedPart.builder().partNumber(1).eTag(e1).build(),
						CompletedPart.builder().partNumber(2).eTag(e2).build())))
				.join();
			byte[] stored = server.s3().getObject("multi", "a");
			assertThat(stored).hasSize(first.length + last.length);
			assertThat(java.util.Arrays.copyOfRange(stored, first.length, stored.length)).isEqualTo(last);
		}
	}

	@Test
	void objectsCanLiveInADirectoryAndSurviveARestart(@TempDir Path dir) throws Exception {
		LocalAwsServer.Options options = LocalAwsServer.Options.defaults().s3Directory(dir);
		try (LocalAwsServer server = LocalAwsServer.start(options); S3Client s3 = Clients.s3(server)) {
			s3.createBucket(r -> r.bucket("files"));
			s3.putObject(r -> r.bucket("files")
				.key("bus/queue/z/2024/part.gz")
				.contentType("application/gzip")
				.metadata(Map.of("records", "7")), RequestBody.fromString("hello", StandardCharsets.UTF_8));
			assertThat(Files.readString(dir.resolve("files/bus/queue/z/2024/part.gz"))).isEqualTo("hello");
			assertThatThrownBy(
					() -> s3.putObject(r -> r.bucket("files").key("bus/../../escape"), RequestBody.fromString("x")))
				.isInstanceOfSatisfying(S3Exception.class,
						e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidArgument"));
			assertThatThrownBy(() -> s3.putObject(r -> r.bucket("files").key("bus/queue/z/2024/part.gz/child"),
					RequestBody.fromString("x")))
				.isInstanceOfSatisfying(S3Exception.class,
						e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidArgument"));
			s3.putObject(r -> r.bucket("files").key("gone/soon"), RequestBody.fromString("x"));
			s3.deleteObject(r -> r.bucket("files").key("gone/soon"));
			assertThat(dir.resolve("files/gone")).doesNotExist();
		}
		try (LocalAwsServer server = LocalAwsServer.start(options); S3Client s3 = Clients.s3(server)) {
			var object = s3.getObjectAsBytes(r -> r.bucket("files").key("bus/queue/z/2024/part.gz"));
			assertThat(object.asUtf8String()).isEqualTo("hello");
			assertThat(object.response().contentType()).isEqualTo("application/gzip");
			assertThat(object.response().metadata()).containsEntry("records", "7");
			assertThat(s3.listObjectsV2(r -> r.bucket("files")).contents()).hasSize(1);
		}
	}

}
