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

/**
 * Sequence numbers of one shard: 56 decimal digits, like Kinesis's, that encode the shard
 * and the record's position in it. Fixed width makes their text order their numeric
 * order; the encoded position lets {@code AT_SEQUENCE_NUMBER} iterators find a record at
 * once and tell a number of another shard from one of this shard.
 */
final class SequenceNumbers {

	/**
	 * A prefix of our own, so they do not collide with the in-process transports'
	 * numbers.
	 */
	private static final String PREFIX = "4965";

	private static final int POSITION_DIGITS = 48;

	private final String shardPart;

	SequenceNumbers(int shardIndex) {
		this.shardPart = PREFIX + String.format("%04d", shardIndex);
	}

	String of(long position) {
		String digits = Long.toString(position);
		return shardPart + "0".repeat(POSITION_DIGITS - digits.length()) + digits;
	}

	/**
	 * @return the position the sequence number stands for in this shard, or -1 when it is
	 * not one of this shard's
	 */
	long positionOf(String sequenceNumber) {
		if (sequenceNumber == null || sequenceNumber.length() != shardPart.length() + POSITION_DIGITS
				|| !sequenceNumber.startsWith(shardPart) || !sequenceNumber.chars().allMatch(Character::isDigit)) {
			return -1;
		}
		BigInteger position = new BigInteger(sequenceNumber.substring(shardPart.length()));
		return position.bitLength() < 63 ? position.longValue() : -1;
	}

}
