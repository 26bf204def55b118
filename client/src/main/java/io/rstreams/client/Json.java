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

import tools.jackson.databind.json.JsonMapper;

/**
 * The one Jackson mapper of the client, for envelopes and configuration alike: plain
 * JSON, no default typing, nothing that changes how a Node reader would see the bytes. In
 * the root package so that every package, the root one included ({@link BusConfig}), can
 * use it without a package cycle.
 */
public final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	public static JsonMapper mapper() {
		return MAPPER;
	}

}
