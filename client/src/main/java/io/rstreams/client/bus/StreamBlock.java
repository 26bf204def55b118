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
package io.rstreams.client.bus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.rstreams.client.aws.DynamoValues;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One LeoStream item: a block of consecutive events of one queue, either gzip NDJSON
 * inline or a pointer to an S3 file (protocol.md 2.1). The bus processor writes these;
 * readers query them by {@code (event, end)}.
 *
 * @param event the queue id (hash key)
 * @param start eid of the first event
 * @param end eid of the last event (range key)
 * @param records number of events
 * @param gzip gzip of the NDJSON lines (gzip blocks), else {@code null}
 * @param gzipSize compressed bytes (of the whole file for S3 blocks)
 * @param size uncompressed bytes
 * @param ttl expiry, epoch seconds, or {@code null}
 * @param v storage version, 2
 * @param s3 the file of an S3 block, else {@code null}
 * @param offsets the file's gzip members (S3 blocks)
 * @param timestamp copied from an SDK producer's pointer record, or {@code null}
 * @param eventSourceTimestamp copied from an SDK producer's pointer record, or
 * {@code null}
 * @param archive true for archive blocks
 * @param creator {@code "firehose"} for blocks made by the firehose processor
 */
public record StreamBlock(String event, String start, String end, long records, byte[] gzip, long gzipSize, long size,
		Long ttl, long v, S3Location s3, List<S3Offset> offsets, Long timestamp, Long eventSourceTimestamp,
		boolean archive, String creator) {

	public StreamBlock {
		offsets = offsets == null ? List.of() : List.copyOf(offsets);
	}

	public boolean isGzip() {
		return gzip != null;
	}

	public boolean isS3() {
		return s3 != null;
	}

	/** The DynamoDB item, attributes as the bus processor writes them. */
	public Map<String, AttributeValue> toItem() {
		Map<String, AttributeValue> item = new LinkedHashMap<>();
		item.put("event", DynamoValues.s(event));
		item.put("start", DynamoValues.s(start));
		item.put("end", DynamoValues.s(end));
		item.put("records", DynamoValues.n(records));
		if (gzip != null) {
			item.put("gzip", AttributeValue.fromB(SdkBytes.fromByteArray(gzip)));
		}
		item.put("gzipSize", DynamoValues.n(gzipSize));
		item.put("size", DynamoValues.n(size));
		if (ttl != null) {
			item.put("ttl", DynamoValues.n(ttl));
		}
		item.put("v", DynamoValues.n(v));
		if (s3 != null) {
			item.put("s3",
					DynamoValues.m(Map.of("bucket", DynamoValues.s(s3.bucket()), "key", DynamoValues.s(s3.key()))));
			List<AttributeValue> list = new ArrayList<>();
			for (S3Offset o : offsets) {
				Map<String, AttributeValue> m = new LinkedHashMap<>();
				m.put("event", DynamoValues.s(o.event()));
				m.put("start", o.archiveStart() != null ? DynamoValues.s(o.archiveStart()) : DynamoValues.n(o.start()));
				m.put("end", o.archiveEnd() != null ? DynamoValues.s(o.archiveEnd()) : DynamoValues.n(o.end()));
				m.put("records", DynamoValues.n(o.records()));
				m.put("gzipSize", DynamoValues.n(o.gzipSize()));
				m.put("size", DynamoValues.n(o.size()));
				m.put("offset", DynamoValues.n(o.offset()));
				m.put("gzipOffset", DynamoValues.n(o.gzipOffset()));
				list.add(DynamoValues.m(m));
			}
			item.put("offsets", AttributeValue.fromL(list));
		}
		if (timestamp != null) {
			item.put("timestamp", DynamoValues.n(timestamp));
		}
		if (eventSourceTimestamp != null) {
			item.put("event_source_timestamp", DynamoValues.n(eventSourceTimestamp));
		}
		if (archive) {
			item.put("archive", DynamoValues.bool(true));
		}
		if (creator != null) {
			item.put("creator", DynamoValues.s(creator));
		}
		return item;
	}

	/** Reads an item written by the bus (or this project's local bus). */
	public static StreamBlock fromItem(Map<String, AttributeValue> item) {
		AttributeValue gzip = item.get("gzip");
		Map<String, AttributeValue> s3 = DynamoValues.map(item, "s3");
		List<S3Offset> offsets = new ArrayList<>();
		AttributeValue offsetList = item.get("offsets");
		if (offsetList != null && offsetList.hasL()) {
			for (AttributeValue o : offsetList.l()) {
				Map<String, AttributeValue> m = o.m();
				AttributeValue start = m.get("start");
				AttributeValue end = m.get("end");
				offsets.add(new S3Offset(DynamoValues.string(m, "event"), numberOr(start, 0), numberOr(end, 0),
						orZero(DynamoValues.number(m, "records")), orZero(DynamoValues.number(m, "gzipSize")),
						orZero(DynamoValues.number(m, "size")), orZero(DynamoValues.number(m, "offset")),
						orZero(DynamoValues.number(m, "gzipOffset")), start != null ? start.s() : null,
						end != null ? end.s() : null));
			}
		}
		AttributeValue archive = item.get("archive");
		Long v = DynamoValues.number(item, "v");
		return new StreamBlock(DynamoValues.string(item, "event"), DynamoValues.string(item, "start"),
				DynamoValues.string(item, "end"), orZero(DynamoValues.number(item, "records")),
				gzip != null && gzip.b() != null ? gzip.b().asByteArray() : null,
				orZero(DynamoValues.number(item, "gzipSize")), orZero(DynamoValues.number(item, "size")),
				DynamoValues.number(item, "ttl"), v == null ? 0 : v,
				s3 == null ? null : new S3Location(DynamoValues.string(s3, "bucket"), DynamoValues.string(s3, "key")),
				offsets, DynamoValues.number(item, "timestamp"), DynamoValues.number(item, "event_source_timestamp"),
				archive != null && Boolean.TRUE.equals(archive.bool()), DynamoValues.string(item, "creator"));
	}

	private static long numberOr(AttributeValue v, long fallback) {
		return v != null && v.n() != null ? new BigDecimal(v.n()).longValue() : fallback;
	}

	private static long orZero(Long v) {
		return v == null ? 0 : v;
	}
}
