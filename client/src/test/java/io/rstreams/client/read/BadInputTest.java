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

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.rstreams.client.bus.S3Location;
import io.rstreams.client.bus.S3Offset;
import io.rstreams.client.bus.StreamBlock;
import io.rstreams.client.codec.Gzip;
import io.rstreams.client.testing.InMemoryObjectStore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * design.md: bad input gets a clear error that names the queue and eid range, and loses
 * nothing else.
 */
class BadInputTest {

	private static final String BASE = "z/2026/11/23/00/28/1795393683793";

	private static byte[] lines(String... lines) {
		return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	private static StreamBlock gzipBlock(byte[] gzip, int first, int records) {
		return new StreamBlock("q", BASE + "-" + String.format("%07d", first),
				BASE + "-" + String.format("%07d", first + records - 1), records, gzip, gzip.length, 0, null, 2, null,
				null, null, null, false, null);
	}

	private static List<ReadEntry> decode(StreamBlock block, InMemoryObjectStore s3, ReadPosition after) {
		List<ReadEntry> out = new ArrayList<>();
		try (BlockDecoder d = new BlockDecoder("q", block, after, s3)) {
			for (ReadEntry e = d.next(); e != null; e = d.next()) {
				out.add(e);
			}
		}
		return out;
	}

	@Test
	void aLineThatIsNotJsonFailsAloneAndTheRestIsRead() {
		byte[] gzip = Gzip.compress(lines("{\"id\":\"b\",\"payload\":{\"n\":0},\"eid\":0}", "not json at all",
				"{\"id\":\"b\",\"payload\":{\"n\":2},\"eid\":2}"));
		List<ReadEntry> entries = decode(gzipBlock(gzip, 10, 3), new InMemoryObjectStore(), ReadPosition.BEGINNING);
		assertThat(entries).hasSize(3);
		assertThat(entries.get(0)).isInstanceOf(ReadEntry.Ok.class);
		assertThat(entries.get(0).lastEid()).isEqualTo(BASE + "-0000010");
		ReadEntry.Failed failed = (ReadEntry.Failed) entries.get(1);
		assertThat(failed.error()).isInstanceOf(UndecodableEventException.class)
			.hasMessageContaining("Queue 'q'")
			.hasMessageContaining(BASE + "-0000011");
		assertThat(new String(failed.error().raw(), StandardCharsets.UTF_8)).isEqualTo("not json at all");
		assertThat(entries.get(2).lastEid()).isEqualTo(BASE + "-0000012");
	}

	@Test
	void aCorruptGzipBlockFailsAsAWholeNamingItsRange() {
		byte[] gzip = Gzip.compress(lines("{\"id\":\"b\",\"payload\":{\"n\":0},\"eid\":0}",
				"{\"id\":\"b\",\"payload\":{\"n\":1},\"eid\":1}"));
		gzip[gzip.length / 2] ^= 0x55;
		gzip[gzip.length - 6] ^= 0x55;
		List<ReadEntry> entries = decode(gzipBlock(gzip, 0, 2), new InMemoryObjectStore(), ReadPosition.BEGINNING);
		assertThat(entries).hasSize(1);
		BlockReadException error = ((ReadEntry.Failed) entries.get(0)).error();
		assertThat(error).isInstanceOf(CorruptBlockException.class)
			.hasMessageContaining("Queue 'q', eids " + BASE + "-0000000 .. " + BASE + "-0000001");
		assertThat(error.raw()).isEqualTo(gzip);
		assertThat(error.lastEid()).isEqualTo(BASE + "-0000001");
	}

	@Test
	void aCorruptGzipBlockCoversAllItsEventsAndKeepsAllItsBytes() {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 5; i++) {
			text.append("{\"id\":\"b\",\"payload\":{\"n\":").append(i).append("},\"eid\":").append(i).append("}\n");
		}
		byte[] gzip = Gzip.compress(text.toString().getBytes(StandardCharsets.UTF_8));
		gzip[12] ^= 0x5a;
		gzip[gzip.length - 5] ^= 0x5a;
		StreamBlock block = gzipBlock(gzip, 10, 5);
		BlockReadException error = ((ReadEntry.Failed) decode(block, new InMemoryObjectStore(), ReadPosition.BEGINNING)
			.get(0)).error();
		assertThat(error.units()).isEqualTo(5);
		assertThat(error.raw()).isEqualTo(gzip);
		BlockReadException rest = ((ReadEntry.Failed) decode(block, new InMemoryObjectStore(),
				ReadPosition.after(BASE + "-0000011"))
			.get(0)).error();
		assertThat(rest.firstEid()).isEqualTo(BASE + "-0000012");
		assertThat(rest.units()).isEqualTo(3);
		assertThat(rest.raw()).isEqualTo(gzip);
	}

