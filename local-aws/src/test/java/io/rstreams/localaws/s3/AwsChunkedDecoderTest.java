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
package io.rstreams.localaws.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AwsChunkedDecoderTest {

	private static byte[] bytes(String s) {
		return s.getBytes(StandardCharsets.ISO_8859_1);
	}

	@Test
	void signedChunksWithTrailer() {
		AwsChunkedDecoder.Decoded decoded = AwsChunkedDecoder.decode(bytes(
				"5;chunk-signature=abc\r\nhello\r\n" + "6;chunk-signature=def\r\n world\r\n0;chunk-signature=ghi\r\n"
						+ "x-amz-checksum-crc32:DUoRhQ==\r\nx-amz-trailer-signature:xyz\r\n\r\n"));
		assertThat(new String(decoded.data(), StandardCharsets.ISO_8859_1)).isEqualTo("hello world");
		assertThat(decoded.trailers()).containsEntry("x-amz-checksum-crc32", "DUoRhQ==");
	}

	@Test
	void unsignedChunksWithoutTrailerAndDataContainingCrlf() {
		AwsChunkedDecoder.Decoded decoded = AwsChunkedDecoder.decode(bytes("4\r\na\r\nb\r\n0\r\n\r\n"));
		assertThat(decoded.data()).isEqualTo(bytes("a\r\nb"));
		assertThat(decoded.trailers()).isEmpty();
	}

	@Test
	void malformedBodies() {
		assertThatThrownBy(() -> AwsChunkedDecoder.decode(bytes("10\r\nshort\r\n0\r\n\r\n")))
			.isInstanceOf(S3Exception.class)
			.hasMessageContaining("shorter than its declared size");
		assertThatThrownBy(() -> AwsChunkedDecoder.decode(bytes("zz\r\n"))).isInstanceOf(S3Exception.class);
		assertThatThrownBy(() -> AwsChunkedDecoder.decode(bytes("1\r\nab\r\n0\r\n\r\n")))
			.isInstanceOf(S3Exception.class);
	}

	@Test
	void checksumsAreVerified() {
		byte[] data = bytes("hello world");
		assertThat(Checksums.verify(java.util.Map.of("x-amz-checksum-crc32", "DUoRhQ=="), data))
			.containsEntry("x-amz-checksum-crc32", "DUoRhQ==");
		assertThatThrownBy(() -> Checksums.verify(java.util.Map.of("x-amz-checksum-crc32", "AAAAAA=="), data))
			.isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.code()).isEqualTo("BadDigest"));
	}

}
