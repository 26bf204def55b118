package io.rstreams.localaws.dynamodb;

import io.rstreams.localaws.dynamodb.value.AttrValue;

/** The key of an item: hash value and range value ({@link AttrValue#nul()} for tables without a range key). */
record PrimaryKey(AttrValue hash, AttrValue range) {
}
