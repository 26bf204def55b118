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
package io.rstreams.interop.oracle;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

import io.rstreams.interop.support.NodeRuntime;
import io.rstreams.interop.support.NodeServer;
import io.rstreams.localaws.LocalAwsServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The S3 requests of the bus and the binder (S3ObjectStore's PutObject and ranged
 * GetObject, BusVerifier's HeadBucket, the SDK's multipart upload of large files) sent
 * with the AWS SDK v2 to local-aws and to s3rver 3.7.1, which must answer alike: bytes,
 * lengths, ranges, ETags, error codes and messages. s3rver needs the SDK's aws-chunked
 * uploads turned off (local-infra.md 3b), so the compared cases use one client
 * configuration for both; what the SDK's defaults do to s3rver is pinned in its own test.
 */
class S3OracleTest {

	private static final String BUCKET = "oracle-leos3";

	private static LocalAwsServer localAws;

	private static NodeServer s3rver;

	private static Differential<S3Client> s3;

	@BeforeAll
	static void start() throws IOException {
		NodeRuntime.assumeInstalled("s3rver/bin/s3rver.js");
		Path target = Path.of("target");
		Files.createDirectories(target);
		Path directory = Files.createTempDirectory(target.toAbsolutePath(), "s3rver-");
		localAws = LocalAwsServer.start();
		s3rver = NodeServer.s3rver(directory);
		s3 = new Differential<>("s3rver 3.7.1", client(localAws.endpoint(), false), client(s3rver.endpoint(), false));
		s3.same("CreateBucket", c -> c.createBucket(b -> b.bucket(BUCKET)).sdkHttpResponse().statusCode());
	}

	@AfterAll
	static void stop() {
		if (s3 != null) {
			s3.report();
		}
		if (s3rver != null) {
			s3rver.close();
		}
		if (localAws != null) {
			localAws.close();
		}
	}

