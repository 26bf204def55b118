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
package io.rstreams.client.codec;

import java.nio.charset.StandardCharsets;

import io.rstreams.client.Event;
import io.rstreams.client.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one-pass split of a line gives the event the tree parser gives, field for field,
 * and the payload's stored bytes.
 */
class EnvelopeLineTest {

	@ParameterizedTest
	@ValueSource(strings = { "{\"id\":\"a\",\"payload\":{\"n\":1,\"tags\":[\"x\",{\"y\":null}]},\"eid\":3}",
			"{\"payload\":\"a \\\"quoted\\\" \\u00e9 string\",\"id\":\"b\"}", "{\"payload\":12.5e3}",
			"{\"payload\":true,\"event_source_timestamp\":1700000000000}", "{\"payload\":null,\"units\":4}",
			"{\"id\":\"no payload\",\"timestamp\":\"2026-01-02T03:04:05Z\"}",
			"{\"payload\":{\"first\":1},\"payload\":{\"second\":2}}",
			"{\"payload\":[1,2,[3]],\"correlation_id\":{\"source\":\"q\",\"start\":\"z/1\",\"units\":2},\"x\":{\"k\":[1]}}",
			"{\"payload\" : { \"spaced\" : [ 1 , 2 ] } , \"id\" : \"c\" }",
			"{\"payload\":{\"\u00fc\u4e2d\":\"\ud83d\ude00\"}}", "{}" })
	void givesTheEventTheTreeParserGives(String line) {
		byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
		ObjectNode tree = EventCodec.parseObject(bytes, 0, bytes.length);
		Event expected = EventCodec.fromObject(tree, "z/2026/01/01/00/00/1-0000000");
		EnvelopeLine split = EnvelopeLine.parse(bytes, 0, bytes.length);
		Event envelope = EventCodec.fromObject(split.envelope(), "z/2026/01/01/00/00/1-0000000");
		assertThat(envelope.payload()).isNull();
		assertThat(envelope.toBuilder().payload(split.payloadTree()).build()).isEqualTo(expected);
		if (tree.has(EventCodec.PAYLOAD)) {
			assertThat(Json.mapper().readTree(split.payload())).isEqualTo(tree.get(EventCodec.PAYLOAD));
		}
		else {
			assertThat(split.payload()).isNull();
		}
	}

	@Test
	void buildsEachEnvelopeFieldAsTheTreeParserDoesWhateverItsType() {
		String line = "{\"s\":\"t\\u00e9xt \\\"q\\\"\",\"i\":-42,\"l\":1700000000000,\"big\":123456789012345678901234567890,"
				+ "\"f\":12.5,\"e\":1e-3,\"t\":true,\"no\":false,\"n\":null,\"o\":{\"k\":[1,\"v\"]},\"a\":[],"
				+ "\"payload\":{\"x\":1},\"max\":2147483647,\"over\":2147483648,\"min\":-9223372036854775808}";
		byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
		ObjectNode tree = EventCodec.parseObject(bytes, 0, bytes.length);
		tree.remove(EventCodec.PAYLOAD);
		ObjectNode envelope = EnvelopeLine.parse(bytes, 0, bytes.length).envelope();
		assertThat(envelope).isEqualTo(tree);
		// equal trees, node type for node type (an IntNode never equals a LongNode)
		tree.properties()
			.forEach(f -> assertThat(envelope.get(f.getKey()).getClass()).as(f.getKey())
				.isEqualTo(f.getValue().getClass()));
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 7 })
	void slicesTheStoredBytesWhereverTheLineStartsInItsBuffer(int offset) {
		String payload = "{\"n\":[1,2],\"s\":\"\u00e9\"}";
		byte[] line = ("{\"id\":\"a\",\"payload\":" + payload + ",\"eid\":0}").getBytes(StandardCharsets.UTF_8);
		byte[] buffer = new byte[offset + line.length + 5];
		System.arraycopy(line, 0, buffer, offset, line.length);
		EnvelopeLine split = EnvelopeLine.parse(buffer, offset, line.length);
		assertThat(new String(split.payload(), StandardCharsets.UTF_8)).isEqualTo(payload);
		assertThat(split.envelope().get("id").asString()).isEqualTo("a");
	}

	@ParameterizedTest
	@ValueSource(strings = { "[1,2]", "\"text\"", "42" })
	void aLineThatIsJsonButNotAnObjectIsNotAnEvent(String line) {
		byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> EnvelopeLine.parse(bytes, 0, bytes.length))
			.isInstanceOf(EventCodec.NotAnEventException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"id\":\"a\",\"payload\":{\"n\":", "{\"payload\":{\"n\":1]}", "not json",
			"{\"payload\":tru}" })
	void aLineThatIsNotJsonFailsAsTheTreeParserFails(String line) {
		byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> EventCodec.parseObject(bytes, 0, bytes.length)).isInstanceOf(JacksonException.class);
		assertThatThrownBy(() -> EnvelopeLine.parse(bytes, 0, bytes.length)).isInstanceOf(JacksonException.class);
	}

}
