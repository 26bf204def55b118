package io.rstreams.localaws.dynamodb;

import java.util.Map;

/** An item as a table holds it: attributes that are never changed again, and their DynamoDB size, computed once. */
record StoredItem(Map<String, AttrValue> attributes, long size) {
}