	/**
	 * s3rver accepts only the access key and secret {@code S3RVER}; local-aws accepts
	 * any.
	 */
	private static S3Client client(URI endpoint, boolean chunkedEncoding) {
		return S3Client.builder()
			.endpointOverride(endpoint)
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("S3RVER", "S3RVER")))
			.forcePathStyle(true)
			.httpClient(UrlConnectionHttpClient.create())
			.serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(chunkedEncoding).build())
			.build();
	}

	private static byte[] bytes(int length, int seed) {
		byte[] bytes = new byte[length];
		for (int i = 0; i < length; i++) {
			bytes[i] = (byte) (i * 31 + seed);
		}
		return bytes;
	}

	private static Function<S3Client, ?> put(String key, byte[] body) {
		return c -> c
			.putObject(b -> b.bucket(BUCKET).key(key).contentLength((long) body.length), RequestBody.fromBytes(body))
			.eTag();
	}

	/**
	 * What a reader of GetObject sees: the bytes, and the length, range and ETag headers.
	 */
	private static Function<S3Client, ?> get(String key, String range) {
		return c -> {
			ResponseBytes<GetObjectResponse> object = c.getObjectAsBytes(b -> b.bucket(BUCKET).key(key).range(range));
			GetObjectResponse r = object.response();
			return List.of(Arrays.hashCode(object.asByteArray()), object.asByteArray().length, r.contentLength(),
					String.valueOf(r.contentRange()), r.eTag(), r.sdkHttpResponse().statusCode());
		};
	}

	@Test
	void headBucket() {
		s3.same("HeadBucket", c -> c.headBucket(b -> b.bucket(BUCKET)).sdkHttpResponse().statusCode());
		s3.same("HeadBucket of a missing bucket",
				c -> c.headBucket(b -> b.bucket("oracle-none")).sdkHttpResponse().statusCode());
	}

	@Test
	void putThenGetWholeAndRanges() {
		byte[] body = bytes(100_000, 7);
		String key = "bus/queue/z/2024/05/01/10/00/1714557600000-0000000.gz";
		s3.same("PutObject", put(key, body));
		s3.same("GetObject", get(key, null));
		s3.same("GetObject bytes=10-19", get(key, "bytes=10-19"));
		s3.same("GetObject bytes=1-1", get(key, "bytes=1-1"));
		s3.same("GetObject bytes=99990- (open-ended)", get(key, "bytes=99990-"));
		s3.same("GetObject bytes=50000-99999 (to the last byte)", get(key, "bytes=50000-99999"));
		s3.same("GetObject bytes=99000-200000 (past the end)", get(key, "bytes=99000-200000"));
		s3.same("HeadObject", c -> {
			var head = c.headObject(b -> b.bucket(BUCKET).key(key));
			return List.of(head.contentLength(), head.eTag());
		});
		s3.same("PutObject over the same key", put(key, bytes(10, 1)));
		s3.same("GetObject after the overwrite", get(key, null));
	}

	@Test
	void emptyAndTextObjects() {
		s3.same("PutObject empty", put("bus/empty", new byte[0]));
		s3.same("GetObject empty", get("bus/empty", null));
		s3.same("PutObject text", put("bus/text.json", "{\"a\":1}\n".getBytes(StandardCharsets.UTF_8)));
		s3.same("GetObject text", get("bus/text.json", null));
	}

	@Test
	void missingObjectsAndBuckets() {
		s3.same("GetObject of a missing key", get("bus/none", null));
		s3.same("GetObject of a missing key, ranged", get("bus/none", "bytes=0-9"));
		s3.same("HeadObject of a missing key",
				c -> c.headObject(b -> b.bucket(BUCKET).key("bus/none")).contentLength());
		s3.same("GetObject in a missing bucket",
				c -> c.getObjectAsBytes(b -> b.bucket("oracle-none").key("k")).asByteArray().length);
		s3.same("PutObject in a missing bucket",
				c -> c.putObject(b -> b.bucket("oracle-none").key("k"), RequestBody.fromBytes(new byte[] { 1 }))
					.eTag());
	}

	/**
	 * Uploads {@code bodies} as parts of one object; returns the parts' ETags and the
	 * object's.
	 */
	private static Function<S3Client, ?> multipart(String key, byte[]... bodies) {
		return c -> {
			String id = c.createMultipartUpload(b -> b.bucket(BUCKET).key(key)).uploadId();
			List<CompletedPart> parts = new ArrayList<>();
			for (int i = 0; i < bodies.length; i++) {
				int number = i + 1;
				byte[] body = bodies[i];
				String etag = c
					.uploadPart(b -> b.bucket(BUCKET)
						.key(key)
						.uploadId(id)
						.partNumber(number)
						.contentLength((long) body.length), RequestBody.fromBytes(body))
					.eTag();
				parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
			}
			String etag = c
				.completeMultipartUpload(
						b -> b.bucket(BUCKET).key(key).uploadId(id).multipartUpload(m -> m.parts(parts)))
				.eTag();
			return List.of(parts.stream().map(CompletedPart::eTag).toList(), etag);
		};
	}

	/**
	 * GetObject without the ETag, for multipart objects (see
	 * {@link #s3rverMultipartETagIsTheObjectsMd5()}).
	 */
	private static Function<S3Client, ?> getBytes(String key, String range) {
		return c -> {
			ResponseBytes<GetObjectResponse> object = c.getObjectAsBytes(b -> b.bucket(BUCKET).key(key).range(range));
			return List.of(Arrays.hashCode(object.asByteArray()), object.asByteArray().length,
					object.response().contentLength(), String.valueOf(object.response().contentRange()));
		};
	}

	@Test
	void multipartUpload() {
		String key = "bus/multipart/file.gz";
		byte[] first = bytes(5 * 1024 * 1024, 3);
		byte[] second = bytes(1234, 4);
		s3.same("multipart upload of 5 MiB + 1234 bytes: the parts' ETags",
				c -> ((List<?>) multipart(key, first, second).apply(c)).get(0));
		s3.same("GetObject of the multipart object", getBytes(key, null));
		s3.same("GetObject across the part boundary",
				getBytes(key, "bytes=" + (first.length - 5) + "-" + (first.length + 4)));
	}

	/**
	 * S3 and local-aws abort a multipart upload (204); s3rver has no AbortMultipartUpload
	 * (405).
	 */
	@Test
	void s3rverCannotAbortAMultipartUpload() {
		s3.differs("AbortMultipartUpload", c -> {
			String id = c.createMultipartUpload(b -> b.bucket(BUCKET).key("bus/multipart/aborted")).uploadId();
			c.uploadPart(b -> b.bucket(BUCKET).key("bus/multipart/aborted").uploadId(id).partNumber(1),
					RequestBody.fromBytes(bytes(1234, 4)));
			return c.abortMultipartUpload(b -> b.bucket(BUCKET).key("bus/multipart/aborted").uploadId(id))
				.sdkHttpResponse()
				.statusCode();
		}, local -> assertThat(local).isEqualTo(204), Differential.fails("S3Exception", "MethodNotAllowed", null));
		s3.same("GetObject of the aborted upload", get("bus/multipart/aborted", null));
	}

	/**
	 * S3 gives a multipart object the ETag
	 * {@code md5(md5(part 1) + ... + md5(part n))-n}, as local-aws does; s3rver gives the
	 * MD5 of the whole object.
	 */
	@Test
	void s3rverMultipartETagIsTheObjectsMd5() {
		byte[] first = bytes(5 * 1024 * 1024, 3);
		byte[] second = bytes(1234, 4);
		s3.differs("CompleteMultipartUpload ETag",
				c -> ((List<?>) multipart("bus/multipart/etag", first, second).apply(c)).get(1),
				local -> assertThat(local).isEqualTo("\"" + md5(md5Bytes(first), md5Bytes(second)) + "-2\""),
				oracle -> assertThat(oracle).isEqualTo("\"" + md5(first, second) + "\""));
	}

	/**
	 * A range that ends at byte 0 is one byte on S3 and local-aws; s3rver answers with
	 * the whole object.
	 */
	@Test
	void s3rverIgnoresARangeEndingAtByteZero() {
		s3.same("PutObject", put("bus/range-zero", bytes(1000, 9)));
		s3.differs("GetObject bytes=0-0", getBytes("bus/range-zero", "bytes=0-0"),
				local -> assertThat(local)
					.isEqualTo(List.of(Arrays.hashCode(new byte[] { 9 }), 1, 1L, "bytes 0-0/1000")),
				oracle -> assertThat(oracle)
					.isEqualTo(List.of(Arrays.hashCode(bytes(1000, 9)), 1000, 1000L, "bytes 0-999/1000")));
	}

	private static byte[] md5Bytes(byte[] bytes) {
		try {
			return MessageDigest.getInstance("MD5").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String md5(byte[]... parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("MD5");
			for (byte[] part : parts) {
				digest.update(part);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * With the SDK's defaults (aws-chunked streaming uploads), s3rver stores the chunk
	 * framing with the bytes; local-aws decodes it as S3 does.
	 */
	@Test
	void s3rverStoresAwsChunkedFraming() {
		byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
		try (S3Client localDefault = client(localAws.endpoint(), true);
				S3Client oracleDefault = client(s3rver.endpoint(), true)) {
			for (S3Client c : List.of(localDefault, oracleDefault)) {
				c.putObject(b -> b.bucket(BUCKET).key("bus/chunked"), RequestBody.fromBytes(body));
			}
			s3.differs("PutObject with aws-chunked encoding, then GetObject",
					c -> new String(c.getObjectAsBytes(b -> b.bucket(BUCKET).key("bus/chunked")).asByteArray(),
							StandardCharsets.UTF_8),
					local -> assertThat(local).isEqualTo("{\"a\":1}"),
					oracle -> assertThat((String) oracle).contains("chunk-signature=").contains("{\"a\":1}"));
		}
	}

}
