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
package io.rstreams.localaws.dynamodb;

import java.util.LinkedHashMap;
import java.util.Map;

import io.rstreams.localaws.dynamodb.value.AttrValue;
import io.rstreams.localaws.dynamodb.value.DynamoDbException;
import io.rstreams.localaws.dynamodb.value.ItemSize;

/**
 * A table's primary key: hash attribute and optional range attribute with their declared
 * types. Extracts and checks keys of items and of Key parameters with DynamoDB's messages
 * (missing key, type mismatch, empty string, size).
 */
final class TableSchema {

	private static final String INVALID = "One or more parameter values were invalid: ";

	private static final String KEY_MISMATCH = "The provided key element does not match the schema";

	final String hashKey;

	final AttrValue.Type hashType;

	final String rangeKey;

	final AttrValue.Type rangeType;

	TableSchema(String hashKey, AttrValue.Type hashType, String rangeKey, AttrValue.Type rangeType) {
		this.hashKey = hashKey;
		this.hashType = hashType;
		this.rangeKey = rangeKey;
		this.rangeType = rangeType;
	}

	boolean hasRange() {
		return rangeKey != null;
	}

	boolean isKeyAttribute(String name) {
		return name.equals(hashKey) || name.equals(rangeKey);
	}

	/** The key of an item being written (PutItem and friends). */
	PrimaryKey keyOfItem(Map<String, AttrValue> item) {
		AttrValue hash = itemKeyPart(item, hashKey, hashType, true);
		AttrValue range = hasRange() ? itemKeyPart(item, rangeKey, rangeType, false) : AttrValue.nul();
		return new PrimaryKey(hash, range);
	}

	private static AttrValue itemKeyPart(Map<String, AttrValue> item, String name, AttrValue.Type type, boolean hash) {
		AttrValue v = item.get(name);
		if (v == null) {
			throw DynamoDbException.validation(INVALID + "Missing the key " + name + " in the item");
		}
		if (v.type() != type) {
			throw DynamoDbException
				.validation(INVALID + "Type mismatch for key " + name + " expected: " + type + " actual: " + v.type());
		}
		checkKeyValue(name, v, hash, "One or more parameter values are not valid. ");
		return v;
	}

	/**
	 * The key named by a Key (or ExclusiveStartKey) parameter, which must hold exactly
	 * the key attributes.
	 */
	PrimaryKey keyOfKey(Map<String, AttrValue> key) {
		return keyOfKey(key, KEY_MISMATCH);
	}

	PrimaryKey keyOfKey(Map<String, AttrValue> key, String mismatchMessage) {
		if (key.size() != (hasRange() ? 2 : 1)) {
			throw DynamoDbException.validation(mismatchMessage);
		}
		AttrValue hash = key.get(hashKey);
		AttrValue range = hasRange() ? key.get(rangeKey) : AttrValue.nul();
		if (hash == null || hash.type() != hashType || range == null || hasRange() && range.type() != rangeType) {
			throw DynamoDbException.validation(mismatchMessage);
		}
		checkKeyValue(hashKey, hash, true, INVALID);
		if (hasRange()) {
			checkKeyValue(rangeKey, range, false, INVALID);
		}
		return new PrimaryKey(hash, range);
	}

	private static void checkKeyValue(String name, AttrValue v, boolean hash, String prefix) {
		int length = switch (v.type()) {
			case S -> ItemSize.utf8Length(v.s());
			case B -> v.b().length;
			default -> -1;
		};
		if (length == 0) {
			throw DynamoDbException
				.validation(prefix + "The AttributeValue for a key attribute cannot contain an empty "
						+ (v.type() == AttrValue.Type.S ? "string" : "binary") + " value. Key: " + name);
		}
		if (hash && length > 2048) {
			throw DynamoDbException
				.validation(INVALID + "Size of hashkey has exceeded the maximum size limit of2048 bytes");
		}
		if (!hash && length > 1024) {
			throw DynamoDbException
				.validation(INVALID + "Aggregated size of all range keys has exceeded the size limit of 1024 bytes");
		}
	}

	/**
	 * The key attributes of a key, as an item map (for LastEvaluatedKey and for the base
	 * of an update).
	 */
	Map<String, AttrValue> keyAttributes(PrimaryKey key) {
		Map<String, AttrValue> attributes = new LinkedHashMap<>();
		attributes.put(hashKey, key.hash());
		if (hasRange()) {
			attributes.put(rangeKey, key.range());
		}
		return attributes;
	}

}
