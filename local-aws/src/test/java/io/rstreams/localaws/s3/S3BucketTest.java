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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

class S3BucketTest {

	private static LocalAwsServer server;

	private static S3Client s3;

	@BeforeAll
	static void start() {
		server = LocalAwsServer.start();
		s3 = Clients.s3(server);
	}

	@AfterAll
	static void stop() {
		s3.close();
		server.close();
	}

	@Test
	void bucketLifecycle() {
		s3.createBucket(r -> r.bucket("life-cycle"));
		s3.headBucket(r -> r.bucket("life-cycle"));
		assertThat(s3.listBuckets().buckets()).extracting(b -> b.name()).contains("life-cycle");
		assertThatThrownBy(() -> s3.createBucket(r -> r.bucket("life-cycle")))
			.isInstanceOf(BucketAlreadyOwnedByYouException.class);
		s3.putObject(r -> r.bucket("life-cycle").key("x"), RequestBody.fromString("x"));
		assertThatThrownBy(() -> s3.deleteBucket(r -> r.bucket("life-cycle"))).isInstanceOfSatisfying(S3Exception.class,
				e -> {
					assertThat(e.statusCode()).isEqualTo(409);
					assertThat(e.awsErrorDetails().errorCode()).isEqualTo("BucketNotEmpty");
				});
		s3.deleteObject(r -> r.bucket("life-cycle").key("x"));
		s3.deleteBucket(r -> r.bucket("life-cycle"));
		assertThatThrownBy(() -> s3.headBucket(r -> r.bucket("life-cycle"))).isInstanceOf(NoSuchBucketException.class);
		assertThatThrownBy(() -> s3.deleteBucket(r -> r.bucket("life-cycle")))
			.isInstanceOf(NoSuchBucketException.class);
		assertThatThrownBy(() -> s3.listObjectsV2(r -> r.bucket("life-cycle")))
			.isInstanceOf(NoSuchBucketException.class);
		assertThatThrownBy(() -> server.s3().createBucket("Bad_Name")).isInstanceOfSatisfying(
				io.rstreams.localaws.s3.S3Exception.class, e -> assertThat(e.code()).isEqualTo("InvalidBucketName"));
	}

	@Test
	void listObjectsV2WithPrefixDelimiterAndPaging() {
		s3.createBucket(r -> r.bucket("listing"));
		List<String> keys = List.of("bus/a/1", "bus/a/2", "bus/b/1", "bus/c", "bus/d e+f", "other/1", "top");
		for (String key : keys) {
			s3.putObject(r -> r.bucket("listing").key(key), RequestBody.fromString(key));
		}
		ListObjectsV2Response all = s3.listObjectsV2(r -> r.bucket("listing"));
		assertThat(all.contents()).extracting(S3Object::key).containsExactlyElementsOf(keys);
		assertThat(all.contents().get(0).size()).isEqualTo(7L);
		assertThat(all.isTruncated()).isFalse();

		ListObjectsV2Response grouped = s3.listObjectsV2(r -> r.bucket("listing").prefix("bus/").delimiter("/"));
		assertThat(grouped.commonPrefixes()).extracting(CommonPrefix::prefix).containsExactly("bus/a/", "bus/b/");
		assertThat(grouped.contents()).extracting(S3Object::key).containsExactly("bus/c", "bus/d e+f");

		List<String> paged = new ArrayList<>();
		String token = null;
		int pages = 0;
		do {
			String t = token;
			ListObjectsV2Response page = s3
				.listObjectsV2(r -> r.bucket("listing").prefix("bus/").maxKeys(2).continuationToken(t));
			page.contents().forEach(o -> paged.add(o.key()));
			token = page.isTruncated() ? page.nextContinuationToken() : null;
			pages++;
		}
		while (token != null);
		assertThat(paged).containsExactly("bus/a/1", "bus/a/2", "bus/b/1", "bus/c", "bus/d e+f");
		assertThat(pages).isEqualTo(3);

		List<String> groupedPaged = new ArrayList<>();
		token = null;
		do {
			String t = token;
			ListObjectsV2Response page = s3
				.listObjectsV2(r -> r.bucket("listing").delimiter("/").maxKeys(1).continuationToken(t));
			page.commonPrefixes().forEach(p -> groupedPaged.add(p.prefix()));
			page.contents().forEach(o -> groupedPaged.add(o.key()));
			token = page.isTruncated() ? page.nextContinuationToken() : null;
		}
		while (token != null);
		assertThat(groupedPaged).containsExactly("bus/", "other/", "top");

		assertThat(s3.listObjectsV2(r -> r.bucket("listing").startAfter("bus/d")).contents()).extracting(S3Object::key)
			.containsExactly("bus/d e+f", "other/1", "top");
		assertThat(s3.listObjects(r -> r.bucket("listing").prefix("other/")).contents()).extracting(S3Object::key)
			.containsExactly("other/1");
	}

}
