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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import io.rstreams.localaws.dynamodb.value.AttrValue;
import io.rstreams.localaws.dynamodb.value.DynamoDbException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * CreateTable, DescribeTable, ListTables, DeleteTable, UpdateTimeToLive and
 * DescribeTimeToLive. Tables can be used as soon as they are created: CreateTable answers
 * CREATING, as DynamoDB does, and DescribeTable ACTIVE at once, so code that waits for a
 * new table (the SDK's {@code waitUntilTableExists}) sees it ready on its first look.
 * Secondary indexes are refused rather than silently ignored, since queries on them are
 * not implemented.
 */
final class TableOperations {

	private static final String INVALID = "One or more parameter values were invalid: ";

	private static final List<String> BILLING_MODES = List.of("PROVISIONED", "PAY_PER_REQUEST");

	private final Tables tables;

	TableOperations(Tables tables) {
		this.tables = tables;
	}

	ObjectNode createTable(JsonNode request) {
		String name = Requests.tableName(request);
		JsonNode keySchema = request.get("KeySchema");
		JsonNode definitions = request.get("AttributeDefinitions");
		if (definitions == null || definitions.isNull()) {
			throw Requests.constraint(null, "attributeDefinitions", "Member must not be null");
		}
		if (keySchema == null || keySchema.isNull()) {
			throw Requests.constraint(null, "keySchema", "Member must not be null");
		}
		if (request.hasNonNull("GlobalSecondaryIndexes") || request.hasNonNull("LocalSecondaryIndexes")) {
			throw DynamoDbException.validation("Secondary indexes are not supported by this local DynamoDB");
		}
		Map<String, AttrValue.Type> types = attributeTypes(definitions);
		TableSchema schema = schema(keySchema, types);
		checkBilling(request);

		ObjectNode definition = JsonNodeFactory.instance.objectNode();
		for (String field : List.of("AttributeDefinitions", "KeySchema", "BillingMode", "ProvisionedThroughput",
				"StreamSpecification", "TableClass", "DeletionProtectionEnabled")) {
			if (request.hasNonNull(field)) {
				definition.set(field, request.get(field).deepCopy());
			}
		}
		Table table = new Table(name, schema, definition);
		tables.add(table);
		return wrap("TableDescription", table, "CREATING");
	}

	private static Map<String, AttrValue.Type> attributeTypes(JsonNode definitions) {
		Map<String, AttrValue.Type> types = new LinkedHashMap<>();
		int index = 1;
		for (JsonNode definition : definitions) {
			String type = definition.path("AttributeType").asString("");
			if (!List.of("S", "N", "B").contains(type)) {
				throw Requests.constraint(type, "attributeDefinitions." + index + ".member.attributeType",
						"Member must satisfy enum value set: [B, N, S]");
			}
			types.put(definition.path("AttributeName").asString(""), AttrValue.Type.valueOf(type));
			index++;
		}
		return types;
	}

	private static TableSchema schema(JsonNode keySchema, Map<String, AttrValue.Type> types) {
		if (keySchema.size() < 1 || keySchema.size() > 2) {
			throw Requests.constraint(keySchema.toString(), "keySchema",
					"Member must have length less than or equal to 2, Member must have length greater than or equal to 1");
		}
		List<String> names = new ArrayList<>();
		for (JsonNode element : keySchema) {
			names.add(element.path("AttributeName").asString(""));
		}
		if (!"HASH".equals(keySchema.get(0).path("KeyType").asString(""))) {
			throw DynamoDbException.validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
		}
		if (keySchema.size() == 2 && !"RANGE".equals(keySchema.get(1).path("KeyType").asString(""))) {
			throw DynamoDbException
				.validation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
		}
		if (names.size() == 2 && names.get(0).equals(names.get(1))) {
			throw DynamoDbException
				.validation("Both the Hash Key and the Range Key element in the KeySchema have the same name");
		}
		if (!types.keySet().containsAll(names)) {
			throw DynamoDbException
				.validation(INVALID + "Some index key attributes are not defined in AttributeDefinitions. " + "Keys: "
						+ names + ", AttributeDefinitions: " + types.keySet());
		}
		if (types.size() != names.size()) {
			throw DynamoDbException
				.validation(INVALID + "Number of attributes in KeySchema does not exactly match number "
						+ "of attributes defined in AttributeDefinitions");
		}
		String range = names.size() == 2 ? names.get(1) : null;
		return new TableSchema(names.get(0), types.get(names.get(0)), range, range == null ? null : types.get(range));
	}

	private static void checkBilling(JsonNode request) {
		String mode = Requests.enumValue(request, "BillingMode", "billingMode", BILLING_MODES);
		boolean hasThroughput = request.hasNonNull("ProvisionedThroughput");
		if ("PAY_PER_REQUEST".equals(mode) && hasThroughput) {
			throw DynamoDbException.validation(INVALID + "Neither ReadCapacityUnits nor WriteCapacityUnits can be "
					+ "specified when BillingMode is PAY_PER_REQUEST");
		}
		if (!"PAY_PER_REQUEST".equals(mode) && !hasThroughput) {
			throw DynamoDbException
				.validation(INVALID + "ReadCapacityUnits and WriteCapacityUnits must both be specified "
						+ "when BillingMode is PROVISIONED");
		}
	}

	ObjectNode describeTable(JsonNode request) {
		return wrap("Table", tables.named(Requests.tableName(request)), "ACTIVE");
	}

	ObjectNode deleteTable(JsonNode request) {
		Table table = tables.remove(Requests.tableName(request));
		return wrap("TableDescription", table, "DELETING");
	}

	ObjectNode listTables(JsonNode request) {
		Integer limit = Requests.integer(request, "Limit", "limit", 1);
		if (limit != null && limit > 100) {
			throw Requests.constraint(limit, "limit", "Member must have value less than or equal to 100");
		}
		int max = limit == null ? 100 : limit;
		String start = Requests.string(request, "ExclusiveStartTableName");
		List<String> names = tables.names();
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		ArrayNode page = response.putArray("TableNames");
		String last = null;
		for (String name : names) {
			if (start != null && name.compareTo(start) <= 0) {
				continue;
			}
			if (page.size() == max) {
				response.put("LastEvaluatedTableName", last);
				break;
			}
			page.add(name);
			last = name;
		}
		return response;
	}

	ObjectNode updateTimeToLive(JsonNode request) {
		Table table = tables.named(Requests.tableName(request));
		JsonNode spec = Requests.object(request, "TimeToLiveSpecification", "timeToLiveSpecification");
		if (!spec.hasNonNull("Enabled")) {
			throw Requests.constraint(null, "timeToLiveSpecification.enabled", "Member must not be null");
		}
		if (!spec.hasNonNull("AttributeName")) {
			throw Requests.constraint(null, "timeToLiveSpecification.attributeName", "Member must not be null");
		}
		boolean enable = spec.get("Enabled").asBoolean();
		String attribute = spec.get("AttributeName").asString();
		synchronized (table) {
			String current = table.ttlAttribute();
			if (enable && current != null) {
				throw DynamoDbException.validation("TimeToLive is already enabled");
			}
			if (!enable && current == null) {
				throw DynamoDbException.validation("TimeToLive is already disabled");
			}
			if (!enable && !current.equals(attribute)) {
				throw DynamoDbException
					.validation("The specified attribute name does not match the TimeToLive attribute");
			}
			table.ttlAttribute(enable ? attribute : null);
		}
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		ObjectNode echo = response.putObject("TimeToLiveSpecification");
		echo.put("Enabled", enable);
		echo.put("AttributeName", attribute);
		return response;
	}

	ObjectNode describeTimeToLive(JsonNode request) {
		Table table = tables.named(Requests.tableName(request));
		String attribute = table.ttlAttribute();
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		ObjectNode description = response.putObject("TimeToLiveDescription");
		description.put("TimeToLiveStatus", attribute == null ? "DISABLED" : "ENABLED");
		if (attribute != null) {
			description.put("AttributeName", attribute);
		}
		return response;
	}

	private static ObjectNode wrap(String member, Table table, String status) {
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		Lock lock = table.lock.readLock();
		lock.lock();
		try {
			response.set(member, table.describe(status));
		}
		finally {
			lock.unlock();
		}
		return response;
	}

}
