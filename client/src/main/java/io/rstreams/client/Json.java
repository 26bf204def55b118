package io.rstreams.client;

import tools.jackson.databind.json.JsonMapper;

/**
 * The one Jackson mapper of the client, for envelopes and configuration alike: plain JSON, no default typing,
 * nothing that changes how a Node reader would see the bytes. In the root package so that every package, the root
 * one included ({@link BusConfig}), can use it without a package cycle.
 */
public final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	public static JsonMapper mapper() {
		return MAPPER;
	}
}
