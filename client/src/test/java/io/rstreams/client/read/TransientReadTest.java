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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.rstreams.client.BusConfig;
import io.rstreams.client.aws.AwsCallException;
import io.rstreams.client.aws.S3ObjectStore;
import io.rstreams.client.bus.S3Location;
import io.rstreams.client.bus.S3Offset;
import io.rstreams.client.bus.StreamBlock;
import io.rstreams.client.codec.Gzip;
import io.rstreams.client.testing.BlockTable;
import io.rstreams.client.testing.FlakyS3;
import io.rstreams.client.testing.FlakyS3.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A network failure while an S3 events file streams in is an outage, not bad data: the
 * read throws a retryable {@link AwsCallException} instead of failing the file's events,
 * and reading again returns every event once.
 */
class TransientReadTest {

	private static final String A = "z/2026/11/23/00/28/1795393683793";

	private static final String B = "z/2026/11/23/00/28/1795393683900";

	private static final String C = "z/2026/11/23/00/28/1795393684000";

	private static final String BUCKET = "leos3";

	private static final String KEY = "bus/q/z/2026/11/23/00/28/1795393683850-0000001-f.gz";

	private static final BusConfig BUS = new BusConfig("us-east-1", "LeoStream", "LeoCron", "LeoEvent", "LeoSettings",
			"LeoSystem", BUCKET, "LeoKinesisStream", "LeoFirehoseStream");

	private final FlakyS3 s3 = new FlakyS3();

	private final List<String> allEids = new ArrayList<>();

	private final QueueReader reader;

	private final byte[] file;

	private final long member2At;

	private final long member2End;

	private final long brokenAt;

	TransientReadTest() {
		BlockTable table = new BlockTable();
		table.add(gzipBlock(A, 3));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		List<S3Offset> offsets = new ArrayList<>();
		long member2 = 0;
		long member2Ends = 0;
		long inMiddleOfMember2 = 0;
		for (int m = 0; m < 3; m++) {
			byte[] member = Gzip.compress(lines(4, m * 4));
			offsets.add(new S3Offset("q", m * 4, m * 4 + 3, 4, member.length, 0, 0, out.size()));
			if (m == 1) {
				member2 = out.size();
				member2Ends = out.size() + member.length;
				inMiddleOfMember2 = out.size() + member.length / 2;
			}
			out.writeBytes(member);
		}
		file = out.toByteArray();
		member2At = member2;
		member2End = member2Ends;
		brokenAt = inMiddleOfMember2;
		s3.put(BUCKET, KEY, file);
		table.add(new StreamBlock("q", B + "-0000000", B + "-0000011", 12, null, file.length, 0, null, 2,
				new S3Location(BUCKET, KEY), offsets, null, null, false, null));
		for (int i = 0; i < 12; i++) {
			allEids.add(B + "-" + String.format("%07d", i));
		}
		table.add(gzipBlock(C, 2));
		reader = new QueueReader(table, new S3ObjectStore(s3, Duration.ofSeconds(5)), BUS,
				ReaderSettings.defaults().withQueryLimit(2));
	}

	private StreamBlock gzipBlock(String base, int records) {
		byte[] gzip = Gzip.compress(lines(records, 0));
		for (int i = 0; i < records; i++) {
			allEids.add(base + "-" + String.format("%07d", i));
		}
		allEids.sort(null);
		return new StreamBlock("q", base + "-0000000", base + "-" + String.format("%07d", records - 1), records, gzip,
				gzip.length, 0, null, 2, null, null, null, null, false, null);
	}

	private static byte[] lines(int count, int firstN) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append("{\"id\":\"p\",\"payload\":{\"n\":")
				.append(firstN + i)
				.append("},\"eid\":")
				.append(i)
				.append("}\n");
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private EventStream read(ReadPosition after) {
		return reader.read(ReadRequest.of("q", after, C + "-9999999"));
	}

	private static List<String> eids(List<ReadEntry> entries) {
		return entries.stream().map(ReadEntry::lastEid).toList();
	}

