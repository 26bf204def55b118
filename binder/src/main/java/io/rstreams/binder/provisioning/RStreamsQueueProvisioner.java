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
package io.rstreams.binder.provisioning;

import java.util.concurrent.atomic.AtomicReference;

import io.rstreams.binder.RStreamsBusConnection;
import io.rstreams.binder.properties.RStreamsConsumerProperties;
import io.rstreams.binder.properties.RStreamsProducerProperties;
import io.rstreams.client.QueueRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binder.ExtendedConsumerProperties;
import org.springframework.cloud.stream.binder.ExtendedProducerProperties;
import org.springframework.cloud.stream.provisioning.ConsumerDestination;
import org.springframework.cloud.stream.provisioning.ProducerDestination;
import org.springframework.cloud.stream.provisioning.ProvisioningException;
import org.springframework.cloud.stream.provisioning.ProvisioningProvider;

/**
 * RStreams queues need no provisioning: a queue exists once something is written to it.
 * What must exist is the bus (its tables, stream and bucket), and this provisioner checks
 * that once, at the first binding, failing fast with the name of the missing resource. It
 * never creates bus infrastructure.
 */
public class RStreamsQueueProvisioner implements
		ProvisioningProvider<ExtendedConsumerProperties<RStreamsConsumerProperties>, ExtendedProducerProperties<RStreamsProducerProperties>> {

	private static final Logger log = LoggerFactory.getLogger(RStreamsQueueProvisioner.class);

	private final RStreamsBusConnection connection;

	private final AtomicReference<RuntimeException> verification = new AtomicReference<>();

	private volatile boolean verified;

	public RStreamsQueueProvisioner(RStreamsBusConnection connection) {
		this.connection = connection;
	}

	@Override
	public ProducerDestination provisionProducerDestination(String name,
			ExtendedProducerProperties<RStreamsProducerProperties> properties) {
		verifyBus();
		return destination(name);
	}

	@Override
	public ConsumerDestination provisionConsumerDestination(String name, String group,
			ExtendedConsumerProperties<RStreamsConsumerProperties> properties) {
		verifyBus();
		if (name.contains(",")) {
			// only with multiplex: otherwise Spring Cloud Stream binds each name on its
			// own
			throw new ProvisioningException(
					"Binding '" + properties.getBindingName() + "': multiplex is not " + "supported for destination '"
							+ name + "'. Leave multiplex unset: each queue of a comma-separated "
							+ "destination is then read by its own reader within the binding.");
		}
		if (name.isBlank()) {
			throw new ProvisioningException("Binding '" + properties.getBindingName() + "': its destination has an "
					+ "empty queue name (two commas in a row, or a comma at the start or the end). List each queue "
					+ "once, separated by commas: 'orders,returns'.");
		}
		return destination(name);
	}

	private RStreamsQueueDestination destination(String name) {
		RStreamsQueueDestination d = RStreamsQueueDestination.of(name.trim());
		if (QueueRef.isRenamedBySdk(name.trim())) {
			log.warn("Queue '{}' is queue '{}' for the Node SDK (reference rules of protocol.md 3.2); using '{}'", name,
					d.queueId(), d.queueId());
		}
		return d;
	}

	private synchronized void verifyBus() {
		if (verified) {
			return;
		}
		RuntimeException previous = verification.get();
		if (previous != null) {
			throw new ProvisioningException(previous.getMessage(), previous);
		}
		try {
			connection.verifier().run();
			verified = true;
			log.info("RStreams bus from {} verified: tables {}, {}, {} and stream {}", connection.origin(),
					connection.bus().leoStream(), connection.bus().leoEvent(), connection.bus().leoCron(),
					connection.bus().leoKinesisStream());
		}
		catch (RuntimeException ex) {
			verification.set(ex);
			throw new ProvisioningException(ex.getMessage(), ex);
		}
	}

}
