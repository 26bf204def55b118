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
package io.rstreams.client.read;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import io.rstreams.client.BusConfig;
import io.rstreams.client.aws.AwsCallException;
import io.rstreams.client.bus.StreamBlock;
import io.rstreams.client.codec.Gzip;
import io.rstreams.client.testing.BlockTable;
import io.rstreams.client.testing.InMemoryObjectStore;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An unbounded read queries the next LeoStream page while the current one is handed out;
 * a bounded read does not (it would throw the page away); a prefetched page that fails is
 * queried again, never skipped.
 */
class PrefetchTest {

	private static final BusConfig BUS = new BusConfig("us-east-1", "LeoStream", "LeoCron", "LeoEvent", "LeoSettings",
			"LeoSystem", "leos3", "LeoKinesisStream", "LeoFirehoseStream");

	private static final int BLOCKS = 6;

	private static final int PER_BLOCK = 3;

	private final BlockTable table = new BlockTable();

	private final CountingTable counting = new CountingTable(table);

	private final List<String> eids = new ArrayList<>();

	private final QueueReader reader = new QueueReader(counting, new InMemoryObjectStore(), BUS,
			ReaderSettings.defaults().withQueryLimit(2));

	PrefetchTest() {
		for (int b = 0; b < BLOCKS; b++) {
			table.add(gzipBlock("z/2026/11/23/00/28/17953936838" + b + "0"));
		}
	}

	@Test
	void anUnboundedReadHasTheNextPageOnItsWayWhileTheFirstIsHandedOut() {
		try (EventStream stream = reader.read(ReadRequest.of("q", ReadPosition.after("z/2026/11/23"), maxEid()))) {
			stream.next();
			assertThat(counting.queries.get()).as("queries after the first event").isEqualTo(2);
			List<String> read = new ArrayList<>(List.of(eids.get(0)));
			while (stream.hasNext()) {
				read.add(stream.next().lastEid());
			}
			assertThat(read).isEqualTo(eids);
			assertThat(stream.queries()).isEqualTo(BLOCKS / 2);
		}
	}

	@Test
	void aBoundedReadQueriesOnlyWhatItReads() {
		try (EventStream stream = reader
			.read(ReadRequest.of("q", ReadPosition.after("z/2026/11/23"), maxEid()).withLimit(2))) {
			stream.next();
			stream.next();
			assertThat(stream.hasNext()).isFalse();
			assertThat(counting.queries.get()).isEqualTo(1);
		}
	}

	@Test
	void aPrefetchedPageThatFailsIsQueriedAgainAndNothingIsSkipped() {
		counting.failQuery = 2;
		List<String> read = new ArrayList<>();
		try (EventStream stream = reader.read(ReadRequest.of("q", ReadPosition.after("z/2026/11/23"), maxEid()))) {
			for (int i = 0; i < 2 * PER_BLOCK; i++) {
				read.add(stream.next().lastEid());
			}
			assertThatThrownBy(stream::hasNext).isInstanceOf(AwsCallException.class)
				.matches(ex -> ((AwsCallException) ex).isRetryable(), "retryable");
			while (stream.hasNext()) {
				read.add(stream.next().lastEid());
			}
		}
		assertThat(read).isEqualTo(eids);
		assertThat(counting.queries.get()).isEqualTo(BLOCKS / 2 + 1);
	}

	private String maxEid() {
		return eids.get(eids.size() - 1);
	}

	private StreamBlock gzipBlock(String base) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < PER_BLOCK; i++) {
			text.append("{\"id\":\"p\",\"payload\":{\"n\":").append(i).append("},\"eid\":").append(i).append("}\n");
			eids.add(base + "-" + String.format("%07d", i));
		}
		byte[] gzip = Gzip.compress(text.toString().getBytes(StandardCharsets.UTF_8));
		return new StreamBlock("q", base + "-0000000", base + "-" + String.format("%07d", PER_BLOCK - 1), PER_BLOCK,
				gzip, gzip.length, 0, null, 2, null, null, null, null, false, null);
	}

	/** Counts queries; the query numbered {@code failQuery} (from 1) fails in transit. */
	private static final class CountingTable implements DynamoDbAsyncClient {

		private final BlockTable table;

		private final AtomicInteger queries = new AtomicInteger();

		private volatile int failQuery = -1;

		CountingTable(BlockTable table) {
			this.table = table;
		}

		@Override
		public CompletableFuture<QueryResponse> query(QueryRequest request) {
			if (queries.incrementAndGet() == failQuery) {
				return CompletableFuture.failedFuture(SdkClientException.create("connection reset"));
			}
			return table.query(request);
		}

		@Override
		public String serviceName() {
			return "dynamodb";
		}

		@Override
		public void close() {
		}

	}

}
