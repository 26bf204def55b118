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
package io.rstreams.client.aws;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;

import io.rstreams.client.testing.FlakyS3;
import io.rstreams.client.testing.InMemoryObjectStore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The S3 body stream tells transport failures (dropped connection, short body) from the
 * bytes it carries.
 */
class ObjectBodyStreamTest {

	private static final byte[] TEN = "0123456789".getBytes();

	/** Delivers {@code good} bytes, then throws {@code failure}. */
	private static InputStream failingAfter(int good, RuntimeException failure) {
		return new InputStream() {
			private int left = good;

			@Override
			public int read() throws IOException {
				if (left == 0) {
					if (failure instanceof UncheckedIOException io) {
						throw io.getCause();
					}
					throw failure;
				}
				left--;
				return 'x';
			}
		};
	}

	@Test
	void aBodyThatEndsBeforeItsContentLengthIsATransientFailureNamingWhereItStopped() {
		InputStream in = new ObjectBodyStream(new ByteArrayInputStream(TEN), "b", "k.gz", 100, 20);
		assertThatThrownBy(in::readAllBytes).isInstanceOf(TransientReadException.class)
			.hasMessageContaining("s3://b/k.gz")
			.hasMessageContaining("byte 110")
			.satisfies(ex -> assertThat(((TransientReadException) ex).offset()).isEqualTo(110));
	}

	@Test
	void aFailingReadIsATransientFailureWithTheCause() {
		IOException reset = new IOException("Connection reset");
		InputStream in = new ObjectBodyStream(failingAfter(5, new UncheckedIOException(reset)), "b", "k", 0, 50);
		assertThatThrownBy(in::readAllBytes).isInstanceOf(TransientReadException.class)
			.hasCause(reset)
			.satisfies(ex -> assertThat(((TransientReadException) ex).offset()).isEqualTo(5));

		IllegalStateException sdk = new IllegalStateException("Unable to read the response");
		InputStream other = new ObjectBodyStream(failingAfter(0, sdk), "b", "k", 7, 50);
		assertThatThrownBy(other::read).isInstanceOf(TransientReadException.class)
			.hasCause(sdk)
			.hasMessageContaining("byte 7");
	}

	@Test
	void aCompleteBodyReadsAsIs() throws IOException {
		try (InputStream in = new ObjectBodyStream(new ByteArrayInputStream(TEN), "b", "k", 3, TEN.length)) {
			assertThat(in.readAllBytes()).isEqualTo(TEN);
			assertThat(in.read()).isEqualTo(-1);
		}
		try (InputStream in = new ObjectBodyStream(new ByteArrayInputStream(TEN), "b", "k", 0, -1)) {
			assertThat(in.readAllBytes()).as("unknown length").isEqualTo(TEN);
		}
	}

	@Test
	void aRangeIsExactlyThoseBytesFromEveryStore() throws IOException {
		FlakyS3 s3 = new FlakyS3();
		s3.put("b", "k", TEN);
		try (InputStream in = new S3ObjectStore(s3, Duration.ofSeconds(5)).openRange("b", "k", 2, 5)) {
			assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOfRange(TEN, 2, 7));
		}
		InMemoryObjectStore memory = new InMemoryObjectStore();
		memory.put("b", "k", TEN);
		try (InputStream in = memory.openRange("b", "k", 2, 5)) {
			assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOfRange(TEN, 2, 7));
		}
		try (InputStream in = memory.openRange("b", "k", 8, 5)) {
			assertThat(in.readAllBytes()).as("clamped at the end").isEqualTo(Arrays.copyOfRange(TEN, 8, 10));
		}
	}

}
