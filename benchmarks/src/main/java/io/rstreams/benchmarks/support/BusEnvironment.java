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
package io.rstreams.benchmarks.support;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.rstreams.client.BusConfig;

/**
 * How every process of the comparison finds the standalone bus: exactly the environment
 * {@code LocalBusMain} prints (README "Standalone local bus"), so that the Spring Boot
 * applications join it as any application would, and the Node scripts and plain Java
 * mains read the same variables. Nothing here points at an embedded bus.
 *
 * @param rstreamsConfig the {@code RSTREAMS_CONFIG} JSON (resource names, region)
 * @param dynamodb the DynamoDB API of the bus
 * @param s3 the S3 API of the bus (path-style)
 * @param kinesis the Kinesis API the bus polls
 */
public record BusEnvironment(String rstreamsConfig, URI dynamodb, URI s3, URI kinesis) {

	public static final String RSTREAMS_CONFIG = "RSTREAMS_CONFIG";

	public static final String DYNAMODB = "SPRING_CLOUD_STREAM_RSTREAMS_BUS_ENDPOINTS_DYNAMODB";

	public static final String S3 = "SPRING_CLOUD_STREAM_RSTREAMS_BUS_ENDPOINTS_S3";

	public static final String KINESIS = "SPRING_CLOUD_STREAM_RSTREAMS_BUS_ENDPOINTS_KINESIS";

	/** The local bus accepts any credentials; these say what they are. */
	public static final String ACCESS_KEY = "local";

	public static final String REGION = "us-east-1";

	public BusEnvironment {
		Objects.requireNonNull(rstreamsConfig, RSTREAMS_CONFIG);
		Objects.requireNonNull(dynamodb, DYNAMODB);
		Objects.requireNonNull(s3, S3);
		Objects.requireNonNull(kinesis, KINESIS);
	}

	/**
	 * The bus of this process's environment.
	 * @throws IllegalStateException naming the variable that is missing
	 */
	public static BusEnvironment fromSystem() {
		return from(System.getenv());
	}

	public static BusEnvironment from(Map<String, String> env) {
		return new BusEnvironment(require(env, RSTREAMS_CONFIG), URI.create(require(env, DYNAMODB)),
				URI.create(require(env, S3)), URI.create(require(env, KINESIS)));
	}

	private static String require(Map<String, String> env, String name) {
		String value = env.get(name);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(name + " is not set: this process is meant to be started by the "
					+ "side-by-side harness, with the environment the standalone local bus prints");
		}
		return value;
	}

	public BusConfig config() {
		return BusConfig.parse(rstreamsConfig, RSTREAMS_CONFIG).validate(RSTREAMS_CONFIG);
	}

	/**
	 * The variables a process needs to join the bus, with fake credentials and nothing
	 * that could send it to AWS.
	 */
	public Map<String, String> variables() {
		Map<String, String> env = new LinkedHashMap<>();
		env.put(RSTREAMS_CONFIG, rstreamsConfig);
		env.put(DYNAMODB, dynamodb.toString());
		env.put(S3, s3.toString());
		env.put(KINESIS, kinesis.toString());
		env.put("AWS_ACCESS_KEY_ID", ACCESS_KEY);
		env.put("AWS_SECRET_ACCESS_KEY", ACCESS_KEY);
		env.put("AWS_REGION", REGION);
		env.put("TZ", "UTC");
		env.put("AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE", "1");
		return env;
	}

}
