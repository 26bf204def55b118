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
package io.rstreams.binder.channel;

import java.time.Duration;

import io.rstreams.binder.properties.RStreamsProducerProperties;
import io.rstreams.client.write.WriterSettings;

/**
 * The writer settings of a binding: its producer properties over
 * {@link WriterSettings#defaults()}, so the client stays the one source of what a
 * property does not set (back-off, PutRecords bytes, S3 and Firehose limits).
 */
final class ProducerSettings {

	/**
	 * A dead letter is rare and someone waits for it: waiting the default 200 ms for
	 * company only delays it.
	 */
	static final Duration DEAD_LETTER_LINGER = Duration.ofMillis(20);

	private ProducerSettings() {
	}

	static WriterSettings of(RStreamsProducerProperties p) {
		WriterSettings d = WriterSettings.defaults();
		return d.toBuilder()
			.mode(p.getMode())
			.linger(p.getLinger())
			.chunk(p.getChunkRecords(), p.getChunkSize().toBytes())
			.batch(p.getBatchRecords(), d.batchBytes())
			.offloadThresholdBytes(p.getOffloadThreshold().toBytes())
			.partitioning(d.partitionKey(), p.isUseQueuePartition() ? null : p.getExplicitHashKey(),
					p.isUseQueuePartition())
			.retries(p.getMaxAttempts(), d.backoffInitial(), d.backoffMax())
			.maxBufferedBytes(p.getMaxBufferedSize().toBytes())
			.callTimeout(p.getCallTimeout())
			.build();
	}

	/** The dead-letter queue's writer: the defaults, sent sooner. */
	static WriterSettings deadLetters() {
		return WriterSettings.defaults().toBuilder().linger(DEAD_LETTER_LINGER).build();
	}

}
