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
package io.rstreams.localbus;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import io.rstreams.client.Event;
import io.rstreams.client.Json;
import io.rstreams.client.write.QueueWriter;
import io.rstreams.client.write.WriterSettings;
import io.rstreams.localbus.processor.BusProcessor;
import io.rstreams.localbus.processor.ProcessorSettings;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 100,000 events of about 1 KiB through the whole path: written by the writer, stored by
 * the processor (as gzip blocks, and as S3 files like a busy bus does), then read back in
 * a separate JVM limited to a 48 MB heap, which only works if the reader's memory does
 * not grow with the queue. The sizes and the reader's peak heap are logged.
 */
class LargeQueueTest {

	private static final Logger log = LoggerFactory.getLogger(LargeQueueTest.class);
	static final int EVENTS = Integer.getInteger("largeQueue.events", 100_000);
	static final String HEAP = "-Xmx48m";

	static void write(QueueWriter writer, String queue) {
		Random random = new Random(42);
		char[] text = new char[960];
		for (int i = 0; i < EVENTS; i++) {
			for (int c = 0; c < text.length; c++) {
				text[c] = (char) ('a' + random.nextInt(26));
			}
			writer.write(Event.builder()
				.event(queue)
				.payload(Json.mapper().createObjectNode().put("n", i).put("text", new String(text)))
				.build());
		}
		writer.flush().join();
	}

	static String[] readInChildJvm(LocalBus bus, String queue) throws Exception {
		String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
		List<String> command = new ArrayList<>(
				List.of(java, HEAP, "-cp", System.getProperty("java.class.path"), BoundedHeapReader.class.getName(),
						bus.endpoint().toString(), bus.config().toJson(), queue, Integer.toString(EVENTS)));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		List<String> output = new ArrayList<>();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				output.add(line);
			}
		}
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).as("child JVM output:%n%s", String.join("\n", output)).isZero();
		String result = output.stream().filter(l -> l.startsWith("READ ")).findFirst().orElseThrow();
		return result.split(" ");
	}

	@Test
	void aHundredThousandEventsInGzipBlocksReadWithABoundedHeap() throws Exception {
		try (LocalBus bus = LocalBus.start()) {
			gzipBlocks(bus);
		}
	}

	private void gzipBlocks(LocalBus bus) throws Exception {
		long t0 = System.nanoTime();
		try (QueueWriter writer = bus.writer("big_writer")) {
			write(writer, "big_gzip");
		}
		long written = System.nanoTime();
		String[] read = readInChildJvm(bus, "big_gzip");
		long readDone = System.nanoTime();
		assertThat(Long.parseLong(read[1])).isEqualTo(EVENTS);
		log.info(
				"gzip blocks: {} events, {} bytes of lines; write+process {} ms, read {} ms in a {} JVM, heap pools' peaks summed {} MB (an upper bound of the peak)",
				read[1], read[2], (written - t0) / 1_000_000, (readDone - written) / 1_000_000, HEAP,
				Long.parseLong(read[3]) / (1024 * 1024));
	}

	@Test
	void aHundredThousandEventsInS3FilesReadWithABoundedHeap() throws Exception {
		try (LocalBus bus = LocalBus.start()) {
			s3Files(bus);
		}
	}

	private void s3Files(LocalBus bus) throws Exception {
		BusProcessor s3Processor = new BusProcessor(bus.dynamo(), bus.objectStore(), bus.config(),
				ProcessorSettings.defaults().withS3Mode(ProcessorSettings.S3Mode.ALWAYS));
		long t0 = System.nanoTime();
		try (InProcessKinesis kinesis = new InProcessKinesis(s3Processor, bus.config().leoKinesisStream(),
				java.time.Clock.systemUTC());
				QueueWriter writer = QueueWriter.builder()
					.bus(bus.config())
					.kinesis(kinesis)
					.objectStore(bus.objectStore())
					.botId("big_writer")
					.settings(WriterSettings.defaults())
					.build()) {
			write(writer, "big_s3");
		}
		long written = System.nanoTime();
		String[] read = readInChildJvm(bus, "big_s3");
		long readDone = System.nanoTime();
		assertThat(Long.parseLong(read[1])).isEqualTo(EVENTS);
		log.info(
				"S3 files: {} events, {} bytes of lines; write+process {} ms, read {} ms in a {} JVM, heap pools' peaks summed {} MB (an upper bound of the peak)",
				read[1], read[2], (written - t0) / 1_000_000, (readDone - written) / 1_000_000, HEAP,
				Long.parseLong(read[3]) / (1024 * 1024));
	}

}
