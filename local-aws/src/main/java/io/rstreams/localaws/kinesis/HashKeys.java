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
package io.rstreams.localaws.kinesis;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Kinesis's hash key space: a record goes to the shard whose range holds its explicit
 * hash key or, without one, the MD5 of its partition key read as an unsigned 128-bit
 * number. A stream's shards split the space [0, 2^128 - 1] evenly.
 */
final class HashKeys {

	static final BigInteger MAX = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);

	private HashKeys() {
	}

	static BigInteger ofPartitionKey(String partitionKey) {
		try {
			byte[] md5 = MessageDigest.getInstance("MD5").digest(partitionKey.getBytes(StandardCharsets.UTF_8));
			return new BigInteger(1, md5);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("MD5 is missing from this JVM", ex);
		}
	}

	/**
	 * @throws KinesisException as Kinesis answers: ValidationException when it is not a
	 * decimal number, InvalidArgumentException when it is outside the hash key space
	 */
	static BigInteger explicit(String explicitHashKey) {
		if (!explicitHashKey.matches("0|[1-9][0-9]{0,38}")) {
			throw KinesisException.validation("1 validation error detected: Value '" + explicitHashKey
					+ "' at 'explicitHashKey' failed to satisfy constraint: Member must satisfy regular expression pattern: 0|([1-9]\\d{0,38})");
		}
		BigInteger key = new BigInteger(explicitHashKey);
		if (key.compareTo(MAX) > 0) {
			throw KinesisException.invalidArgument("Invalid ExplicitHashKey. ExplicitHashKey must be in the range: [0, "
					+ MAX + "]. Specified value was " + explicitHashKey);
		}
		return key;
	}

	/** The first hash key of shard {@code index} of {@code count}. */
	static BigInteger start(int index, int count) {
		return MAX.add(BigInteger.ONE).multiply(BigInteger.valueOf(index)).divide(BigInteger.valueOf(count));
	}

	/** The last hash key of shard {@code index} of {@code count}. */
	static BigInteger end(int index, int count) {
		return index == count - 1 ? MAX : start(index + 1, count).subtract(BigInteger.ONE);
	}

}
