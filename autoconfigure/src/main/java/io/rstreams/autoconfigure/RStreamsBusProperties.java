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
package io.rstreams.autoconfigure;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which RStreams bus the application uses, and how to reach it
 * ({@code spring.cloud.stream.rstreams.bus.*}).
 *
 * <p>
 * Resolution order, first configured wins: the resource names below;
 * {@code RSTREAMS_CONFIG} (or {@code RSTREAMS_CONFIG_<Key>} variables); a Secrets Manager
 * secret ({@link #secretName}, or {@code RSTREAMS_CONFIG_SECRET} /
 * {@code LEO_CONFIG_SECRET}); the bus {@link #name} (SSM parameter, then secret
 * {@code rstreams-<stack>}); otherwise the embedded local bus when it is on the class
 * path.
 */
@ConfigurationProperties("spring.cloud.stream.rstreams.bus")
public class RStreamsBusProperties {

	/**
	 * The bus name (its CloudFormation stack, e.g. 'PlaygroundBus'): the SSM parameter of
	 * that name holds the nested bus stack name, whose secret 'rstreams-<bus stack>'
	 * holds the resource names.
	 */
	private String name;

	/**
	 * The Secrets Manager secret holding the bus configuration JSON (e.g.
	 * 'rstreams-PlaygroundBus-Bus-1A2B3C').
	 */
	private String secretName;

	/**
	 * AWS region of the bus. Defaults to the region in the bus configuration, then the
	 * AWS SDK's region chain.
	 */
	private String region;

	/** LeoStream table name (where events are stored). */
	private String leoStream;

	/** LeoCron table name (bots and their checkpoints). */
	private String leoCron;

	/** LeoEvent table name (each queue's max eid). */
	private String leoEvent;

	/** LeoSettings table name. */
	private String leoSettings;

	/** LeoSystem table name. */
	private String leoSystem;

	/** S3 bucket of the bus (offloaded events). */
	private String leoS3;

	/** Kinesis stream of the bus (the write path). */
	private String leoKinesisStream;

	/** Firehose delivery stream of the bus (the firehose write mode). */
	private String leoFirehoseStream;

	/**
	 * Bound of every call to AWS, retries included: the binder's reads, writes and
	 * checkpoints, and at start-up the SSM and Secrets Manager look-ups and the checks of
	 * the tables, stream and bucket.
	 */
	private Duration callTimeout = Duration.ofSeconds(10);

	/**
	 * Check at start-up that the bus's tables, stream and bucket exist (never creates
	 * them).
	 */
	private boolean verify = true;

	/** Endpoint overrides per AWS service (LocalStack, local emulators). */
	private final Endpoints endpoints = new Endpoints();

	/**
	 * The embedded local bus, used when no bus is configured and rstreams-local-bus is on
	 * the class path.
	 */
	private final Local local = new Local();

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getSecretName() {
		return secretName;
	}

	public void setSecretName(String secretName) {
		this.secretName = secretName;
	}

	public String getRegion() {
		return region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public String getLeoStream() {
		return leoStream;
	}

	public void setLeoStream(String leoStream) {
		this.leoStream = leoStream;
	}

	public String getLeoCron() {
		return leoCron;
	}

	public void setLeoCron(String leoCron) {
		this.leoCron = leoCron;
	}

	public String getLeoEvent() {
		return leoEvent;
	}

	public void setLeoEvent(String leoEvent) {
		this.leoEvent = leoEvent;
	}

	public String getLeoSettings() {
		return leoSettings;
	}

	public void setLeoSettings(String leoSettings) {
		this.leoSettings = leoSettings;
	}

	public String getLeoSystem() {
		return leoSystem;
	}

	public void setLeoSystem(String leoSystem) {
		this.leoSystem = leoSystem;
	}

	public String getLeoS3() {
		return leoS3;
	}

	public void setLeoS3(String leoS3) {
		this.leoS3 = leoS3;
	}

	public String getLeoKinesisStream() {
		return leoKinesisStream;
	}

	public void setLeoKinesisStream(String leoKinesisStream) {
		this.leoKinesisStream = leoKinesisStream;
	}

	public String getLeoFirehoseStream() {
		return leoFirehoseStream;
	}

	public void setLeoFirehoseStream(String leoFirehoseStream) {
		this.leoFirehoseStream = leoFirehoseStream;
	}

	public Duration getCallTimeout() {
		return callTimeout;
	}

	public void setCallTimeout(Duration callTimeout) {
		this.callTimeout = callTimeout;
	}

	public boolean isVerify() {
		return verify;
	}

	public void setVerify(boolean verify) {
		this.verify = verify;
	}

	public Endpoints getEndpoints() {
		return endpoints;
	}

	public Local getLocal() {
		return local;
	}

	/** Whether any resource name is set. */
	boolean hasResourceNames() {
		return leoStream != null || leoCron != null || leoEvent != null || leoS3 != null || leoKinesisStream != null
				|| leoFirehoseStream != null || leoSettings != null || leoSystem != null;
	}

	/** Endpoint overrides per service. */
	public static class Endpoints {

		/** DynamoDB endpoint override. */
		private URI dynamodb;

		/** Kinesis endpoint override. */
		private URI kinesis;

		/** S3 endpoint override (path-style access is used with an override). */
		private URI s3;

		/** Firehose endpoint override. */
		private URI firehose;

		/** Secrets Manager endpoint override. */
		private URI secretsmanager;

		/** SSM endpoint override. */
		private URI ssm;

		public URI getDynamodb() {
			return dynamodb;
		}

		public void setDynamodb(URI dynamodb) {
			this.dynamodb = dynamodb;
		}

		public URI getKinesis() {
			return kinesis;
		}

		public void setKinesis(URI kinesis) {
			this.kinesis = kinesis;
		}

		public URI getS3() {
			return s3;
		}

		public void setS3(URI s3) {
			this.s3 = s3;
		}

		public URI getFirehose() {
			return firehose;
		}

		public void setFirehose(URI firehose) {
			this.firehose = firehose;
		}

		public URI getSecretsmanager() {
			return secretsmanager;
		}

		public void setSecretsmanager(URI secretsmanager) {
			this.secretsmanager = secretsmanager;
		}

		public URI getSsm() {
			return ssm;
		}

		public void setSsm(URI ssm) {
			this.ssm = ssm;
		}

	}

	/** The embedded local bus. */
	public static class Local {

		/**
		 * Start the embedded local bus when no bus is configured (needs
		 * rstreams-local-bus on the class path).
		 */
		private boolean enabled = true;

		/**
		 * Use the embedded local bus whatever else is configured (properties,
		 * RSTREAMS_CONFIG, secret, bus name) and on any platform. Meant for tests: the
		 * test kit's @AutoConfigureRStreamsTestBus sets it.
		 */
		private boolean force = false;

		/** The local bus's name; resources are '<name>-LeoStream' and so on. */
		private String name = "LocalBus";

		/** Loopback port of the local DynamoDB/S3 endpoint (0: a free port). */
		private int port = 0;

		/**
		 * Keep the local bus's S3 objects as files in this directory (default: in
		 * memory).
		 */
		private Path s3Directory;

		public boolean isEnabled() {
			return enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public boolean isForce() {
			return force;
		}

		public void setForce(boolean force) {
			this.force = force;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public int getPort() {
			return port;
		}

		public void setPort(int port) {
			this.port = port;
		}

		public Path getS3Directory() {
			return s3Directory;
		}

		public void setS3Directory(Path s3Directory) {
			this.s3Directory = s3Directory;
		}

	}

}
