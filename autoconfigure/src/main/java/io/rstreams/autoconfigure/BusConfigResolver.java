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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import io.rstreams.client.BusConfig;
import io.rstreams.client.InvalidBusConfigException;
import io.rstreams.client.aws.AwsCallException;
import io.rstreams.client.aws.AwsCalls;
import io.rstreams.client.aws.AwsOperation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterNotFoundException;

/**
 * Finds the bus's configuration once, at start-up, in this order (first configured wins):
 * <ol>
 * <li>properties {@code spring.cloud.stream.rstreams.bus.leo-*} (and
 * {@code region});</li>
 * <li>{@code RSTREAMS_CONFIG} (JSON, either shape the Node SDK accepts), else
 * {@code RSTREAMS_CONFIG_<Key>} variables;</li>
 * <li>a Secrets Manager secret: {@code spring.cloud.stream.rstreams.bus.secret-name},
 * else {@code LEO_CONFIG_SECRET}, else {@code RSTREAMS_CONFIG_SECRET} (the Node SDK reads
 * them in that order);</li>
 * <li>the bus name {@code spring.cloud.stream.rstreams.bus.name}: the SSM parameter of
 * that name holds the nested bus stack name; the secret is {@code rstreams-<bus stack>},
 * or else {@code rstreams-<bus name>}.</li>
 * </ol>
 * Returns empty when none is configured (the embedded local bus may then start). A test
 * that forces the embedded bus ({@code local.force=true}) wins over all four: the bus
 * counts as not configured. Errors name what was looked for, where, and what to set, and
 * never show a secret's value (not even the part a JSON parser would quote).
 */
public final class BusConfigResolver {

	private static final Logger log = LoggerFactory.getLogger(BusConfigResolver.class);
	static final String PREFIX = "spring.cloud.stream.rstreams.bus";

	/**
	 * The ways of configuring a bus, in the order they are tried (for failure analyses).
	 */
	static final List<String> WAYS = List.of("properties", "RSTREAMS_CONFIG", "RSTREAMS_CONFIG_<Key>", "secret-name",
			"LEO_CONFIG_SECRET", "RSTREAMS_CONFIG_SECRET", "bus name");

	private final RStreamsBusProperties properties;

	private final Environment environment;

	private final Supplier<SecretsManagerClient> secrets;

	private final Supplier<SsmClient> ssm;

	private final Supplier<String> region;

	/**
	 * @param region the region the secret and parameter are read in (resolved lazily:
	 * only steps 3 and 4 need it)
	 */
	public BusConfigResolver(RStreamsBusProperties properties, Environment environment,
			Supplier<SecretsManagerClient> secrets, Supplier<SsmClient> ssm, Supplier<String> region) {
		this.properties = properties;
		this.environment = environment;
		this.secrets = secrets;
		this.ssm = ssm;
		this.region = region;
	}

	/**
	 * Whether any way of naming a bus is configured (without calling AWS) and not
	 * overridden by a test's {@code local.force}.
	 */
	public static boolean isConfigured(RStreamsBusProperties properties, Environment environment) {
		if (properties.getLocal().isForce()) {
			return false;
		}
		return properties.hasResourceNames() || hasText(properties.getSecretName()) || hasText(properties.getName())
				|| hasText(environment.getProperty("RSTREAMS_CONFIG")) || !perKeyVariables(environment).isEmpty()
				|| hasText(environment.getProperty("LEO_CONFIG_SECRET"))
				|| hasText(environment.getProperty("RSTREAMS_CONFIG_SECRET"));
	}

