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
package io.rstreams.interop;

import java.util.List;
import java.util.Map;

import io.rstreams.client.aws.DynamoValues;
import io.rstreams.interop.support.InteropExtension;
import io.rstreams.interop.support.JavaBots;
import io.rstreams.interop.support.SampleRun;
import io.rstreams.localbus.LocalBus;
import io.rstreams.localbus.kinesis.PollerStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline sample, unchanged, on the real write path: the binder is given the bus's
 * names and the endpoints of kinesis-local and of the local bus's DynamoDB/S3 API; every
 * event travels as PutRecords to kinesis-local and is stored by the local bus's processor
 * polling it (nothing in-process).
 */
@ExtendWith(InteropExtension.class)
class KinesisPipelineSampleTest {

	@Test
	void theSamplePipelineRunsThroughKinesisLocal(LocalBus bus) {
		try (ConfigurableApplicationContext app = SampleRun.run(JavaBots.busProperties(bus), LocalBus.ACCESS_KEY,
				LocalBus.SECRET_KEY)) {
			SampleRun.assertPipelineDone(app, bus.reader(), bus.checkpointer());
		}
		PollerStats stats = bus.kinesisFeed().orElseThrow().poller().stats();
		assertThat(stats.records()).isGreaterThanOrEqualTo(2);
		assertThat(stats.shards()).containsExactly("shardId-000000000000");
		Map<String, AttributeValue> clock = bus.dynamo()
			.getItem(b -> b.tableName(bus.config().leoSettings())
				.key(Map.of("id", AttributeValue.fromS("kinesis-processor-shardId-000000000000"))))
			.join()
			.item();
		KinesisAsyncClient kinesis = bus.kinesisFeed().orElseThrow().client();
		String stream = bus.config().leoKinesisStream();
		String iterator = kinesis
			.getShardIterator(b -> b.streamName(stream)
				.shardId("shardId-000000000000")
				.shardIteratorType(ShardIteratorType.TRIM_HORIZON))
			.join()
			.shardIterator();
		List<Record> records = kinesis.getRecords(b -> b.shardIterator(iterator)).join().records();
		assertThat(records).hasSize((int) stats.records());
		assertThat(records).extracting(Record::sequenceNumber)
			.as("the shard clock's last batch came from kinesis-local")
			.contains(DynamoValues.string(clock, "sequence"));
	}

}
