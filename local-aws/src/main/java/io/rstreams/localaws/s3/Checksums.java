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

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/**
 * Checks the integrity values a client sends with an upload (Content-MD5,
 * {@code x-amz-checksum-*} as a header or an aws-chunked trailer) the way S3 does,
 * failing with BadDigest on a mismatch, so a byte lost in transfer or in chunk decoding
 * shows up as an error instead of a corrupt object.
 */
final class Checksums {

	private Checksums() {
	}

	static String md5Hex(byte[] data) {
		return HexFormat.of().formatHex(digest("MD5", data));
	}

	static byte[] digest(String algorithm, byte[] data) {
		try {
			return MessageDigest.getInstance(algorithm).digest(data);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(algorithm, e);
		}
	}

	static void verifyContentMd5(String contentMd5, byte[] data) {
		if (contentMd5 == null) {
			return;
		}
		String actual = Base64.getEncoder().encodeToString(digest("MD5", data));
		if (!actual.equals(contentMd5.trim())) {
			throw new S3Exception(400, "BadDigest", "The Content-MD5 you specified did not match what we received.");
		}
	}

	/**
	 * Verifies the {@code x-amz-checksum-<algorithm>} values among {@code headers} (names
	 * lower-cased) and returns them, to be stored with the object. CRC64NVME values are
	 * kept but not verified.
	 */
	static Map<String, String> verify(Map<String, String> headers, byte[] data) {
		Map<String, String> checksums = new LinkedHashMap<>();
		for (Map.Entry<String, String> e : headers.entrySet()) {
			String name = e.getKey();
			if (!name.startsWith("x-amz-checksum-") || name.equals("x-amz-checksum-algorithm")
					|| name.equals("x-amz-checksum-mode") || name.equals("x-amz-checksum-type")) {
				continue;
			}
			String algorithm = name.substring("x-amz-checksum-".length()).toUpperCase(Locale.ROOT);
			String expected = e.getValue().trim();
			String actual = compute(algorithm, data);
			if (actual != null && !actual.equals(expected)) {
				throw new S3Exception(400, "BadDigest",
						"The " + algorithm + " you specified did not match the calculated " + "checksum.");
			}
			checksums.put(name, expected);
		}
		return checksums;
	}

	/**
	 * The base64 checksum S3 would compute, or null for an algorithm not checked here.
	 */
	private static String compute(String algorithm, byte[] data) {
		return switch (algorithm) {
			case "CRC32" -> crc(new CRC32(), data);
			case "CRC32C" -> crc(new CRC32C(), data);
			case "SHA1" -> Base64.getEncoder().encodeToString(digest("SHA-1", data));
			case "SHA256" -> Base64.getEncoder().encodeToString(digest("SHA-256", data));
			default -> null;
		};
	}

	private static String crc(Checksum checksum, byte[] data) {
		checksum.update(data, 0, data.length);
		byte[] value = ByteBuffer.allocate(4).putInt((int) checksum.getValue()).array();
		return Base64.getEncoder().encodeToString(value);
	}

}
