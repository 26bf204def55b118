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
package io.rstreams.client.write;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;

import io.rstreams.client.aws.KinesisRecord;
import io.rstreams.client.aws.KinesisTransport;
import io.rstreams.client.aws.PutResult;
import io.rstreams.client.codec.MultiMemberGzipInputStream;

/**
 * A Kinesis transport that records every PutRecords and answers as a policy says
 * (default: accept all).
 */
final class RecordingKinesis implements KinesisTransport {

	final List<List<KinesisRecord>> calls = new CopyOnWriteArrayList<>();

	volatile BiFunction<Integer, KinesisRecord, PutResult> policy = (call, record) -> PutResult
		.accepted("shardId-000000000000", "1");

	@Override
	public CompletableFuture<List<PutResult>> putRecords(String streamName, List<KinesisRecord> records) {
		int call = calls.size();
		calls.add(List.copyOf(records));
		List<PutResult> results = new ArrayList<>();
		for (KinesisRecord r : records) {
			results.add(policy.apply(call, r));
		}
		return CompletableFuture.completedFuture(results);
	}

	/** Every record ever accepted, in order of acceptance, decompressed. */
	List<String> acceptedTexts() {
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < calls.size(); i++) {
			for (KinesisRecord r : calls.get(i)) {
				if (policy.apply(i, r).accepted()) {
					texts.add(gunzip(r.data()));
				}
			}
		}
		return texts;
	}

	static String gunzip(byte[] data) {
		try (MultiMemberGzipInputStream in = new MultiMemberGzipInputStream(new ByteArrayInputStream(data))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
