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
package io.rstreams.client;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to a queue, bot or system, normalised exactly as the Node SDK's
 * {@code lib/reference.js} (protocol.md section 3.2).
 *
 * <ul>
 * <li>{@code type:id} with type {@code queue|system|bot} matched case-insensitively and
 * <em>anywhere</em> in the string (the SDK's pattern is not anchored); a bare string is a
 * queue (or a bot for {@link #bot(String)}).</li>
 * <li>A leading {@code s_}, {@code e_} or {@code b_} is stripped from the id of a bare
 * reference, and again when the queue id is derived, so {@code e_orders} and
 * {@code queue:e_orders} both name queue {@code orders}.</li>
 * <li>{@link #refId()} ({@code queue:orders}, {@code bot:x}) keys LeoCron maps
 * (checkpoints, triggers); {@link #queueId()} ({@code orders}, {@code bot.x},
 * {@code system.s}) is the LeoStream/LeoEvent key and the {@code event} field of read
 * events.</li>
 * </ul>
 */
public record QueueRef(Type type, String id) {

	/** The reference types the SDK knows. */
	public enum Type {

		QUEUE, BOT, SYSTEM;

		String prefix() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	private static final Pattern TYPED = Pattern.compile("(system|queue|bot):(.*)", Pattern.CASE_INSENSITIVE);

	private static final Pattern PREFIX_QUIRK = Pattern.compile("^[seb]_");

	public QueueRef {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(id, "id");
	}

	/**
	 * Parses a queue reference ({@code orders}, {@code queue:orders}, {@code bot:x},
	 * {@code system:s}).
	 */
	public static QueueRef parse(String reference) {
		return parse(reference, Type.QUEUE);
	}

	/** Parses a bot reference: a bare string is a bot id. */
	public static QueueRef bot(String reference) {
		return parse(reference, Type.BOT);
	}

	private static QueueRef parse(String reference, Type defaultType) {
		if (reference == null || reference.isEmpty()) {
			throw new IllegalArgumentException("A queue reference must not be empty");
		}
		Type type = defaultType;
		String id = PREFIX_QUIRK.matcher(reference).replaceFirst("");
		Matcher typed = TYPED.matcher(reference);
		if (typed.find()) {
			type = Type.valueOf(typed.group(1).toUpperCase(Locale.ROOT));
			id = typed.group(2);
		}
		return new QueueRef(type, id);
	}

	/**
	 * {@code queue:<id>}, {@code bot:<id>} or {@code system:<id>}: the key used inside
	 * LeoCron items.
	 */
	public String refId() {
		return type.prefix() + ":" + id;
	}

	/** The queue this reference reads or writes (SDK {@code ref.queue().id}). */
	public String queueId() {
		return queue(null).id();
	}

	/**
	 * The queue reference, with an optional sub-queue appended as {@code .<sub>} (SDK
	 * {@code ref.queue(sub)}).
	 */
	public QueueRef queue(String subQueue) {
		String suffix = subQueue == null || subQueue.isEmpty() ? "" : "." + subQueue;
		String queueId;
		if (type == Type.QUEUE) {
			queueId = id + suffix;
		}
		else {
			String own = type.prefix() + ".";
			String rest = id.startsWith(own) ? id.substring(own.length()) : id;
			queueId = own + rest + suffix;
		}
		return new QueueRef(Type.QUEUE, PREFIX_QUIRK.matcher(queueId).replaceFirst(""));
	}

	/**
	 * Whether the raw id differs from its normalised queue id (worth a warning: users
	 * rarely mean that).
	 */
	public static boolean isRenamedBySdk(String reference) {
		QueueRef ref = parse(reference);
		return !ref.queueId().equals(reference) && !ref.refId().equals(reference);
	}

	@Override
	public String toString() {
		return refId();
	}
}
