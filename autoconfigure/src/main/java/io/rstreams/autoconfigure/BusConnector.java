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

import java.time.Clock;
import java.util.function.Supplier;

import io.rstreams.binder.RStreamsBusConnection;
import io.rstreams.client.BusConfig;
import io.rstreams.client.aws.FirehoseSdkTransport;
import io.rstreams.client.aws.KinesisSdkTransport;
import io.rstreams.client.aws.S3ObjectStore;
import io.rstreams.client.bus.BusVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.firehose.FirehoseAsyncClient;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * From configured bus properties to a connection, in three steps: resolve the bus
 * ({@link BusConfigResolver}, with start-up clients closed right after), build its AWS
 * clients, and connect. The application's bus and a binder's own bus (one declared with
 * an environment of its own) go the same way.
 */
final class BusConnector {

	private static final Logger log = LoggerFactory.getLogger(BusConnector.class);

	private BusConnector() {
	}

	static ResolvedBus resolve(RStreamsBusProperties properties, Environment environment, AwsClientFactory clients) {
		String[] region = new String[1];
		Supplier<String> regionSupplier = () -> {
			if (region[0] == null) {
				region[0] = properties.getRegion() != null ? properties.getRegion() : clients.defaultRegion();
			}
			return region[0];
		};
		SecretsManagerClient[] secrets = new SecretsManagerClient[1];
		SsmClient[] ssm = new SsmClient[1];
		try {
			ResolvedBus bus = new BusConfigResolver(properties, environment,
					() -> secrets[0] != null ? secrets[0] : (secrets[0] = clients.secretsManager(regionSupplier.get())),
					() -> ssm[0] != null ? ssm[0] : (ssm[0] = clients.ssm(regionSupplier.get())), regionSupplier)
				.resolve()
				.orElseThrow(RStreamsAutoConfiguration.ConfiguredBus::configuredAtBuildTimeOnly);
			BusConfig c = bus.config();
			log.info("RStreams bus from {}: region {}, LeoStream {}, LeoCron {}, LeoEvent {}, stream {}, bucket {}",
					bus.origin(), c.region(), c.leoStream(), c.leoCron(), c.leoEvent(), c.leoKinesisStream(),
					c.leoS3());
			return bus;
		}
		finally {
			if (secrets[0] != null) {
				secrets[0].close();
			}
			if (ssm[0] != null) {
				ssm[0].close();
			}
		}
	}

	static RStreamsAwsClients awsClients(ResolvedBus bus, AwsClientFactory clients) {
		String region = bus.config().region();
		return new RStreamsAwsClients(clients.dynamo(region), clients.kinesis(region), clients.s3(region),
				bus.config().leoFirehoseStream() == null ? null : clients.firehose(region));
	}

	static RStreamsBusConnection connection(ResolvedBus bus, RStreamsBusProperties properties,
			RStreamsAwsClients clients) {
		BusConfig c = bus.config();
		DynamoDbAsyncClient dynamo = clients.dynamo();
		KinesisAsyncClient kinesis = clients.kinesis();
		S3AsyncClient s3 = clients.s3();
		FirehoseAsyncClient firehose = clients.firehose();
		BusVerifier verifier = new BusVerifier(dynamo, kinesis, s3, properties.getCallTimeout(),
				BusConfigResolver.PREFIX + ".call-timeout");
		return new RStreamsBusConnection(c, dynamo, new S3ObjectStore(s3, properties.getCallTimeout()),
				new KinesisSdkTransport(kinesis, properties.getCallTimeout()),
				c.leoFirehoseStream() == null || firehose == null ? null
						: new FirehoseSdkTransport(firehose, properties.getCallTimeout()),
				properties.isVerify() ? () -> verifier.verify(c, bus.origin()) : null, Clock.systemUTC(), bus.origin(),
				properties.getCallTimeout());
	}

}
