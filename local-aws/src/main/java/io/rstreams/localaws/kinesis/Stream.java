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
package io.rstreams.localaws.kinesis;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A stream: its name, ARN, creation time and shards, and a count of records ever put, on
 * which in-process consumers wait instead of polling.
 */
final class Stream {

	final String name;

	final String arn;

	final Instant created;

	final List<Shard> shards;

	private long appended;

	Stream(String name, String arn, Instant created, int shardCount, long maxBytesPerShard) {
		this.name = name;
		this.arn = arn;
		this.created = created;
		List<Shard> list = new ArrayList<>(shardCount);
		for (int i = 0; i < shardCount; i++) {
			list.add(new Shard(i, shardCount, maxBytesPerShard));
		}
		this.shards = List.copyOf(list);
	}

	Shard shardFor(BigInteger hashKey) {
		for (Shard s : shards) {
			if (s.holds(hashKey)) {
				return s;
			}
		}
		throw new IllegalStateException("No shard of " + name + " holds hash key " + hashKey);
	}

	Shard shard(String shardId) {
		for (Shard s : shards) {
			if (s.id.equals(shardId)) {
				return s;
			}
		}
		throw KinesisException.resourceNotFound("Shard " + shardId + " in stream " + name + " under account "
				+ KinesisEngine.ACCOUNT + " does not exist");
	}

	synchronized void appended(int records) {
		appended += records;
		notifyAll();
	}

	synchronized long appendedCount() {
		return appended;
	}

	/**
	 * Waits until more than {@code seen} records were ever put, at most {@code millis}.
	 */
	synchronized boolean awaitAppended(long seen, long millis) throws InterruptedException {
		long deadline = System.nanoTime() + millis * 1_000_000;
		while (appended <= seen) {
			long left = (deadline - System.nanoTime()) / 1_000_000;
			if (left <= 0) {
				return false;
			}
			wait(left);
		}
		return true;
	}

}
