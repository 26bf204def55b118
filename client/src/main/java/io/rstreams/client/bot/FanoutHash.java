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
package io.rstreams.client.bot;

import java.util.Collection;

/**
 * The Node SDK's fanout partitioning (protocol.md section 9, {@code wrappers/fanout.js}):
 * an event belongs to instance {@code abs(hash(key)) % count}, where the key is the eid
 * by default and {@code hash} is Java's {@code String.hashCode} (the SDK computes the
 * same 32-bit value), numbers hash to themselves and arrays to the sum of their elements'
 * hashes.
 *
 * <p>
 * The absolute value is taken as a long, so {@code Integer.MIN_VALUE} stays positive
 * (JavaScript numbers never overflow there). Non-integral numbers are floored; the SDK
 * would compute a fractional remainder that matches no instance, losing the event.
 */
public final class FanoutHash {

	private FanoutHash() {
	}

	public static long hash(Object key) {
		if (key == null) {
			return 0;
		}
		if (key instanceof Number n) {
			return (long) Math.floor(n.doubleValue());
		}
		if (key instanceof Collection<?> list) {
			long sum = 0;
			for (Object o : list) {
				sum += hash(o);
			}
			return sum;
		}
		if (key instanceof Object[] array) {
			long sum = 0;
			for (Object o : array) {
				sum += hash(o);
			}
			return sum;
		}
		return key.toString().hashCode();
	}

	/** The instance (0-based) that handles {@code key} among {@code count}. */
	public static int instanceOf(Object key, int count) {
		return (int) (Math.abs(hash(key)) % count);
	}

}
