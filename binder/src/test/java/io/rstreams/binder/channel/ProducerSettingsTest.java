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
import io.rstreams.client.write.WriteMode;
import io.rstreams.client.write.WriterSettings;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer properties spell their defaults out as literals (the configuration
 * processor shows only literals to IDEs); these tests keep them equal to the client's
 * {@link WriterSettings#defaults()}, the one source.
 */
class ProducerSettingsTest {

	private final WriterSettings defaults = WriterSettings.defaults();

	private final RStreamsProducerProperties properties = new RStreamsProducerProperties();

	@Test
	void eachPropertyDefaultIsTheWriterDefault() {
		assertThat(properties.getMode()).isEqualTo(defaults.mode());
		assertThat(properties.getLinger()).isEqualTo(defaults.linger());
		assertThat(properties.getChunkRecords()).isEqualTo(defaults.chunkRecords());
		assertThat(properties.getChunkSize().toBytes()).isEqualTo(defaults.chunkBytes());
		assertThat(properties.getBatchRecords()).isEqualTo(defaults.batchRecords());
		assertThat(properties.getOffloadThreshold().toBytes()).isEqualTo(defaults.offloadThresholdBytes());
		assertThat(properties.getExplicitHashKey()).isEqualTo(defaults.explicitHashKey());
		assertThat(properties.isUseQueuePartition()).isEqualTo(defaults.useQueuePartition());
		assertThat(properties.getMaxAttempts()).isEqualTo(defaults.maxAttempts());
		assertThat(properties.getMaxBufferedSize().toBytes()).isEqualTo(defaults.maxBufferedBytes());
		assertThat(properties.getCallTimeout()).isEqualTo(defaults.callTimeout());
	}

	@Test
	void defaultPropertiesGiveTheWriterDefaults() {
		assertThat(ProducerSettings.of(properties)).isEqualTo(defaults);
	}

	@Test
	void propertiesOverrideAndTheRestStaysDefault() {
		properties.setMode(WriteMode.S3);
		properties.setLinger(Duration.ofMillis(5));
		properties.setBatchRecords(7);
		properties.setChunkSize(DataSize.ofKilobytes(64));
		properties.setMaxAttempts(3);
		properties.setUseQueuePartition(true);
		WriterSettings settings = ProducerSettings.of(properties);
		assertThat(settings).isEqualTo(defaults.toBuilder()
			.mode(WriteMode.S3)
			.linger(Duration.ofMillis(5))
			.chunk(defaults.chunkRecords(), 64 * 1024)
			.batch(7, defaults.batchBytes())
			.partitioning(defaults.partitionKey(), null, true)
			.retries(3, defaults.backoffInitial(), defaults.backoffMax())
			.build());
	}

	@Test
	void deadLettersAreTheDefaultsSentSooner() {
		assertThat(ProducerSettings.deadLetters())
			.isEqualTo(defaults.toBuilder().linger(ProducerSettings.DEAD_LETTER_LINGER).build());
		assertThat(ProducerSettings.DEAD_LETTER_LINGER).isLessThan(defaults.linger());
	}

}
