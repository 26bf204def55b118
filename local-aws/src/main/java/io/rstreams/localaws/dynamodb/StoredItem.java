package io.rstreams.localaws.dynamodb;

import java.util.Map;

import io.rstreams.localaws.dynamodb.value.AttrValue;

/** An item as a table holds it: attributes that are never changed again, and their DynamoDB size, computed once. */
record StoredItem(Map<String, AttrValue> attributes, long size) {
}