	public Optional<ResolvedBus> resolve() {
		if (properties.getLocal().isForce()) {
			return Optional.empty();
		}
		if (properties.hasResourceNames()) {
			return Optional.of(fromProperties());
		}
		String json = environment.getProperty("RSTREAMS_CONFIG");
		if (hasText(json)) {
			String action = "Fix the JSON in RSTREAMS_CONFIG (keys " + String.join(", ", BusConfig.REQUIRED_KEYS) + ")";
			return Optional.of(validated(parse(json, "environment variable RSTREAMS_CONFIG", action),
					"environment variable RSTREAMS_CONFIG", action));
		}
		Map<String, String> perKey = perKeyVariables(environment);
		if (!perKey.isEmpty()) {
			return Optional.of(validated(BusConfig.fromMap(perKey, "RSTREAMS_CONFIG_<Key>"),
					"environment variables RSTREAMS_CONFIG_<Key>",
					"Set the missing RSTREAMS_CONFIG_<Key> variables, or RSTREAMS_CONFIG with the whole JSON"));
		}
		String secretName = firstText(properties.getSecretName(), environment.getProperty("LEO_CONFIG_SECRET"),
				environment.getProperty("RSTREAMS_CONFIG_SECRET"));
		if (secretName != null) {
			String source = hasText(properties.getSecretName()) ? PREFIX + ".secret-name"
					: hasText(environment.getProperty("LEO_CONFIG_SECRET")) ? "LEO_CONFIG_SECRET"
							: "RSTREAMS_CONFIG_SECRET";
			return Optional
				.of(fromSecret(List.of(secretName), "secret '" + secretName + "' (from " + source + ")", source));
		}
		if (hasText(properties.getName())) {
			return Optional.of(fromBusName(properties.getName().trim()));
		}
		return Optional.empty();
	}

