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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import io.rstreams.client.EventId;
import io.rstreams.client.Json;
import io.rstreams.client.codec.MultiMemberGzipInputStream;
import io.rstreams.client.testing.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The S3 events file and its pointer record, against the Node SDK's {@code useS3} write
 * (protocol.md 5.2).
 */
class EventsFileTest {

	private static final long CREATED = 1_795_393_683_832L;

	/**
	 * Decompressed with the JDK's own reader, so that the file is checked independently
	 * of ours.
	 */
	static String gunzip(byte[] data) {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static JsonNode pointer(EventsFile file, long now) {
		return Json.mapper().readTree(gunzip(file.pointerRecord(now)));
	}

	static ObjectNode event(String id, int n, long est, long ts) {
		ObjectNode e = Json.mapper().createObjectNode();
		e.putObject("payload").put("n", n);
		e.put("event_source_timestamp", est);
		e.put("id", id);
		e.put("event", "orders");
		e.put("timestamp", ts);
		return e;
	}

	static List<String> names(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

	@Test
	void theSdkEventsGiveTheSdkFileAndPointer() {
		JsonNode sdkPointer = Json.mapper()
			.readTree(Fixtures.json("kinesis-records-from-leo-sdk.json").get(1).get("decompressed").asString());
		String sdkKey = sdkPointer.get("s3").get("key").asString();
		byte[] sdkObject = Fixtures.s3Objects("leostream-fx_s3.json").get(sdkKey);
		String sdkText = gunzip(sdkObject);

		EventsFile file = new EventsFile("fx_s3", "ref-leos3", "fx_writer", 1, CREATED);
		for (String line : sdkText.split("\n")) {
			ObjectNode event = (ObjectNode) Json.mapper().readTree(line);
			event.remove("eid");
			file.add(event);
		}
		file.closeMember();

		assertThat(gunzip(file.bytes())).isEqualTo(sdkText);
		String uuid = sdkKey.substring(sdkKey.lastIndexOf("0000001-") + 8, sdkKey.length() - 3);
		String sdkKeyStem = sdkKey.substring(0, sdkKey.length() - uuid.length() - 3);
		assertThat(file.key()).startsWith(sdkKeyStem).endsWith(".gz");
		assertThat(UUID.fromString(file.key().substring(sdkKeyStem.length(), file.key().length() - 3))).isNotNull();

		// gzip output differs between zlib builds: the compressed sizes are ours,
		// everything else the SDK's
		JsonNode ours = pointer(file, sdkPointer.get("timestamp").asLong());
		ObjectNode expected = (ObjectNode) sdkPointer.deepCopy();
		((ObjectNode) expected.get("s3")).put("key", file.key());
		expected.put("gzipSize", file.bytes().length);
		((ObjectNode) expected.get("offsets").get(0)).put("gzipSize", file.bytes().length);
		assertThat(ours).isEqualTo(expected);
		assertThat(names(ours)).containsExactlyElementsOf(names(sdkPointer));
		assertThat(names(ours.get("offsets").get(0)))
			.containsExactlyElementsOf(names(sdkPointer.get("offsets").get(0)));
	}

	@Test
	void everyMemberIsAnIndependentGzipWhosePlaceThePointerGives() throws IOException {
		EventsFile file = new EventsFile("orders", "bucket", "my_bot", 3, CREATED);
		int[] memberSizes = { 2, 3, 1 };
		List<String> texts = new ArrayList<>();
		int n = 0;
		for (int size : memberSizes) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < size; i++) {
				ObjectNode e = event("my_bot", n++, 1_000L + n, 2_000L + n);
				int lineSize = file.add(e);
				String line = Json.mapper().writeValueAsString(e) + "\n";
				assertThat(lineSize).isEqualTo(line.getBytes(StandardCharsets.UTF_8).length);
				text.append(line);
			}
			assertThat(file.memberSize()).isEqualTo(text.toString().getBytes(StandardCharsets.UTF_8).length);
			file.closeMember();
			texts.add(text.toString());
		}
		file.closeMember();
		byte[] bytes = file.bytes();

		List<S3Offset> offsets = file.offsets();
		assertThat(offsets).hasSize(memberSizes.length);
		long start = 0;
		long gzipOffset = 0;
		long offset = 0;
		for (int m = 0; m < memberSizes.length; m++) {
			S3Offset o = offsets.get(m);
			long textSize = texts.get(m).getBytes(StandardCharsets.UTF_8).length;
			assertThat(o).isEqualTo(new S3Offset("orders", start, start + memberSizes[m] - 1, memberSizes[m],
					o.gzipSize(), textSize, offset, gzipOffset));
			byte[] member = Arrays.copyOfRange(bytes, (int) o.gzipOffset(), (int) (o.gzipOffset() + o.gzipSize()));
			assertThat(gunzip(member)).isEqualTo(texts.get(m));
			String[] lines = texts.get(m).split("\n");
			for (int i = 0; i < lines.length; i++) {
				assertThat(Json.mapper().readTree(lines[i]).get("eid").asLong()).isEqualTo(i);
			}
			start += memberSizes[m];
			gzipOffset += o.gzipSize();
			offset += textSize;
		}
		assertThat(gzipOffset).isEqualTo(bytes.length);
		assertThat(file.size()).isEqualTo(offset);
		assertThat(file.records()).isEqualTo(6);

		String all = String.join("", texts);
		assertThat(gunzip(bytes)).isEqualTo(all);
		try (MultiMemberGzipInputStream in = new MultiMemberGzipInputStream(new ByteArrayInputStream(bytes))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(all);
			assertThat(in.members()).isEqualTo(memberSizes.length);
		}

		JsonNode p = pointer(file, 5_000L);
		assertThat(p.get("start").isNull()).isTrue();
		assertThat(p.get("end").asLong()).isEqualTo(5);
		assertThat(p.get("records").asLong()).isEqualTo(6);
		assertThat(p.get("size").asLong()).isEqualTo(offset);
		assertThat(p.get("gzipSize").asLong()).isEqualTo(bytes.length);
		assertThat(p.get("offsets")).hasSize(memberSizes.length);
		assertThat(p.get("correlations")).hasSize(memberSizes.length);
		assertThat(p.get("timestamp").asLong()).isEqualTo(5_000L);
		assertThat(p.get("event_source_timestamp").asLong()).isEqualTo(5_000L);
	}

