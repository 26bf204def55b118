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
package io.rstreams.binder.inbound;

import java.time.Duration;

import io.rstreams.binder.properties.CheckpointMode;

/**
 * Everything the inbound side of one consumer binding needs to know, with the defaults
 * already applied: the binder builds it from the binding's properties, so no inbound
 * class reads Spring Cloud Stream's properties.
 *
 * @param bindingName the binding's name (the queue when the binding has none)
 * @param batchMode hand a poll's events to the application as one list
 * @param nativeDecoding leave the payload as the bytes stored, for the application to
 * decode
 * @param concurrency how many workers handle a poll's events (1: the reader thread
 * itself)
 * @param checkpointMode when the read checkpoint moves
 * @param checkpointInterval periodic mode: checkpoint at least this often, or
 * {@code null}
 * @param checkpointCount periodic mode: checkpoint at least every this many events, or
 * {@code null}
 * @param batchSize most events read per poll
 * @param maxBatchBytes most bytes of stored event lines read per poll
 * @param pollInterval how long an idle binding waits between polls
 * @param errorBackoff the first wait after a failure (it doubles up to
 * {@link Backoff#MAX})
 * @param shutdownTimeout how long stopping waits for the event in hand, its outputs and
 * the final checkpoint; also how long a checkpoint waits for pending outputs
 * @param leaseEnabled one active reader per bot and queue
 * @param leaseDuration how long a lease lasts without renewal
 * @param leaseRenewInterval how often the owner renews its lease
 * @param leaseRetryInterval how often a standby reader tries to take the lease
 * @param partitionKeyExpression SpEL over the event deciding the instance (instance-count
 * &gt; 1), or {@code null}
 * @param orderingKeyExpression SpEL over the event keeping events in order (concurrency
 * &gt; 1), or {@code null}
 * @param lagInterval how often the lag is counted while behind
 */
public record ConsumerSettings(String bindingName, boolean batchMode, boolean nativeDecoding, int concurrency,
		CheckpointMode checkpointMode, Duration checkpointInterval, Integer checkpointCount, int batchSize,
		long maxBatchBytes, Duration pollInterval, Duration errorBackoff, Duration shutdownTimeout,
		boolean leaseEnabled, Duration leaseDuration, Duration leaseRenewInterval, Duration leaseRetryInterval,
		String partitionKeyExpression, String orderingKeyExpression, Duration lagInterval) {

	public ConsumerSettings {
		concurrency = Math.max(1, concurrency);
		leaseRenewInterval = leaseRenewInterval != null ? leaseRenewInterval : leaseDuration.dividedBy(3);
	}

	CheckpointPolicy checkpointPolicy() {
		return CheckpointPolicy.of(checkpointMode, checkpointInterval, checkpointCount);
	}
}
