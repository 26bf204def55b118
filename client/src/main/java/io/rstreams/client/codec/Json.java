package io.rstreams.client.codec;

import tools.jackson.databind.json.JsonMapper;

/**
 * The one Jackson mapper the client uses for envelopes: plain JSON, no default typing, nothing that changes how
 * a Node reader would see the bytes.
 */
public final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	public static JsonMapper mapper() {
		return MAPPER;
	}
}