	private ResolvedBus fromProperties() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("Region", properties.getRegion());
		values.put("LeoStream", properties.getLeoStream());
		values.put("LeoCron", properties.getLeoCron());
		values.put("LeoEvent", properties.getLeoEvent());
		values.put("LeoSettings", properties.getLeoSettings());
		values.put("LeoSystem", properties.getLeoSystem());
		values.put("LeoS3", properties.getLeoS3());
		values.put("LeoKinesisStream", properties.getLeoKinesisStream());
		values.put("LeoFirehoseStream", properties.getLeoFirehoseStream());
		values.values().removeIf(v -> v == null);
		return validated(BusConfig.fromMap(values, "properties"), "properties " + PREFIX + ".*",
				"Set every required property: " + PREFIX + ".leo-stream, .leo-cron, .leo-event, .leo-s3, "
						+ ".leo-kinesis-stream, .leo-firehose-stream and .region");
	}

	private ResolvedBus fromBusName(String busName) {
		List<String> tried = new ArrayList<>();
		String where = " in region " + regionOrFail(tried);
		tried.add("SSM parameter '" + busName + "'");
		String stack;
		SsmClient client = ssm.get();
		try {
			stack = client.getParameter(b -> b.name(busName)).parameter().value();
		}
		catch (ParameterNotFoundException ex) {
			throw new RStreamsConfigurationException(
					"The SSM parameter '" + busName + "' does not exist" + where + " (looked up because " + PREFIX
							+ ".name=" + busName + "; it should hold the bus stack name).",
					"Check " + PREFIX + ".name and the region, or set " + PREFIX + ".secret-name to the bus secret "
							+ "(rstreams-<bus stack name>) directly.",
					tried, ex);
		}
		catch (AwsServiceException | SdkClientException ex) {
			throw awsFailure("reading the SSM parameter '" + busName + "'" + where, "SSM",
					AwsOperation.ssm("GetParameter", busName), client, tried, ex);
		}
		List<String> secretNames = new ArrayList<>();
		if (hasText(stack)) {
			secretNames.add("rstreams-" + stack.trim());
		}
		if (!secretNames.contains("rstreams-" + busName)) {
			secretNames.add("rstreams-" + busName);
		}
		return fromSecret(secretNames, null,
				PREFIX + ".name=" + busName + " (SSM parameter '" + busName + "' = '" + stack + "')", tried);
	}

	private ResolvedBus fromSecret(List<String> names, String origin, String source) {
		return fromSecret(names, origin, source, new ArrayList<>());
	}

	private ResolvedBus fromSecret(List<String> names, String origin, String source, List<String> tried) {
		String where = " in region " + regionOrFail(tried);
		for (String name : names) {
			tried.add("secret '" + name + "'");
			String json;
			SecretsManagerClient client = secrets.get();
			try {
				json = client.getSecretValue(b -> b.secretId(name)).secretString();
			}
			catch (ResourceNotFoundException ex) {
				log.debug("Secret '{}' not found{}", name, where);
				continue;
			}
			catch (AwsServiceException | SdkClientException ex) {
				throw awsFailure("reading the secret '" + name + "'" + where, "Secrets Manager",
						AwsOperation.secretsManager("GetSecretValue", name), client, tried, ex);
			}
			String secretOrigin = origin != null ? origin : "secret '" + name + "' (from " + source + ")";
			if (json == null) {
				throw new RStreamsConfigurationException("The " + secretOrigin + " has no SecretString",
						"Store the bus configuration JSON as the secret's string value.", tried, null);
			}
			String action = "Fix the JSON stored in the secret '" + name + "' (keys "
					+ String.join(", ", BusConfig.REQUIRED_KEYS) + ")";
			try {
				return validated(parse(json, secretOrigin, action), secretOrigin, action);
			}
			catch (RStreamsConfigurationException ex) {
				throw new RStreamsConfigurationException(ex.getMessage(), ex.action(), tried, ex.getCause());
			}
		}
		throw new RStreamsConfigurationException(
				"No bus secret found" + where + " (from " + source + "). Tried: " + String.join(", ", tried) + ".",
				"Check the bus name and the region, or set " + PREFIX
						+ ".secret-name to the secret that holds the bus configuration.",
				tried, null);
	}

	private static BusConfig parse(String json, String origin, String action) {
		try {
			return BusConfig.parse(json, origin);
		}
		catch (InvalidBusConfigException ex) {
			throw new RStreamsConfigurationException(ex.getMessage(), action + ".", List.of(origin), ex);
		}
	}

	private ResolvedBus validated(BusConfig config, String origin, String action) {
		BusConfig withRegion = config;
		if (withRegion.region() == null && hasText(properties.getRegion())) {
			withRegion = withRegion.withRegion(properties.getRegion());
		}
		else if (hasText(properties.getRegion()) && !properties.getRegion().equals(withRegion.region())) {
			log.info("Using region {} from {}.region instead of {} from {}", properties.getRegion(), PREFIX,
					withRegion.region(), origin);
			withRegion = withRegion.withRegion(properties.getRegion());
		}
		if (withRegion.region() == null) {
			String fallback = regionOrNull();
			if (fallback != null) {
				withRegion = withRegion.withRegion(fallback);
			}
		}
		try {
			return new ResolvedBus(withRegion.validate(origin), origin, false);
		}
		catch (InvalidBusConfigException ex) {
			String fix = ex.missingKeys().equals(List.of("Region")) ? "Set " + PREFIX + ".region (or AWS_REGION)."
					: action + ".";
			throw new RStreamsConfigurationException(ex.getMessage(), fix, List.of(origin), ex);
		}
	}

	private String regionOrFail(List<String> tried) {
		String r = regionOrNull();
		if (r == null) {
			throw new RStreamsConfigurationException(
					"No AWS region to look up the bus in: " + PREFIX
							+ ".region is not set and the AWS SDK found none (AWS_REGION, profile, instance metadata).",
					"Set " + PREFIX + ".region (or AWS_REGION).", tried, null);
		}
		return r;
	}

	private String regionOrNull() {
		try {
			return region.get();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * @param what what was being done, e.g. "reading the secret 'x' in region r"
	 * @param service the service's name for messages ("SSM")
	 */
	private RStreamsConfigurationException awsFailure(String what, String service, AwsOperation operation,
			SdkClient client, List<String> tried, Exception ex) {
		RuntimeException translated = AwsCalls.translate(ex, operation, () -> what);
		String code = translated instanceof AwsCallException call ? call.errorCode() : null;
		String message = ex instanceof AwsServiceException ase && ase.awsErrorDetails() != null
				? ase.awsErrorDetails().errorMessage() : ex.getMessage();
		String detail = (code == null ? "" : code + ": ") + (message == null ? "" : message);
		if ((translated instanceof AwsCallException call && call.isAccessDenied())
				|| (code != null && code.contains("ExpiredToken"))) {
			return new RStreamsConfigurationException(
					"Access denied " + what + ": " + (detail.isEmpty() ? "HTTP 403" : detail),
					"Give the application's AWS identity the IAM permission " + operation.permission() + " (or set "
							+ PREFIX + ".secret-name / the resource names "
							+ "explicitly); if AWS rejected the credentials themselves, check them.",
					tried, translated);
		}
		if ("Timeout".equals(code)) {
			String endpoint = endpoint(client);
			long millis = properties.getCallTimeout().toMillis();
			return new RStreamsConfigurationException(
					capitalized(what) + " timed out: " + service + " " + operation.name() + " at " + endpoint
							+ " gave no answer within " + millis + " ms, retries " + "included (the bound is " + PREFIX
							+ ".call-timeout).",
					"Check that " + endpoint + " is reachable from here (network, proxy, VPC endpoint, " + PREFIX
							+ ".endpoints.*), or raise " + PREFIX + ".call-timeout.",
					tried, translated);
		}
		if (translated instanceof AwsCallException call && call.isTransient()) {
			Integer attempts = AwsCalls.attempts(ex);
			return new RStreamsConfigurationException(
					capitalized(what) + " failed with a transient AWS failure"
							+ (attempts == null ? "" : " after " + attempts + " attempts") + " (" + service + " "
							+ operation.name() + ": " + (detail.isEmpty() ? ex.getClass().getSimpleName() : detail)
							+ "). This is not a configuration problem: start-up may be retried.",
					"Retry start-up (the AWS SDK already retried the call); if it keeps failing, check the health of "
							+ service + " in region " + regionOrNull() + " and network access to " + endpoint(client)
							+ ".",
					tried, translated);
		}
		return new RStreamsConfigurationException("Failed " + what + ": " + detail,
				"Check network access to AWS and the region, then retry.", tried, translated);
	}

	/**
	 * The endpoint override, if the client has one: the usual suspect when a call never
	 * answers.
	 */
	private String endpoint(SdkClient client) {
		try {
			return client.serviceClientConfiguration()
				.endpointOverride()
				.map(URI::toString)
				.orElse("the AWS endpoint of region " + regionOrNull());
		}
		catch (RuntimeException ex) {
			// clients not built by the SDK's builders need not describe their
			// configuration
			return "the " + client.serviceName() + " endpoint of region " + regionOrNull();
		}
	}

	private static String capitalized(String s) {
		return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
	}

	/**
	 * {@code RSTREAMS_CONFIG_<Key>}, with the key as written, upper- or lower-case, as
	 * the Node SDK reads them.
	 */
	static Map<String, String> perKeyVariables(Environment environment) {
		Map<String, String> values = new LinkedHashMap<>();
		Function<String, String> get = environment::getProperty;
		for (String key : BusConfig.KEYS) {
			String value = firstText(get.apply("RSTREAMS_CONFIG_" + key),
					get.apply("RSTREAMS_CONFIG_" + key.toUpperCase(Locale.ROOT)),
					get.apply("RSTREAMS_CONFIG_" + key.toLowerCase(Locale.ROOT)));
			if (value != null) {
				values.put(key, value);
			}
		}
		return values;
	}

	private static String firstText(String... values) {
		for (String v : values) {
			if (hasText(v)) {
				return v.trim();
			}
		}
		return null;
	}

	private static boolean hasText(String s) {
		return s != null && !s.isBlank();
	}

}
