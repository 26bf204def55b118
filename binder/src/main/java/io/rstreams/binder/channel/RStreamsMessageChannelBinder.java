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
package io.rstreams.binder.channel;

import java.lang.reflect.Type;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.observation.ObservationRegistry;
import io.rstreams.binder.RStreamsBusConnection;
import io.rstreams.binder.inbound.BotSetup;
import io.rstreams.binder.inbound.ConsumerSettings;
import io.rstreams.binder.inbound.ConsumerThreads;
import io.rstreams.binder.inbound.PolledDeliveryEnd;
import io.rstreams.binder.inbound.PolledQueueSource;
import io.rstreams.binder.inbound.RStreamsInboundChannelAdapter;
import io.rstreams.binder.observability.RStreamsBinderMetrics;
import io.rstreams.binder.outbound.DeadLetterHandler;
import io.rstreams.binder.outbound.RStreamsMessageHandler;
import io.rstreams.binder.properties.RStreamsConsumerProperties;
import io.rstreams.binder.properties.RStreamsExtendedBindingProperties;
import io.rstreams.binder.properties.RStreamsProducerProperties;
import io.rstreams.binder.provisioning.RStreamsQueueDestination;
import io.rstreams.binder.provisioning.RStreamsQueueProvisioner;
import io.rstreams.binder.status.ConsumerBinding;
import io.rstreams.binder.status.ConsumerBindings;
import io.rstreams.client.read.QueueReader;
import io.rstreams.client.read.ReaderSettings;
import io.rstreams.client.read.StartPosition;
import io.rstreams.client.write.QueueWriter;
import io.rstreams.client.write.WriterSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.context.catalog.FunctionTypeUtils;
import org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry.FunctionInvocationWrapper;
import org.springframework.cloud.stream.binder.AbstractMessageChannelBinder;
import org.springframework.cloud.stream.binder.BinderSpecificPropertiesProvider;
import org.springframework.cloud.stream.binder.DefaultPollableMessageSource;
import org.springframework.cloud.stream.binder.ExtendedConsumerProperties;
import org.springframework.cloud.stream.binder.ExtendedProducerProperties;
import org.springframework.cloud.stream.binder.ExtendedPropertiesBinder;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.cloud.stream.provisioning.ConsumerDestination;
import org.springframework.cloud.stream.provisioning.ProducerDestination;
import org.springframework.integration.channel.AbstractMessageChannel;
import org.springframework.integration.core.MessageProducer;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHandler;
import org.springframework.util.StringUtils;

/**
 * The RStreams binder: a consumer binding is a bot reading a queue from its LeoCron
 * checkpoint ({@link RStreamsInboundChannelAdapter}); a producer binding writes a queue
 * through the bus ({@link RStreamsMessageHandler}). The group is the bot id.
 */