	@Test
	void statsAndCorrelationsAreKeptPerProducerAndSource() {
		EventsFile file = new EventsFile("orders", "bucket", null, 42, CREATED);
		ObjectNode a1 = event("bot_a", 1, 1_500L, 2_100L);
		a1.putObject("correlation_id").put("source", "upstream").put("start", "z/1").put("units", 2);
		ObjectNode b1 = event("bot_b", 2, 1_700L, 2_050L);
		b1.put("units", 3);
		ObjectNode a2 = event("bot_a", 3, 1_400L, 2_200L);
		a2.putObject("correlation_id").put("source", "upstream").put("start", "z/2").put("end", "z/5").put("units", 4);
		file.add(a1);
		file.add(b1);
		file.add(a2);
		file.closeMember();

		JsonNode stats = pointer(file, 9L).get("stats");
		assertThat(names(stats)).containsExactly("bot_a", "bot_b");
		assertThat(stats.get("bot_a"))
			.isEqualTo(Json.mapper().readTree("{\"start\":1500,\"end\":2200,\"units\":2,\"checkpoint\":2}"));
		assertThat(stats.get("bot_b"))
			.isEqualTo(Json.mapper().readTree("{\"start\":1700,\"end\":2050,\"units\":3,\"checkpoint\":1}"));
		// start of the first, end (or start) of the last, units summed; the timestamps of
		// the last correlated event
		assertThat(pointer(file, 9L).get("correlations").get(0)).isEqualTo(Json.mapper()
			.readTree("{\"upstream\":{\"source\":\"upstream\",\"start\":\"z/1\",\"end\":\"z/5\",\"records\":6,"
					+ "\"source_timestamp\":1400,\"timestamp\":2200}}"));
	}

	@Test
	void theKeyHasNoPrefixPartWithoutAPrefix() {
		EventsFile file = new EventsFile("orders", "bucket", null, 42, CREATED);
		String stem = "bus/orders/" + EventId.minutePrefix(CREATED) + CREATED + "-0000042-";
		assertThat(file.key()).startsWith(stem).endsWith(".gz");
		assertThat(UUID.fromString(file.key().substring(stem.length(), file.key().length() - 3))).isNotNull();
		assertThat(file.bucket()).isEqualTo("bucket");
		assertThat(file.createdAt()).isEqualTo(CREATED);
	}

	@Test
	void theOpenMemberCountsUntilItIsClosedAndAnEmptyOneIsNeverWritten() {
		EventsFile file = new EventsFile("orders", "bucket", "p", 1, CREATED);
		file.closeMember();
		assertThat(file.members()).isZero();
		assertThat(file.bytes()).isEmpty();

		file.add(event("b", 1, 1L, 2L));
		assertThat(file.members()).isEqualTo(1);
		assertThat(file.records()).isEqualTo(1);
		assertThat(file.offsets()).isEmpty();
		assertThat(file.bytes()).isEmpty();

		file.closeMember();
		file.closeMember();
		assertThat(file.members()).isEqualTo(1);
		assertThat(file.offsets()).hasSize(1);
		assertThat(file.memberSize()).isZero();
	}

}
