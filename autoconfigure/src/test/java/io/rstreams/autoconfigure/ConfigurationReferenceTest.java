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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/configuration.md} is what the configuration metadata says, so it cannot
 * drift from the properties classes. {@code -Drstreams.docs.write=true} rewrites it.
 */
class ConfigurationReferenceTest {

	/** Tests run in the module's directory. */
	static final Path REFERENCE = Path.of("..", "docs", "configuration.md");

	@Test
	void theCommittedReferenceIsTheGeneratedOne() throws Exception {
		String generated = ConfigurationReference.generate(getClass().getClassLoader());
		if (Boolean.getBoolean("rstreams.docs.write")) {
			Files.createDirectories(REFERENCE.getParent());
			Files.writeString(REFERENCE, generated, StandardCharsets.UTF_8);
		}
		assertThat(generated).as("the metadata has the consumer and bus properties")
			.contains("`spring.cloud.stream.rstreams.default.consumer.checkpoint-mode`")
			.contains("`spring.cloud.stream.rstreams.bus.name`");
		String committed = Files.exists(REFERENCE) ? Files.readString(REFERENCE, StandardCharsets.UTF_8) : "";
		assertThat(committed)
			.as("docs/configuration.md is out of date with the configuration metadata; regenerate it with: "
					+ ConfigurationReference.REGENERATE)
			.isEqualTo(generated);
	}

}
