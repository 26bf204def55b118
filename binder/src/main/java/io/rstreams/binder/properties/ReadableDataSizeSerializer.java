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
package io.rstreams.binder.properties;

import org.springframework.util.unit.DataSize;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link DataSize} property as {@code "8MB"}: Jackson would show it as
 * {@code {"negative":false}} in Spring Cloud Stream's {@code bindings} actuator endpoint,
 * which serializes the binding's properties.
 */
public final class ReadableDataSizeSerializer extends StdSerializer<DataSize> {

	public ReadableDataSizeSerializer() {
		super(DataSize.class);
	}

	@Override
	public void serialize(DataSize value, JsonGenerator generator, SerializationContext context) {
		generator.writeString(ReadableValues.size(value));
	}

}
