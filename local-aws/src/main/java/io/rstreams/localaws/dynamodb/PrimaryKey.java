package io.rstreams.localaws.dynamodb;

/** The key of an item: hash value and range value ({@link AttrValue#nul()} for tables without a range key). */
record PrimaryKey(AttrValue hash, AttrValue range) {
}
