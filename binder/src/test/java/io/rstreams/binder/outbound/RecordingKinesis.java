package io.rstreams.binder.outbound;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

import io.rstreams.client.aws.KinesisRecord;
import io.rstreams.client.aws.KinesisTransport;
import io.rstreams.client.aws.PutResult;
import io.rstreams.client.Json;
import tools.jackson.databind.JsonNode;

/** A Kinesis transport that records every record put and accepts them, or refuses them all when told to. */
final class RecordingKinesis implements KinesisTransport {

	final List<KinesisRecord> records = new CopyOnWriteArrayList<>();
	volatile boolean refuse;

	@Override
	public CompletableFuture<List<PutResult>> putRecords(String streamName, List<KinesisRecord> batch) {
		List<PutResult> results = new ArrayList<>();
		for (KinesisRecord r : batch) {
			records.add(r);
			results.add(refuse ? PutResult.failed("InternalFailure", "refused by the test")
					: PutResult.accepted("shardId-000000000000", Integer.toString(records.size())));
		}
		return CompletableFuture.completedFuture(results);
	}

	/** The events of every record, in order: each record is gzip NDJSON. */
	List<JsonNode> events() {
		List<JsonNode> events = new ArrayList<>();
		for (KinesisRecord r : records) {
			for (String line : gunzip(r.data()).split("\n")) {
				if (!line.isEmpty()) {
					events.add(Json.mapper().readTree(line));
				}
			}
		}
		return events;
	}

	private static String gunzip(byte[] data) {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
