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
package io.rstreams.test.autoconfigure;

import io.rstreams.autoconfigure.RStreamsLocalBusAutoConfiguration;
import io.rstreams.localbus.LocalBus;
import io.rstreams.test.RStreamsTestBus;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@link RStreamsTestBus} of the embedded bus, once it is there (after
 * {@link RStreamsLocalBusAutoConfiguration} made it, or the test declared its own
 * {@link LocalBus}).
 */
@AutoConfiguration(after = RStreamsLocalBusAutoConfiguration.class)
public class RStreamsTestBusAutoConfiguration {

	@Bean
	@ConditionalOnBean(LocalBus.class)
	@ConditionalOnMissingBean
	RStreamsTestBus rstreamsTestBus(LocalBus bus) {
		return new RStreamsTestBus(bus);
	}

}
