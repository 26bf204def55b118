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

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusConfigTest {

	private static final String FLAT = """
			{"Region":"us-east-1","LeoStream":"b-LeoStream-1","LeoCron":"b-LeoCron-1","LeoEvent":"b-LeoEvent-1",
			 "LeoSettings":"b-LeoSettings-1","LeoSystem":"b-LeoSystem-1","LeoS3":"b-leos3-1",
			 "LeoKinesisStream":"b-LeoKinesisStream-1","LeoFirehoseStream":"b-LeoFirehoseStream-1"}""";

	@Test
	void parsesTheFlatShapeOfTheBusSecret() {
		BusConfig c = BusConfig.parse(FLAT, "test").validate("test");
		assertThat(c.region()).isEqualTo("us-east-1");
		assertThat(c.leoStream()).isEqualTo("b-LeoStream-1");
		assertThat(c.leoSettings()).isEqualTo("b-LeoSettings-1");
		assertThat(c.leoKinesisStream()).isEqualTo("b-LeoKinesisStream-1");
		assertThat(BusConfig.parse(c.toJson(), "round trip")).isEqualTo(c);
	}

	@Test
	void parsesTheVerboseShape() {
		String verbose = """
				{"region":"us-west-2","kinesis":"k-stream","s3":"bucket-1","firehose":"fh",
				 "resources":{"LeoStream":"s","LeoCron":"c","LeoEvent":"e","LeoSettings":"st","LeoSystem":"sy"}}""";
		BusConfig c = BusConfig.parse(verbose, "test").validate();
		assertThat(c.region()).isEqualTo("us-west-2");
		assertThat(c.leoKinesisStream()).isEqualTo("k-stream");
		assertThat(c.leoS3()).isEqualTo("bucket-1");
		assertThat(c.leoFirehoseStream()).isEqualTo("fh");
		assertThat(c.leoCron()).isEqualTo("c");
	}

	@Test
	void resourcesWinOverTheVerboseShortcuts() {
		String verbose = """
				{"region":"us-west-2","kinesis":"old","s3":"old-bucket","firehose":"fh",
				 "resources":{"Region":"eu-west-1","LeoKinesisStream":"new","LeoS3":"new-bucket","LeoStream":"s",
				 "LeoCron":"c","LeoEvent":"e"}}""";
		BusConfig c = BusConfig.parse(verbose, "test");
		assertThat(c.region()).isEqualTo("eu-west-1");
		assertThat(c.leoKinesisStream()).isEqualTo("new");
		assertThat(c.leoS3()).isEqualTo("new-bucket");
	}

	@Test
	void namesEveryMissingKey() {
		assertThatThrownBy(() -> BusConfig.parse("{\"LeoStream\":\"s\",\"LeoCron\":\"c\"}", "secret 'rstreams-X'")
			.validate("secret 'rstreams-X'")).isInstanceOf(InvalidBusConfigException.class)
			.hasMessageContaining("secret 'rstreams-X'")
			.hasMessageContaining("Region, LeoEvent, LeoS3, LeoKinesisStream, LeoFirehoseStream")
			.satisfies(ex -> assertThat(((InvalidBusConfigException) ex).missingKeys()).containsExactly("Region",
					"LeoEvent", "LeoS3", "LeoKinesisStream", "LeoFirehoseStream"));
	}

	@Test
	void rejectsTextThatIsNotJson() {
		assertThatThrownBy(() -> BusConfig.parse("Region=us-east-1", "RSTREAMS_CONFIG"))
			.isInstanceOf(InvalidBusConfigException.class)
			.hasMessageContaining("RSTREAMS_CONFIG")
			.hasMessageContaining("not JSON");
		assertThatThrownBy(() -> BusConfig.parse("[1,2]", "RSTREAMS_CONFIG"))
			.isInstanceOf(InvalidBusConfigException.class)
			.hasMessageContaining("not a JSON object");
	}

	@Test
	void textThatIsNotJsonIsNeverQuoted() {
		assertThatThrownBy(() -> BusConfig.parse("hunter2Zq9Xw", "secret 'rstreams-X'"))
			.isInstanceOf(InvalidBusConfigException.class)
			.hasNoCause()
			.hasMessageContaining("secret 'rstreams-X' is not JSON")
			.hasMessageContaining("line 1, column")
			.hasMessageNotContaining("hunter");
		assertThatThrownBy(
				() -> BusConfig.parse("{\"LeoStream\": \"x\", \"LeoCron\": Kq7hunter2Vb}", "RSTREAMS_CONFIG"))
			.isInstanceOf(InvalidBusConfigException.class)
			.hasNoCause()
			.hasMessageContaining("line 1, column")
			.hasMessageNotContaining("hunter");
		assertThatThrownBy(() -> BusConfig.parse("{\"LeoStream\": \"Kq7hunter2Vb", "RSTREAMS_CONFIG"))
			.isInstanceOf(InvalidBusConfigException.class)
			.hasNoCause()
			.hasMessageContaining("ends")
			.hasMessageNotContaining("hunter");
	}

	@Test
	void mapsFromEnvironmentStyleKeysCaseInsensitively() {
		BusConfig c = BusConfig.fromMap(Map.of("REGION", "us-east-1", "leostream", "s", "LeoCron", "c"), "env");
		assertThat(c.region()).isEqualTo("us-east-1");
		assertThat(c.leoStream()).isEqualTo("s");
		assertThat(c.leoCron()).isEqualTo("c");
		assertThat(c.leoEvent()).isNull();
	}

}
