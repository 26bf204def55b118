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
package io.rstreams.interop.oracle;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import io.rstreams.interop.support.NodeRuntime;
import io.rstreams.interop.support.NodeServer;
import io.rstreams.localaws.LocalAwsServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import static io.rstreams.interop.oracle.Differential.fails;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DynamoDB requests of the bus, leo-sdk and the binder (RStreamsRequestShapesTest,
 * client's checkpoints, leases, fanout checkpoints, registration, reads) sent with the
 * AWS SDK v2 to local-aws and to dynalite 4.0.0, which must answer alike: items, error
 * types, codes and messages. Where dynalite is known to differ, a test named after the
 * difference pins both answers.
 */
class DynamoDbOracleTest {

	private static final String STREAM = "Oracle-LeoStream";

	private static final String EVENT = "Oracle-LeoEvent";

	private static final String CRON = "Oracle-LeoCron";

	private static final String INVALID_PATH = "The document path provided in the update expression is invalid for update";

	private static final String CONDITION_FAILED = "The conditional request failed";

	private static LocalAwsServer localAws;

	private static NodeServer dynalite;

	private static Differential<DynamoDbClient> ddb;

	@BeforeAll
	static void start() {
		NodeRuntime.assumeInstalled("dynalite/cli.js");
		localAws = LocalAwsServer.start();
		dynalite = NodeServer.dynalite();
		ddb = new Differential<>("dynalite 4.0.0", client(localAws.endpoint()), client(dynalite.endpoint()));
		ddb.same("CreateTable LeoStream", c -> table(c, STREAM, "event", "end"));
		ddb.same("CreateTable LeoEvent", c -> table(c, EVENT, "event", null));
		ddb.same("CreateTable LeoCron", c -> table(c, CRON, "id", null));
	}

	@AfterAll
	static void stop() {
		if (ddb != null) {
			ddb.report();
		}
		if (dynalite != null) {
			dynalite.close();
		}
		if (localAws != null) {
			localAws.close();
		}
	}

	private static DynamoDbClient client(URI endpoint) {
		return DynamoDbClient.builder()
			.endpointOverride(endpoint)
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
			.httpClient(UrlConnectionHttpClient.create())
			.build();
	}

	private static String table(DynamoDbClient c, String name, String hash, String range) {
		List<KeySchemaElement> keys = new ArrayList<>();
		List<AttributeDefinition> attributes = new ArrayList<>();
		keys.add(KeySchemaElement.builder().attributeName(hash).keyType(KeyType.HASH).build());
		attributes.add(AttributeDefinition.builder().attributeName(hash).attributeType(ScalarAttributeType.S).build());
		if (range != null) {
			keys.add(KeySchemaElement.builder().attributeName(range).keyType(KeyType.RANGE).build());
			attributes
				.add(AttributeDefinition.builder().attributeName(range).attributeType(ScalarAttributeType.S).build());
		}
		return c
			.createTable(b -> b.tableName(name)
				.keySchema(keys)
				.attributeDefinitions(attributes)
				.billingMode(BillingMode.PAY_PER_REQUEST))
			.tableDescription()
			.tableName();
	}

	// ---- shorthands

	private static AttributeValue s(String s) {
		return AttributeValue.fromS(s);
	}

	private static AttributeValue n(long n) {
		return AttributeValue.fromN(Long.toString(n));
	}

	private static AttributeValue m(Map<String, AttributeValue> m) {
		return AttributeValue.fromM(m);
	}

	/** A map from alternating keys and values. */
	@SuppressWarnings("unchecked")
	private static <V> Map<String, V> map(Object... keysAndValues) {
		Map<String, V> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
		}
		return map;
	}

	private static Map<String, AttributeValue> bot(String id) {
		return map("id", s(id));
	}

	private static Function<DynamoDbClient, ?> getBot(String id) {
		return c -> c.getItem(b -> b.tableName(CRON).key(bot(id)).consistentRead(true)).item();
	}

	private static Function<DynamoDbClient, ?> update(String id, String update, String condition,
			Map<String, String> names, Map<String, AttributeValue> values) {
		return c -> c
			.updateItem(b -> b.tableName(CRON)
				.key(bot(id))
				.updateExpression(update)
				.conditionExpression(condition)
				.expressionAttributeNames(names)
				.expressionAttributeValues(values.isEmpty() ? null : values)
				.returnValues(ReturnValue.ALL_NEW))
			.attributes();
	}

	// ---- checkpoints (Checkpointer, leo-sdk cron.checkpoint)

	private static final Map<String, String> CHECKPOINT_NAMES = map("#checkpoints", "checkpoints", "#type", "read",
			"#event", "queue:orders", "#checkpoint", "checkpoint");

	private static Function<DynamoDbClient, ?> checkpoint(String id, String expected, String next) {
		return update(id, "set #checkpoints.#type.#event = :value", "#checkpoints.#type.#event.#checkpoint = :expected",
				CHECKPOINT_NAMES,
				map(":value", m(map("checkpoint", s(next), "records", n(10))), ":expected", s(expected)));
	}

	private static Function<DynamoDbClient, ?> firstCheckpoint(String id, String next) {
		return update(id, "set #checkpoints.#type.#event = :value",
				"attribute_not_exists(#checkpoints.#type.#event.#checkpoint)", CHECKPOINT_NAMES,
				map(":value", m(map("checkpoint", s(next)))));
	}

	@Test
	void readCheckpointAdvancesOnlyFromTheExpectedValue() {
		ddb.same("PutItem bot with empty checkpoints",
				c -> c
					.putItem(b -> b.tableName(CRON)
						.item(map("id", s("cp-1"), "checkpoints", m(map("read", m(map()), "write", m(map()))))))
					.attributes());
		ddb.same("first checkpoint", firstCheckpoint("cp-1", "z/2024/01/01/00/00/1"));
		ddb.same("checkpoint from the expected value",
				checkpoint("cp-1", "z/2024/01/01/00/00/1", "z/2024/01/01/00/00/2"));
		ddb.same("checkpoint from a stale value", checkpoint("cp-1", "z/2024/01/01/00/00/1", "z/3"));
		ddb.same("first checkpoint again", firstCheckpoint("cp-1", "z/other"));
		ddb.same("GetItem consistent", getBot("cp-1"));
	}

	@Test
	void firstCheckpointWithoutTheMapsIsADocumentPathError() {
		ddb.same("PutItem bot without checkpoints",
				c -> c.putItem(b -> b.tableName(CRON).item(map("id", s("cp-2"), "name", s("my bot")))).attributes());
		Object answer = ddb.same("first checkpoint, no checkpoints map", firstCheckpoint("cp-2", "z/1"));
		assertThat(answer)
			.isEqualTo(new Differential.Failure("DynamoDbException", 400, "ValidationException", INVALID_PATH));
		ddb.same("first checkpoint on a missing bot", firstCheckpoint("cp-missing", "z/1"));
		ddb.same("missing bot stays missing", getBot("cp-missing"));
		ddb.same("PutItem bot with only a write map",
				c -> c
					.putItem(
							b -> b.tableName(CRON).item(map("id", s("cp-3"), "checkpoints", m(map("write", m(map()))))))
					.attributes());
		ddb.same("first checkpoint without the read map", firstCheckpoint("cp-3", "z/1"));
	}

	@Test
	void aFalseConditionFailsBeforeTheDocumentPathIsResolved() {
		ddb.same("PutItem bot without checkpoints",
				c -> c.putItem(b -> b.tableName(CRON).item(map("id", s("cp-4")))).attributes());
		Object answer = ddb.same("checkpoint from a value, no checkpoints map", checkpoint("cp-4", "z/1", "z/2"));
		assertThat(answer).isEqualTo(new Differential.Failure("ConditionalCheckFailedException", 400,
				"ConditionalCheckFailedException", CONDITION_FAILED));
		ddb.same("checkpoint from a value on a missing bot", checkpoint("cp-missing-2", "z/1", "z/2"));
	}

	@Test
	void ensureMapsThenCheckpoint() {
		ddb.same("PutItem bare bot", c -> c.putItem(b -> b.tableName(CRON).item(bot("cp-5"))).attributes());
		ddb.same("set checkpoints = if_not_exists",
				update("cp-5", "set #checkpoints = if_not_exists(#checkpoints, :empty)", null,
						map("#checkpoints", "checkpoints"),
						map(":empty", m(map("read", m(map()), "write", m(map()))))));
		ddb.same("set checkpoints.type = if_not_exists",
				update("cp-5", "set #checkpoints.#type = if_not_exists(#checkpoints.#type, :empty)", null,
						map("#checkpoints", "checkpoints", "#type", "write"), map(":empty", m(map()))));
		ddb.same("first checkpoint after the maps", firstCheckpoint("cp-5", "z/9"));
	}

	@Test
	void defaultBotIsCreatedOnce() {
		Function<DynamoDbClient, ?> create = c -> c
			.putItem(b -> b.tableName(CRON)
				.item(map("id", s("cp-6"), "checkpoints",
						m(map("read", m(map("queue:a", m(map("checkpoint", s("z/1"))))), "write", m(map()))), "paused",
						AttributeValue.fromBool(false), "lambdaName", AttributeValue.fromNul(true)))
				.conditionExpression("attribute_not_exists(id)"))
			.attributes();
		ddb.same("PutItem attribute_not_exists(id)", create);
		ddb.same("PutItem attribute_not_exists(id) again", create);
		ddb.same("GetItem default bot", getBot("cp-6"));
	}

	// ---- leases (BotLease) and checkpoints under a lease

	private static final Map<String, String> LEASE_NAMES = map("#leases", "leases", "#key", "queue:orders", "#expires",
			"expires", "#owner", "owner");

	private static Function<DynamoDbClient, ?> acquire(String id, String owner, long now) {
		return update(id, "set #leases.#key = :lease",
				"attribute_not_exists(#leases.#key) OR #leases.#key.#expires < :now OR #leases.#key.#owner = :owner",
				LEASE_NAMES,
				map(":lease",
						m(map("owner", s(owner), "expires", n(now + 30_000), "acquired", n(now), "renewed", n(now))),
						":now", n(now), ":owner", s(owner)));
	}

	private static Function<DynamoDbClient, ?> renew(String id, String owner, long now) {
		return update(id, "set #leases.#key.#expires = :expires, #leases.#key.#renewed = :now",
				"#leases.#key.#owner = :owner", map("#leases", "leases", "#key", "queue:orders", "#expires", "expires",
						"#renewed", "renewed", "#owner", "owner"),
				map(":expires", n(now + 30_000), ":now", n(now), ":owner", s(owner)));
	}

	@Test
	void leaseAcquireRenewAndTakeOver() {
		ddb.same("PutItem bot",
				c -> c
					.putItem(b -> b.tableName(CRON)
						.item(map("id", s("lease-1"), "checkpoints", m(map("read", m(map()), "write", m(map()))))))
					.attributes());
		ddb.same("acquire without a leases map", acquire("lease-1", "a", 1_000));
		ddb.same("renew without a leases map", renew("lease-1", "a", 1_000));
		ddb.same("create the leases map", update("lease-1", "set #leases = if_not_exists(#leases, :empty)", null,
				map("#leases", "leases"), map(":empty", m(map()))));
		ddb.same("acquire", acquire("lease-1", "a", 1_000));
		ddb.same("acquire by another owner before expiry", acquire("lease-1", "b", 2_000));
		ddb.same("renew by the owner", renew("lease-1", "a", 3_000));
		ddb.same("renew by another owner", renew("lease-1", "b", 3_000));
		ddb.same("acquire by another owner after expiry", acquire("lease-1", "b", 40_000));
		ddb.same("checkpoint under the lease", update("lease-1", "set #checkpoints.#type.#event = :value",
				"(attribute_not_exists(#checkpoints.#type.#event.#checkpoint)) AND #leases.#leaseKey.#leaseOwner = "
						+ ":leaseOwner",
				map("#checkpoints", "checkpoints", "#type", "read", "#event", "queue:orders", "#checkpoint",
						"checkpoint", "#leases", "leases", "#leaseKey", "queue:orders", "#leaseOwner", "owner"),
				map(":value", m(map("checkpoint", s("z/1"))), ":leaseOwner", s("b"))));
		ddb.same("checkpoint under a lost lease", update("lease-1", "set #checkpoints.#type.#event = :value",
				"(#checkpoints.#type.#event.#checkpoint = :expected) AND #leases.#leaseKey.#leaseOwner = :leaseOwner",
				map("#checkpoints", "checkpoints", "#type", "read", "#event", "queue:orders", "#checkpoint",
						"checkpoint", "#leases", "leases", "#leaseKey", "queue:orders", "#leaseOwner", "owner"),
				map(":value", m(map("checkpoint", s("z/2"))), ":expected", s("z/1"), ":leaseOwner", s("a"))));
		ddb.same("release", update("lease-1", "remove #leases.#key", "#leases.#key.#owner = :owner",
				map("#leases", "leases", "#key", "queue:orders", "#owner", "owner"), map(":owner", s("b"))));
	}

	// ---- fanout checkpoints (FanoutCheckpoints)

	@Test
	void fanoutCheckpointsCreateTheirMapsOnDemand() {
		Map<String, String> names = map("#f", "fanoutCheckpoints", "#q", "queue:orders", "#i", "1", "#c", "count");
		Function<DynamoDbClient, ?> write = update("fan-1", "set #f.#q.#i = :eid, #f.#q.#c = :count", null, names,
				map(":eid", s("z/5"), ":count", n(3)));
		ddb.same("PutItem bot", c -> c.putItem(b -> b.tableName(CRON).item(bot("fan-1"))).attributes());
		ddb.same("fanout write without the map", write);
		ddb.same("set #f = if_not_exists", update("fan-1", "set #f = if_not_exists(#f, :empty)", null,
				map("#f", "fanoutCheckpoints"), map(":empty", m(map()))));
		ddb.same("set #f.#q = if_not_exists", update("fan-1", "set #f.#q = if_not_exists(#f.#q, :empty)", null,
				map("#f", "fanoutCheckpoints", "#q", "queue:orders"), map(":empty", m(map()))));
		ddb.same("fanout write", write);
		ddb.same("fanout reset for another count", update("fan-1", "set #f.#q = :fresh", null,
				map("#f", "fanoutCheckpoints", "#q", "queue:orders"), map(":fresh", m(map("count", n(4))))));
	}

	// ---- registration (BotRegistry, leo-sdk createBot)

	@Test
	void registrationKeepsExistingMaps() {
		Function<DynamoDbClient, ?> register = update("reg-1",
				"set #lambdaName = :lambdaName, #name = :name, "
						+ "#instances = if_not_exists(#instances, :instances), "
						+ "#requested_kinesis = if_not_exists(#requested_kinesis, :requested_kinesis), "
						+ "#checkpoints = if_not_exists(#checkpoints, :checkpoints)",
				null,
				map("#lambdaName", "lambdaName", "#name", "name", "#instances", "instances", "#requested_kinesis",
						"requested_kinesis", "#checkpoints", "checkpoints"),
				map(":lambdaName", AttributeValue.fromNul(true), ":name", s("My Bot"), ":instances", m(map()),
						":requested_kinesis", m(map()), ":checkpoints", m(map("read", m(map()), "write", m(map())))));
		ddb.same("register", register);
		ddb.same("first checkpoint", firstCheckpoint("reg-1", "z/5"));
		ddb.same("register again", register);
		Function<DynamoDbClient, ?> trigger = update("reg-1",
				"set #triggers = list_append(if_not_exists(#triggers, :none), :trigger)",
				"attribute_not_exists(#triggers) OR NOT contains(#triggers, :queue)", map("#triggers", "triggers"),
				map(":none", AttributeValue.fromL(List.of()), ":trigger", AttributeValue.fromL(List.of(s("orders"))),
						":queue", s("orders")));
		ddb.same("add a trigger", trigger);
		ddb.same("add the same trigger again", trigger);
	}

	// ---- the bus processor's clock and locks

	@Test
	void processorClockAndLocks() {
		Function<Long, Function<DynamoDbClient, ?>> clock = value -> update("processor",
				"set #field = :value, #sequence = :sequence",
				"attribute_not_exists(#field) OR #field < :value OR (#sequence = :sequence AND #field = :value)",
				map("#field", "ts", "#sequence", "sequence"), map(":value", n(value), ":sequence", s("seq-" + value)));
		ddb.same("clock first", clock.apply(100L));
		ddb.same("clock same", clock.apply(100L));
		ddb.same("clock forward", clock.apply(150L));
		ddb.same("clock backward", clock.apply(120L));
		Function<DynamoDbClient, ?> add = update("processor", "set #sequence = :sequence add #field :value",
				"#sequence <> :sequence", map("#field", "count", "#sequence", "sequence"),
				map(":value", n(5), ":sequence", s("seq-x")));
		ddb.same("add once", add);
		ddb.same("add twice", add);
		ddb.same("lock bot", update("lock-bot",
				"set #instances.#index = :value, #invokeTime = :invokeTime " + "remove #checkpoint, #ignorePaused",
				null,
				map("#instances", "instances", "#index", "0", "#invokeTime", "invokeTime", "#checkpoint", "checkpoint",
						"#ignorePaused", "ignorePaused"),
				map(":value", m(map("token", n(123))), ":invokeTime", n(1_700_000_000_000L))));
		Function<Long, Function<DynamoDbClient, ?>> lock = now -> c -> c
			.putItem(b -> b.tableName(CRON)
				.item(map("id", s("lock-a"), "expires", n(now + 500)))
				.conditionExpression("attribute_not_exists(id) OR expires <= :now")
				.expressionAttributeValues(map(":now", n(now)))
				.returnValues(ReturnValue.ALL_OLD))
			.attributes();
		ddb.same("lock", lock.apply(1_500L));
		ddb.same("lock held", lock.apply(1_600L));
		ddb.same("lock after expiry", lock.apply(2_000L));
	}

	// ---- reads: LeoEvent, BatchGetItem, LeoStream queries

	@Test
	void batchGetOfBotAndQueue() {
		ddb.same("PutItem LeoEvent",
				c -> c
					.putItem(b -> b.tableName(EVENT)
						.item(map("event", s("orders"), "max_eid", s("z/2024/05/01/10/00/1714557600000-0000000"),
								"timestamp", n(1_714_557_600_000L))))
					.attributes());
		ddb.same("PutItem LeoCron",
				c -> c
					.putItem(b -> b.tableName(CRON)
						.item(map("id", s("reader"), "checkpoints",
								m(map("read", m(map("queue:orders", m(map("checkpoint", s("z/1"))))))))))
					.attributes());
		ddb.same("GetItem LeoEvent", c -> c.getItem(b -> b.tableName(EVENT).key(map("event", s("orders")))).item());
		ddb.same("GetItem LeoEvent missing",
				c -> c.getItem(b -> b.tableName(EVENT).key(map("event", s("nothing")))).hasItem());
		for (String id : List.of("reader", "nobody")) {
			ddb.same("BatchGetItem LeoCron (consistent) and LeoEvent for " + id, c -> {
				var response = c.batchGetItem(b -> b.requestItems(
						map(CRON, KeysAndAttributes.builder().keys(List.of(bot(id))).consistentRead(true).build(),
								EVENT, KeysAndAttributes.builder().keys(List.of(map("event", s("orders")))).build())));
				return List.of(new TreeMap<>(response.responses()), response.unprocessedKeys());
			});
		}
		ddb.same("BatchGetItem of a missing table", c -> c.batchGetItem(
				b -> b.requestItems(map("Oracle-None", KeysAndAttributes.builder().keys(List.of(bot("x"))).build())))
			.responses());
	}

	private static Function<DynamoDbClient, ?> between(String event, String start, int limit, boolean forward) {
		return c -> {
			QueryResponse page = c.query(b -> b.tableName(STREAM)
				.keyConditionExpression("#event = :event and #key between :start and :maxkey")
				.expressionAttributeNames(map("#event", "event", "#key", "end"))
				.expressionAttributeValues(map(":event", s(event), ":start", s(start), ":maxkey", s("z/9")))
				.limit(limit)
				.scanIndexForward(forward)
				.consistentRead(true));
			return List.of(page.items(), page.count(), page.scannedCount(), page.lastEvaluatedKey());
		};
	}

	@Test
	void leoStreamBetweenQueriesWithLimits() {
		List<WriteRequest> writes = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			String end = String.format("z/2024/05/01/10/%02d/%013d-0000000", i, 1_714_557_600_000L + i);
			writes.add(WriteRequest.builder()
				.putRequest(PutRequest.builder()
					.item(map("event", s("queue:orders"), "end", s(end), "start", s(end), "gzip",
							AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] { (byte) i, 1, 2 })), "records",
							n(100), "size", n(1000 + i)))
					.build())
				.build());
		}
		ddb.same("BatchWriteItem 25 into LeoStream",
				c -> c.batchWriteItem(b -> b.requestItems(map(STREAM, writes))).unprocessedItems());
		ddb.same("PutItem another queue",
				c -> c
					.putItem(b -> b.tableName(STREAM)
						.item(map("event", s("queue:other"), "end", s("z/2024/05/01/10/03/1714557600003-0000000"))))
					.attributes());
		ddb.same("between, limit 10", between("queue:orders", "z/2024/05/01/10/00", 10, true));
		ddb.same("between from the middle, limit 50",
				between("queue:orders", "z/2024/05/01/10/12/1714557600012-0000000 ", 50, true));
		ddb.same("between past the end", between("queue:orders", "z/2024/05/01/11", 50, true));
		ddb.same("between backwards, limit 1", between("queue:orders", "z/", 1, false));
		ddb.same("between on a queue without events", between("queue:none", "z/", 50, true));
	}

	@Test
	void leoStreamPagesStopAtOneMegabyte() {
		List<WriteRequest> writes = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			byte[] payload = new byte[200 * 1024];
			Arrays.fill(payload, (byte) i);
			writes.add(WriteRequest.builder()
				.putRequest(PutRequest.builder()
					.item(map("event", s("queue:big"), "end", s(String.format("z/2024/05/01/10/%02d", i)), "payload",
							AttributeValue.fromB(SdkBytes.fromByteArray(payload))))
					.build())
				.build());
		}
		ddb.same("BatchWriteItem 12 of 200 KB",
				c -> c.batchWriteItem(b -> b.requestItems(map(STREAM, writes.subList(0, 12)))).unprocessedItems());
		ddb.same("between over 2.4 MB, limit 50", c -> {
			QueryResponse page = c.query(b -> b.tableName(STREAM)
				.keyConditionExpression("#event = :event and #key between :start and :maxkey")
				.expressionAttributeNames(map("#event", "event", "#key", "end"))
				.expressionAttributeValues(map(":event", s("queue:big"), ":start", s("z/"), ":maxkey", s("z/9")))
				.limit(50)
				.projectionExpression("#event, #key"));
			return List.of(page.items(), page.lastEvaluatedKey());
		});
	}

	// ---- request errors the callers rely on

	@Test
	void requestErrors() {
		ddb.same("GetItem on a missing table", c -> c.getItem(b -> b.tableName("Oracle-None").key(bot("x"))).item());
		ddb.same("UpdateItem with an unused value",
				update("err-1", "set #a = :a", null, map("#a", "a"), map(":a", s("x"), ":unused", s("y"))));
		ddb.same("UpdateItem with an unused name",
				update("err-1", "set #a = :a", null, map("#a", "a", "#b", "b"), map(":a", s("x"))));
		ddb.same("UpdateItem with a missing value",
				update("err-1", "set #a = :b", null, map("#a", "a"), map(":a", s("x"))));
		ddb.same("GetItem with a wrong key", c -> c.getItem(b -> b.tableName(CRON).key(map("name", s("x")))).item());
		ddb.same("Query with a wrong key attribute",
				c -> c
					.query(b -> b.tableName(STREAM)
						.keyConditionExpression("#event = :event")
						.expressionAttributeNames(map("#event", "start"))
						.expressionAttributeValues(map(":event", s("x"))))
					.items());
	}

	// ---- known differences of dynalite

	@Test
	void dynaliteHasNoTransactions() {
		ddb.differs("TransactWriteItems", c -> c
			.transactWriteItems(b -> b.transactItems(
					TransactWriteItem.builder().put(Put.builder().tableName(CRON).item(bot("tx-1")).build()).build()))
			.sdkHttpResponse()
			.statusCode(), local -> assertThat(local).isEqualTo(200),
				fails("DynamoDbException", "UnknownOperationException", null));
	}

	@Test
	void dynaliteDoesNotReturnTheItemOnAFailedCondition() {
		ddb.same("PutItem", c -> c.putItem(b -> b.tableName(CRON).item(map("id", s("old-1"), "v", n(1)))).attributes());
		ddb.differs("ReturnValuesOnConditionCheckFailure ALL_OLD", c -> {
			try {
				c.updateItem(b -> b.tableName(CRON)
					.key(bot("old-1"))
					.updateExpression("set v = :two")
					.conditionExpression("v = :three")
					.expressionAttributeValues(map(":two", n(2), ":three", n(3)))
					.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
				return "(succeeded)";
			}
			catch (ConditionalCheckFailedException ex) {
				return ex.hasItem() ? ex.item() : "(no item)";
			}
		}, local -> assertThat(local).isEqualTo(map("id", s("old-1"), "v", n(1))),
				oracle -> assertThat(oracle).isEqualTo("(no item)"));
	}

}
