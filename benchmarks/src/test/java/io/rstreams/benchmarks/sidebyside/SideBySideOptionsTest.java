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
package io.rstreams.benchmarks.sidebyside;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SideBySideOptionsTest {

	@Test
	void defaultsAreTheIssuesSizes() {
		SideBySideOptions o = SideBySideOptions.parse();
		assertThat(o.events()).isEqualTo(200_000);
		assertThat(o.writeEvents()).isEqualTo(100_000);
		assertThat(o.memoryEvents()).isEqualTo(1_000_000);
		assertThat(o.repeat()).isEqualTo(3);
		assertThat(o.only()).containsExactlyElementsOf(SideBySideOptions.SCENARIOS);
		assertThat(o.javaOptions()).isEmpty();
	}

	@Test
	void flagsTakeSpaceOrEqualsSeparatedValues() {
		SideBySideOptions o = SideBySideOptions.parse("--events", "1,000", "--repeat=5", "--only", "write, read",
				"--java-options", " -Xmx1g  -XX:+UseSerialGC ");
		assertThat(o.events()).isEqualTo(1000);
		assertThat(o.repeat()).isEqualTo(5);
		assertThat(o.only()).containsExactly("write", "read");
		assertThat(o.javaOptions()).isEqualTo(List.of("-Xmx1g", "-XX:+UseSerialGC"));
		assertThat(SideBySideOptions.parse("--help").help()).isTrue();
	}

	@Test
	void wrongArgumentsAreNamed() {
		assertThatIllegalArgumentException().isThrownBy(() -> SideBySideOptions.parse("--events", "0"))
			.withMessageContaining("--events");
		assertThatIllegalArgumentException().isThrownBy(() -> SideBySideOptions.parse("--only", "reed"))
			.withMessageContaining("reed");
		assertThatIllegalArgumentException().isThrownBy(() -> SideBySideOptions.parse("--bogus", "1"))
			.withMessageContaining("--bogus");
		assertThatIllegalArgumentException().isThrownBy(() -> SideBySideOptions.parse("--repeat"))
			.withMessageContaining("--repeat");
	}

}