	@ParameterizedTest
	@EnumSource(value = Fault.class, names = { "IO_EXCEPTION", "CLIENT_EXCEPTION", "SHORT_BODY" })
	void aBodyBrokenMidFileIsRetryableAndReadingAgainReturnsEveryEventOnce(Fault fault) {
		s3.breakAt(fault, brokenAt);
		List<ReadEntry> before = new ArrayList<>();
		AwsCallException thrown = null;
		ReadPosition resume;
		try (EventStream stream = read(ReadPosition.BEGINNING)) {
			try {
				while (stream.hasNext()) {
					before.add(stream.next());
				}
			}
			catch (AwsCallException ex) {
				thrown = ex;
			}
			resume = stream.position();
		}
		assertThat(thrown).as("a transport failure is thrown, not turned into a failed entry").isNotNull();
		assertThat(thrown.isRetryable()).isTrue();
		assertThat(thrown).hasMessageContaining("s3://" + BUCKET + "/" + KEY).hasMessageContaining("'q'");
		assertThat(before).allMatch(e -> e instanceof ReadEntry.Ok);
		// the gzip block and the whole first member came before the break, and stay valid
		assertThat(before).hasSizeGreaterThanOrEqualTo(7);

		s3.heal();
		List<ReadEntry> after = new ArrayList<>();
		try (EventStream stream = read(resume)) {
			stream.forEachRemaining(after::add);
		}
		assertThat(after).allMatch(e -> e instanceof ReadEntry.Ok);
		List<String> read = new ArrayList<>(eids(before));
		read.addAll(eids(after));
		assertThat(read).containsExactlyElementsOf(allEids);
	}

	@ParameterizedTest
	@EnumSource(Fault.class)
	void theSameStreamAskedAgainAfterAFailureGoesOnWhereItStopped(Fault fault) {
		s3.breakAt(fault, brokenAt);
		List<ReadEntry> entries = new ArrayList<>();
		int failures = 0;
		try (EventStream stream = read(ReadPosition.BEGINNING)) {
			while (true) {
				try {
					if (!stream.hasNext()) {
						break;
					}
					entries.add(stream.next());
				}
				catch (AwsCallException ex) {
					assertThat(ex.isRetryable()).isTrue();
					failures++;
					s3.heal();
				}
			}
		}
		assertThat(failures).isEqualTo(1);
		assertThat(entries).allMatch(e -> e instanceof ReadEntry.Ok);
		assertThat(eids(entries)).containsExactlyElementsOf(allEids);
	}

	@Test
	void aTransientFailureRefetchingTheBytesOfABadMemberIsRetryableToo() {
		byte[] damaged = file.clone();
		Arrays.fill(damaged, (int) member2At, (int) brokenAt, (byte) 'x');
		s3.put(BUCKET, KEY, damaged);
		// the file's GET works (and shows member 2 is bad); the GET of member 2's bytes
		// breaks
		s3.breakAt(Fault.SHORT_BODY, brokenAt, 1);
		List<ReadEntry> entries = new ArrayList<>();
		int failures = 0;
		try (EventStream stream = read(ReadPosition.BEGINNING)) {
			while (true) {
				try {
					if (!stream.hasNext()) {
						break;
					}
					entries.add(stream.next());
				}
				catch (AwsCallException ex) {
					assertThat(ex.isRetryable()).isTrue();
					failures++;
					s3.heal();
				}
			}
		}
		assertThat(failures).isEqualTo(1);
		assertThat(eids(entries)).containsExactly(A + "-0000000", A + "-0000001", A + "-0000002", B + "-0000000",
				B + "-0000001", B + "-0000002", B + "-0000003", B + "-0000007", B + "-0000008", B + "-0000009",
				B + "-0000010", B + "-0000011", C + "-0000000", C + "-0000001");
		BlockReadException bad = ((ReadEntry.Failed) entries.get(7)).error();
		assertThat(bad.firstEid()).isEqualTo(B + "-0000004");
		assertThat(bad.units()).isEqualTo(4);
		assertThat(bad.raw()).isEqualTo(Arrays.copyOfRange(damaged, (int) member2At, (int) member2End));
	}

}
