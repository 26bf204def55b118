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

import java.beans.PropertyDescriptor;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.rstreams.binder.properties.ReadableValues;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.util.unit.DataSize;

/**
 * A properties object as an operator would write it in {@code application.yaml}:
 * kebab-case keys, enums in lower case, sizes and durations in the largest exact unit
 * ({@code 8MB}, {@code 30s}). Jackson would otherwise show a {@code DataSize} as
 * {@code {"negative":false}}, a {@code Duration} as {@code PT1S} and an enum as
 * {@code BATCH}.
 */
final class ReadableProperties {

	private ReadableProperties() {
	}

	/** Every property that can be configured (has a setter) and is set, sorted by key. */
	static Map<String, Object> of(Object properties) {
		BeanWrapper bean = new BeanWrapperImpl(properties);
		Map<String, Object> view = new TreeMap<>();
		for (PropertyDescriptor property : bean.getPropertyDescriptors()) {
			if (property.getReadMethod() == null || property.getWriteMethod() == null) {
				continue;
			}
			Object value = bean.getPropertyValue(property.getName());
			if (value != null) {
				view.put(kebab(property.getName()), readable(value));
			}
		}
		return Collections.unmodifiableMap(view);
	}

	private static Object readable(Object value) {
		if (value instanceof DataSize size) {
			return ReadableValues.size(size);
		}
		if (value instanceof Duration duration) {
			return ReadableValues.duration(duration);
		}
		if (value instanceof Enum<?> constant) {
			return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
		return value;
	}

	private static String kebab(String name) {
		StringBuilder key = new StringBuilder(name.length() + 4);
		for (char c : name.toCharArray()) {
			if (Character.isUpperCase(c)) {
				key.append('-').append(Character.toLowerCase(c));
			}
			else {
				key.append(c);
			}
		}
		return key.toString();
	}

}
