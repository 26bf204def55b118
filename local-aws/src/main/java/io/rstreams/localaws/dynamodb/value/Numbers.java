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
package io.rstreams.localaws.dynamodb.value;

import java.math.BigDecimal;

/**
 * DynamoDB numbers: up to 38 significant digits, magnitudes between 1E-130 and
 * 9.99..E+125, stored without trailing zeros. The same limits apply to numbers sent by a
 * client and to the results of {@code SET a = a + :n} or {@code ADD}, so production code
 * that would overflow on AWS overflows here too.
 */
public final class Numbers {

	private static final int MAX_PRECISION = 38;

	private static final int MAX_EXPONENT = 125;

	private static final int MIN_EXPONENT = -130;

	private Numbers() {
	}

	/**
	 * Parses a number as sent on the wire, or fails with the ValidationException DynamoDB
	 * gives.
	 */
	public static BigDecimal parse(String text) {
		BigDecimal n;
		try {
			n = new BigDecimal(text.trim());
		}
		catch (NumberFormatException e) {
			throw DynamoDbException.validation("The parameter cannot be converted to a numeric value: " + text);
		}
		return check(n);
	}

	/** Checks precision and range, returning the normalised number. */
	public static BigDecimal check(BigDecimal n) {
		BigDecimal normal = normalise(n);
		if (normal.signum() == 0) {
			return normal;
		}
		if (normal.precision() > MAX_PRECISION) {
			throw DynamoDbException.validation("Attempting to store more than 38 significant digits in a Number");
		}
		int exponent = normal.precision() - normal.scale() - 1;
		if (exponent > MAX_EXPONENT) {
			throw DynamoDbException
				.validation("Number overflow. Attempting to store a number with magnitude larger than supported range");
		}
		if (exponent < MIN_EXPONENT) {
			throw DynamoDbException.validation(
					"Number underflow. Attempting to store a number with magnitude smaller than supported range");
		}
		return normal;
	}

	static BigDecimal normalise(BigDecimal n) {
		return n.signum() == 0 ? BigDecimal.ZERO : n.stripTrailingZeros();
	}

	/** The wire form DynamoDB returns: plain notation, no trailing zeros. */
	public static String format(BigDecimal n) {
		return n.toPlainString();
	}

}