	/**
	 * A file of three members of 3, 4 and 2 events whose second member is not gzip; fills
	 * {@code members}.
	 */
	private static StreamBlock threeMembers(InMemoryObjectStore s3, byte[][] members) {
		int[] records = { 3, 4, 2 };
		List<S3Offset> offsets = new ArrayList<>();
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		int first = 0;
		for (int m = 0; m < 3; m++) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < records[m]; i++) {
				text.append("{\"id\":\"b\",\"payload\":{\"n\":")
					.append(first + i)
					.append("},\"eid\":")
					.append(i)
					.append("}\n");
			}
			members[m] = Gzip.compress(text.toString().getBytes(StandardCharsets.UTF_8));
			if (m == 1) {
				// not gzip at all, as a bad upload could leave it
				Arrays.fill(members[m], 1, members[m].length - 1, (byte) 'x');
			}
			offsets.add(
					new S3Offset("q", first, first + records[m] - 1, records[m], members[m].length, 0, 0, file.size()));
			file.writeBytes(members[m]);
			first += records[m];
		}
		s3.put("bucket", "bus/q/three.gz", file.toByteArray());
		return new StreamBlock("q", BASE + "-0000000", BASE + "-0000008", 9, null, file.size(), 0, null, 2,
				new S3Location("bucket", "bus/q/three.gz"), offsets, null, null, false, null);
	}

	@Test
	void aCorruptS3MemberFailsAloneWithItsBytesAndTheNextMemberIsRead() {
		InMemoryObjectStore s3 = new InMemoryObjectStore();
		byte[][] members = new byte[3][];
		StreamBlock block = threeMembers(s3, members);
		List<ReadEntry> entries = decode(block, s3, ReadPosition.BEGINNING);
		assertThat(entries).extracting(ReadEntry::lastEid)
			.containsExactly(BASE + "-0000000", BASE + "-0000001", BASE + "-0000002", BASE + "-0000006",
					BASE + "-0000007", BASE + "-0000008");
		assertThat(entries.get(3)).isInstanceOf(ReadEntry.Failed.class);
		BlockReadException error = ((ReadEntry.Failed) entries.get(3)).error();
		assertThat(error).isInstanceOf(CorruptBlockException.class);
		assertThat(error.firstEid()).isEqualTo(BASE + "-0000003");
		assertThat(error.units()).isEqualTo(4);
		assertThat(error.raw()).isEqualTo(members[1]);
		assertThat(((ReadEntry.Ok) entries.get(4)).event().payload().get("n").asInt()).isEqualTo(7);

		// a read that starts inside the bad member fails only the part after the bound
		List<ReadEntry> fromInside = decode(block, s3, ReadPosition.after(BASE + "-0000004"));
		assertThat(fromInside).extracting(ReadEntry::lastEid)
			.containsExactly(BASE + "-0000006", BASE + "-0000007", BASE + "-0000008");
		BlockReadException rest = ((ReadEntry.Failed) fromInside.get(0)).error();
		assertThat(rest.firstEid()).isEqualTo(BASE + "-0000005");
		assertThat(rest.units()).isEqualTo(2);
		assertThat(rest.raw()).isEqualTo(members[1]);
	}

	@Test
	void aMissingS3FileFailsItsRangeOnly() {
		StreamBlock block = new StreamBlock("q", BASE + "-0000005", BASE + "-0000009", 5, null, 100, 500, null, 2,
				new S3Location("bucket", "bus/q/gone.gz"), List.of(new S3Offset("q", 0, 4, 5, 100, 500, 0, 0)), null,
				null, false, null);
		List<ReadEntry> entries = decode(block, new InMemoryObjectStore(), ReadPosition.after(BASE + "-0000006"));
		assertThat(entries).hasSize(1);
		BlockReadException error = ((ReadEntry.Failed) entries.get(0)).error();
		assertThat(error.units()).isEqualTo(3);
		assertThat(error).isInstanceOf(MissingEventsFileException.class)
			.hasMessageContaining("s3://bucket/bus/q/gone.gz")
			.hasMessageContaining(BASE + "-0000007 .. " + BASE + "-0000009");
	}

	@Test
	void aTruncatedS3FileKeepsTheEventsBeforeTheDamage() {
		InMemoryObjectStore s3 = new InMemoryObjectStore();
		byte[] member1 = Gzip.compress(lines("{\"id\":\"b\",\"payload\":{\"n\":0},\"eid\":0}",
				"{\"id\":\"b\",\"payload\":{\"n\":1},\"eid\":1}"));
		byte[] member2 = Gzip.compress(lines("{\"id\":\"b\",\"payload\":{\"n\":2},\"eid\":0}"));
		int kept = member2.length / 2;
		byte[] file = new byte[member1.length + kept];
		System.arraycopy(member1, 0, file, 0, member1.length);
		System.arraycopy(member2, 0, file, member1.length, kept);
		s3.put("bucket", "bus/q/f.gz", file);
		StreamBlock block = new StreamBlock("q", BASE + "-0000000", BASE + "-0000002", 3, null, file.length, 0, null, 2,
				new S3Location("bucket", "bus/q/f.gz"), List.of(new S3Offset("q", 0, 1, 2, member1.length, 0, 0, 0),
						new S3Offset("q", 2, 2, 1, member2.length, 0, 0, member1.length)),
				null, null, false, null);
		List<ReadEntry> entries = decode(block, s3, ReadPosition.BEGINNING);
		assertThat(entries).extracting(ReadEntry::lastEid)
			.containsExactly(BASE + "-0000000", BASE + "-0000001", BASE + "-0000002");
		assertThat(entries.get(2)).isInstanceOf(ReadEntry.Failed.class);
		BlockReadException error = ((ReadEntry.Failed) entries.get(2)).error();
		assertThat(error).isInstanceOf(CorruptBlockException.class).hasMessageContaining(BASE + "-0000002");
		assertThat(error.units()).isEqualTo(1);
		assertThat(error.raw()).as("what is stored of the member").isEqualTo(Arrays.copyOf(member2, kept));
	}

	@Test
	void readsFromTheMemberHoldingTheFirstEventPastTheBound() {
		InMemoryObjectStore s3 = new InMemoryObjectStore();
		byte[] member1 = Gzip.compress(lines("{\"id\":\"b\",\"payload\":{\"n\":0},\"eid\":0}"));
		byte[] member2 = Gzip.compress(lines("{\"id\":\"b\",\"payload\":{\"n\":1},\"eid\":0}",
				"{\"id\":\"b\",\"payload\":{\"n\":2},\"eid\":1}"));
		byte[] garbage = "garbage that is never fetched".getBytes(StandardCharsets.UTF_8);
		byte[] file = new byte[garbage.length + member2.length];
		System.arraycopy(garbage, 0, file, 0, garbage.length);
		System.arraycopy(member2, 0, file, garbage.length, member2.length);
		s3.put("bucket", "bus/q/f.gz", file);
		StreamBlock block = new StreamBlock("q", BASE + "-0000000", BASE + "-0000002", 3, null, file.length, 0, null, 2,
				new S3Location("bucket", "bus/q/f.gz"), List.of(new S3Offset("q", 0, 0, 1, member1.length, 0, 0, 0),
						new S3Offset("q", 1, 2, 2, member2.length, 0, 0, garbage.length)),
				null, null, false, null);
		List<ReadEntry> entries = decode(block, s3, ReadPosition.after(BASE + "-0000001"));
		assertThat(entries).hasSize(1);
		ReadEntry.Ok ok = (ReadEntry.Ok) entries.get(0);
		assertThat(ok.event().eid()).isEqualTo(BASE + "-0000002");
		assertThat(ok.event().payload().get("n").asInt()).isEqualTo(2);
	}

}
