package io.rstreams.localaws.dynamodb;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.rstreams.localaws.dynamodb.value.DynamoDbException;

/** The tables of one engine, by name. */
final class Tables {

  private final ConcurrentMap<String, Table> tables = new ConcurrentHashMap<>();

  /** The table an item operation names; DynamoDB's message for a missing one carries no table name. */
  Table get(String name) {
    Table table = tables.get(name);
    if (table == null) {
      throw DynamoDbException.resourceNotFound("Requested resource not found");
    }
    return table;
  }

  /** The table a table operation names (DescribeTable, DeleteTable, ...), whose message names it. */
  Table named(String name) {
    Table table = tables.get(name);
    if (table == null) {
      throw DynamoDbException.resourceNotFound("Requested resource not found: Table: " + name + " not found");
    }
    return table;
  }

  void add(Table table) {
    if (tables.putIfAbsent(table.name, table) != null) {
      throw DynamoDbException.resourceInUse("Table already exists: " + table.name);
    }
  }

  Table remove(String name) {
    Table table = tables.remove(name);
    if (table == null) {
      throw DynamoDbException.resourceNotFound("Requested resource not found: Table: " + name + " not found");
    }
    return table;
  }

  List<String> names() {
    List<String> names = new ArrayList<>(tables.keySet());
    Collections.sort(names);
    return names;
  }

  List<Table> all() {
    return new ArrayList<>(tables.values());
  }
}