public class RStreamsMessageChannelBinder extends
		AbstractMessageChannelBinder<ExtendedConsumerProperties<RStreamsConsumerProperties>, ExtendedProducerProperties<RStreamsProducerProperties>, RStreamsQueueProvisioner>
		implements ExtendedPropertiesBinder<MessageChannel, RStreamsConsumerProperties, RStreamsProducerProperties>,
		ConsumerBindings {

	private final RStreamsBusConnection connection;

	private final QueueReader reader;

	private final ConsumerReaders consumers = new ConsumerReaders();

	private final Map<QueueBinding, ConsumerThreads> consumerThreads = new ConcurrentHashMap<>();

	private final Map<String, PolledQueueSource> polledConsumers = new ConcurrentHashMap<>();

	private final Map<String, RStreamsMessageHandler> producers = new ConcurrentHashMap<>();

	private final Map<QueueBinding, DeadLetterHandler> deadLetters = new ConcurrentHashMap<>();

	private final ConsumerConfigurations configurations = new ConsumerConfigurations();

	private RStreamsExtendedBindingProperties extendedBindingProperties = new RStreamsExtendedBindingProperties();

	private ObjectProvider<FunctionCatalog> functionCatalog;

	private RStreamsBinderMetrics metrics;

	private ObservationRegistry observationRegistry;

	private String applicationName;

	public RStreamsMessageChannelBinder(RStreamsBusConnection connection, RStreamsQueueProvisioner provisioner) {
		super(new String[0], provisioner);
		this.connection = connection;
		this.reader = new QueueReader(connection.dynamo(), connection.objectStore(), connection.bus(),
				ReaderSettings.defaults().withClock(connection.clock()).withCallTimeout(connection.callTimeout()));
	}

	public void setExtendedBindingProperties(RStreamsExtendedBindingProperties properties) {
		this.extendedBindingProperties = properties;
	}

	public void setFunctionCatalog(ObjectProvider<FunctionCatalog> functionCatalog) {
		this.functionCatalog = functionCatalog;
	}

	/**
	 * Observes sends and receipts (Spring Integration's observations): with a tracer, a
	 * trace follows events from bot to bot through the envelope's {@code traceparent}.
	 */
	public void setObservationRegistry(ObservationRegistry observationRegistry) {
		this.observationRegistry = observationRegistry;
	}

	@Override
	protected void postProcessOutputChannel(MessageChannel outputChannel,
			ExtendedProducerProperties<RStreamsProducerProperties> producerProperties) {
		if (observationRegistry != null && outputChannel instanceof AbstractMessageChannel channel) {
			channel.registerObservationRegistry(observationRegistry);
		}
	}

	public void setMetrics(RStreamsBinderMetrics metrics) {
		this.metrics = metrics;
	}

	public void setApplicationName(String applicationName) {
		this.applicationName = applicationName;
	}

	@Override
	public RStreamsBusConnection connection() {
		return connection;
	}

	/**
	 * The readers of the consumer bindings that read one queue, by binding name (for
	 * health, metrics and operators); a binding of several queues is in
	 * {@link #queueReaders(String)}.
	 */
	public Map<String, RStreamsInboundChannelAdapter> consumers() {
		return consumers.single();
	}

	/**
	 * The readers of one consumer binding, one per queue of its destination, by queue id;
	 * empty for no such binding.
	 */
	public Map<String, RStreamsInboundChannelAdapter> queueReaders(String binding) {
		return consumers.of(binding);
	}

	/**
	 * By binding name: the reader of a binding of one queue, or all the readers of a
	 * binding of several queues seen as one.
	 */
	@Override
	public Map<String, ConsumerBinding> consumerBindings() {
		Map<String, ConsumerBinding> bindings = new HashMap<>(consumers.bindings());
		bindings.putAll(polledConsumers);
		return Map.copyOf(bindings);
	}

	/** The producer bindings' handlers, by binding name. */
	public Map<String, RStreamsMessageHandler> producers() {
		return Map.copyOf(producers);
	}

	@Override
	public RStreamsConsumerProperties getExtendedConsumerProperties(String channelName) {
		return extendedBindingProperties.getExtendedConsumerProperties(channelName);
	}

	@Override
	public RStreamsProducerProperties getExtendedProducerProperties(String channelName) {
		return extendedBindingProperties.getExtendedProducerProperties(channelName);
	}

	@Override
	public String getDefaultsPrefix() {
		return extendedBindingProperties.getDefaultsPrefix();
	}

	@Override
	public Class<? extends BinderSpecificPropertiesProvider> getExtendedPropertiesEntryClass() {
		return extendedBindingProperties.getExtendedPropertiesEntryClass();
	}

	/**
	 * Shown by the {@code bindings} actuator endpoint for a consumer binding: its
	 * RStreams settings with defaults applied, by binding name.
	 */
	@Override
	protected Map<String, Object> doGetAdditionalConfigurationProperties(String destination) {
		Map<String, Object> properties = new TreeMap<>();
		for (String name : destination.split(",")) {
			if (!name.isBlank()) {
				properties.putAll(configurations.of(RStreamsQueueDestination.of(name.trim()).queueId()));
			}
		}
		return properties;
	}

	@Override
	protected MessageHandler createProducerMessageHandler(ProducerDestination destination,
			ExtendedProducerProperties<RStreamsProducerProperties> properties, MessageChannel errorChannel) {
		RStreamsProducerProperties p = properties.getExtension();
		WriterSettings settings = ProducerSettings.of(p);
		String bindingName = properties.getBindingName() == null ? destination.getName() : properties.getBindingName();
		String defaultBotId = defaultProducerBotId(bindingName);
		QueueWriter writer = QueueWriter.builder()
			.bus(connection.bus())
			.kinesis(connection.kinesis())
			.firehose(connection.firehose())
			.objectStore(connection.objectStore())
			.clock(connection.clock())
			.botId(p.getBotId() != null ? p.getBotId() : defaultBotId)
			.settings(settings)
			.build();
		boolean split = p.getSplitCollections() != null ? p.getSplitCollections() : returnsCollection(bindingName);
		RStreamsQueueDestination queue = (RStreamsQueueDestination) destination;
		RStreamsMessageHandler handler = new RStreamsMessageHandler(writer, queue.configured(), p.getBotId(),
				defaultBotId, split, p.isSync(), connection.clock(), p.getBatchEventSourceTimestamp());
		handler.setBeanFactory(getBeanFactory());
		handler.setErrorChannel(errorChannel);
		producers.put(bindingName, handler);
		if (metrics != null) {
			metrics.producerBound(bindingName, handler, p.getBotId() != null ? p.getBotId() : defaultBotId);
		}
		return handler;
	}

	@Override
	protected void afterUnbindProducer(ProducerDestination destination,
			ExtendedProducerProperties<RStreamsProducerProperties> producerProperties) {
		String bindingName = producerProperties.getBindingName() == null ? destination.getName()
				: producerProperties.getBindingName();
		RStreamsMessageHandler handler = producers.remove(bindingName);
		if (metrics != null) {
			metrics.unbound("producer", bindingName);
		}
		if (handler != null) {
			handler.stop();
			handler.writer().close();
		}
	}

	/**
	 * The id of what a producer binding writes when no input is being handled and no
	 * bot-id is set: a Supplier's name; for StreamBridge (a dynamic destination, or a
	 * declared output binding such as {@code bigOut-out-0}, whose name only looks like a
	 * function's) the application's name, else the binding's.
	 */
	private String defaultProducerBotId(String bindingName) {
		String function = functionName(bindingName);
		if (function != null && isFunction(function)) {
			return function;
		}
		return StringUtils.hasText(applicationName) ? applicationName : bindingName;
	}

	/**
	 * Whether a function of the application writes this output (a declared output binding
	 * is a void lookup).
	 */
	private boolean isFunction(String name) {
		FunctionCatalog catalog = functionCatalog == null ? null : functionCatalog.getIfAvailable();
		if (catalog == null || !(catalog.lookup(name) instanceof FunctionInvocationWrapper wrapper)) {
			return false;
		}
		Type output = wrapper.getOutputType();
		Class<?> raw = output == null ? null : FunctionTypeUtils.getRawType(output);
		return raw != null && raw != void.class && raw != Void.class;
	}

	private static String functionName(String bindingName) {
		int dash = bindingName.lastIndexOf("-out-");
		if (dash < 0) {
			dash = bindingName.lastIndexOf("-in-");
		}
		return dash > 0 ? bindingName.substring(0, dash) : null;
	}

	/**
	 * Whether the function bound to this output binding is declared to return a
	 * collection.
	 */
	private boolean returnsCollection(String bindingName) {
		String function = functionName(bindingName);
		if (function == null || functionCatalog == null) {
			return false;
		}
		FunctionCatalog catalog = functionCatalog.getIfAvailable();
		if (catalog == null) {
			return false;
		}
		Object lookedUp = catalog.lookup(function);
		if (!(lookedUp instanceof FunctionInvocationWrapper wrapper)) {
			return false;
		}
		Type output = wrapper.getOutputType();
		if (output == null || FunctionTypeUtils.isPublisher(output) || FunctionTypeUtils.isMessage(output)) {
			return false;
		}
		Class<?> raw = FunctionTypeUtils.getRawType(output);
		return raw != null
				&& (Collection.class.isAssignableFrom(raw) || raw.isArray() && !raw.getComponentType().isPrimitive());
	}

	@Override
	protected MessageProducer createConsumerEndpoint(ConsumerDestination destination, String group,
			ExtendedConsumerProperties<RStreamsConsumerProperties> properties) {
		RStreamsConsumerProperties c = properties.getExtension();
		String botId = StringUtils.hasText(c.getBotId()) ? c.getBotId() : StringUtils.hasText(group) ? group : null;
		ConsumerValidation.validate(properties.getBindingName(), properties, c, botId);
		StartPosition start = c.getStart() != null ? StartPosition.parse(c.getStart())
				: botId == null ? StartPosition.NOW : StartPosition.CHECKPOINT;
		RStreamsQueueDestination queue = (RStreamsQueueDestination) destination;
		List<String> queues = properties.getBindingName() == null ? List.of(queue.queueId()) : consumers
			.check(properties.getBindingName(), queue.queueId(), bindingDestination(properties.getBindingName()));
		int instances = Math.max(1, properties.getInstanceCount());
		BotSetup bot = new BotSetup(botId, start, c.isResetCheckpoint(), c.isRegisterBot(),
				"Java bot (Spring Cloud Stream binding " + properties.getBindingName() + ")", connection.callTimeout(),
				c.getShutdownTimeout(), instances, instances > 1 ? properties.getInstanceIndex() : 0);
		ConsumerSettings settings = consumerSettings(queue.queueId(), properties);
		ConsumerThreads threads = ConsumerThreads.defaults(
				queues.size() > 1 ? settings.bindingName() + "-" + queue.queueId() : settings.bindingName(),
				settings.concurrency());
		RStreamsInboundChannelAdapter adapter = new RStreamsInboundChannelAdapter(connection, reader, bot,
				queue.queueId(), settings, threads);
		ErrorInfrastructure errors = registerErrorInfrastructure(destination, group, properties);
		adapter.setRetryTemplate(buildRetryTemplate(properties));
		adapter.setRecoverer(errors.getRecoverer());
		adapter.setBeanFactory(getBeanFactory());
		if (observationRegistry != null) {
			adapter.registerObservationRegistry(observationRegistry);
		}
		consumers.bound(settings.bindingName(), queue.queueId(), adapter);
		configurations.bound(queue.queueId(), settings.bindingName(), c);
		ConsumerThreads previous = consumerThreads.put(new QueueBinding(settings.bindingName(), queue.queueId()),
				threads);
		if (previous != null) {
			previous.shutdown();
		}
		if (metrics != null) {
			metrics.consumerBound(settings.bindingName(), adapter);
		}
		return adapter;
	}

	/**
	 * The binding's destination as configured, or {@code null} outside an application.
	 */
	private String bindingDestination(String bindingName) {
		if (getApplicationContext() == null) {
			return null;
		}
		BindingServiceProperties service = getApplicationContext().getBeanProvider(BindingServiceProperties.class)
			.getIfAvailable();
		if (service == null || !service.getBindings().containsKey(bindingName)) {
			return null;
		}
		String destination = service.getBindingDestination(bindingName);
		return destination == null || destination.isBlank() ? null : destination;
	}

	/**
	 * A polled consumer ({@code spring.cloud.stream.pollable-source}): the same bot,
	 * start, lease and fanout as a pushed binding, read when the application polls.
	 */
	@Override
	protected PolledConsumerResources createPolledConsumerResources(String name, String group,
			ConsumerDestination destination, ExtendedConsumerProperties<RStreamsConsumerProperties> properties) {
		RStreamsConsumerProperties c = properties.getExtension();
		String botId = StringUtils.hasText(c.getBotId()) ? c.getBotId() : StringUtils.hasText(group) ? group : null;
		ConsumerValidation.validate(properties.getBindingName(), properties, c, botId);
		PolledConsumerValidation.validate(properties.getBindingName(), properties,
				bindingDestination(properties.getBindingName()));
		StartPosition start = c.getStart() != null ? StartPosition.parse(c.getStart())
				: botId == null ? StartPosition.NOW : StartPosition.CHECKPOINT;
		RStreamsQueueDestination queue = (RStreamsQueueDestination) destination;
		int instances = Math.max(1, properties.getInstanceCount());
		BotSetup bot = new BotSetup(botId, start, c.isResetCheckpoint(), c.isRegisterBot(),
				"Java bot (Spring Cloud Stream polled binding " + properties.getBindingName() + ")",
				connection.callTimeout(), c.getShutdownTimeout(), instances,
				instances > 1 ? properties.getInstanceIndex() : 0);
		ConsumerSettings settings = consumerSettings(queue.queueId(), properties);
		PolledQueueSource source = new PolledQueueSource(connection, reader, bot, queue.queueId(), settings,
				ConsumerThreads.defaults(settings.bindingName(), 1));
		ErrorInfrastructure errors = registerErrorInfrastructure(destination, group, properties, true);
		source.setRecoverer(errors.getRecoverer());
		PolledQueueSource previous = polledConsumers.put(settings.bindingName(), source);
		if (previous != null) {
			previous.shutdown();
		}
		configurations.bound(queue.queueId(), settings.bindingName(), c);
		if (metrics != null) {
			metrics.consumerBound(settings.bindingName(), source);
		}
		return new PolledConsumerResources(source, errors);
	}

	/**
	 * Lets the polled consumer know when each poll returned: the handler's writes are
	 * known then, and whether its REJECT stood for a failure nobody took.
	 */
	@Override
	protected void postProcessPollableSource(DefaultPollableMessageSource bindingTarget) {
		bindingTarget.addInterceptor(new PolledDeliveryEnd());
	}

	/** With {@code enable-dlq}, a polled consumer dead-letters as a pushed one does. */
	@Override
	protected MessageHandler getPolledConsumerErrorMessageHandler(ConsumerDestination destination, String group,
			ExtendedConsumerProperties<RStreamsConsumerProperties> properties) {
		return getErrorMessageHandler(destination, group, properties);
	}

	/**
	 * The inbound side's view of the binding's properties, with every default applied
	 * here.
	 */
	private static ConsumerSettings consumerSettings(String queueId,
			ExtendedConsumerProperties<RStreamsConsumerProperties> properties) {
		RStreamsConsumerProperties c = properties.getExtension();
		return new ConsumerSettings(properties.getBindingName() == null ? queueId : properties.getBindingName(),
				properties.isBatchMode(), properties.isUseNativeDecoding(), properties.getConcurrency(),
				c.getCheckpointMode(), c.getCheckpointInterval(), c.getCheckpointCount(), c.getBatchSize(),
				c.getMaxBatchBytes().toBytes(), c.getPollInterval(), c.getErrorBackoff(), c.getShutdownTimeout(),
				c.isLeaseEnabled(), c.getLeaseDuration(), c.getLeaseRenewInterval(), c.getLeaseRetryInterval(),
				c.getPartitionKeyExpression(), c.getOrderingKeyExpression(), c.getLagInterval());
	}

	@Override
	protected void afterUnbindConsumer(ConsumerDestination destination, String group,
			ExtendedConsumerProperties<RStreamsConsumerProperties> consumerProperties) {
		String queueId = ((RStreamsQueueDestination) destination).queueId();
		String bindingName = consumerProperties.getBindingName() == null ? queueId
				: consumerProperties.getBindingName();
		consumers.unbound(bindingName, queueId);
		PolledQueueSource polled = polledConsumers.remove(bindingName);
		if (polled != null) {
			polled.shutdown();
		}
		configurations.unbound(queueId, bindingName);
		QueueBinding key = new QueueBinding(bindingName, queueId);
		ConsumerThreads threads = consumerThreads.remove(key);
		if (threads != null) {
			threads.shutdown();
		}
		if (metrics != null) {
			metrics.unbound("consumer", bindingName, queueId);
		}
		DeadLetterHandler dlq = deadLetters.remove(key);
		if (dlq != null) {
			dlq.writer().close();
		}
	}

	/**
	 * The binding's error channel is {@code <queue>.<group>.errors}, a name an
	 * application can know in advance and subscribe to; Spring Cloud Stream 5 would
	 * otherwise prefix the binder's hash code, a name no one can write.
	 */
	@Override
	protected String errorsBaseName(ConsumerDestination destination, String group,
			ExtendedConsumerProperties<RStreamsConsumerProperties> properties) {
		if (!StringUtils.hasText(group)) {
			return super.errorsBaseName(destination, group, properties);
		}
		return ((RStreamsQueueDestination) destination).queueId() + "." + group + ".errors";
	}

	/**
	 * With {@code enable-dlq}: what the retries and handlers could not deal with goes to
	 * the dead-letter queue.
	 */
	@Override
	protected MessageHandler getErrorMessageHandler(ConsumerDestination destination, String group,
			ExtendedConsumerProperties<RStreamsConsumerProperties> properties) {
		RStreamsConsumerProperties c = properties.getExtension();
		if (!c.isEnableDlq()) {
			return null;
		}
		String botId = StringUtils.hasText(c.getBotId()) ? c.getBotId() : group;
		RStreamsQueueDestination queue = (RStreamsQueueDestination) destination;
		String dlq = StringUtils.hasText(c.getDlqName()) ? c.getDlqName() : "error." + queue.queueId() + "." + botId;
		QueueWriter writer = QueueWriter.builder()
			.bus(connection.bus())
			.kinesis(connection.kinesis())
			.objectStore(connection.objectStore())
			.clock(connection.clock())
			.botId(botId)
			.settings(ProducerSettings.deadLetters())
			.build();
		DeadLetterHandler handler = new DeadLetterHandler(writer, dlq, queue.queueId(), botId,
				properties.getBindingName(), connection.clock());
		deadLetters
			.put(new QueueBinding(properties.getBindingName() == null ? queue.queueId() : properties.getBindingName(),
					queue.queueId()), handler);
		return handler;
	}

	/**
	 * The dead-letter handlers, by binding name; for a binding of several queues, by
	 * {@code <binding>/<queue>}.
	 */
	public Map<String, DeadLetterHandler> deadLetters() {
		Map<String, DeadLetterHandler> byName = new LinkedHashMap<>();
		deadLetters.forEach((key, handler) -> byName
			.put(consumers.severalQueues(key.binding()) ? key.binding() + "/" + key.queue() : key.binding(), handler));
		return Map.copyOf(byName);
	}

	/** One queue of one consumer binding. */
	private record QueueBinding(String binding, String queue) {
	}

}
