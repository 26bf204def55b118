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

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.PropertyMapping;

/**
 * Runs the test's application on the embedded local bus whatever the application and the
 * host configure (properties, {@code RSTREAMS_CONFIG}, a bus secret or name) and on any
 * platform, in the spirit of {@code @AutoConfigureTestDatabase(replace = ANY)}; adds an
 * {@link io.rstreams.test.RStreamsTestBus} bean. It sets
 * {@code spring.cloud.stream.rstreams.bus.local.force=true}, which the bus resolution
 * honours before anything else; as a mapped property it is part of the test context's
 * cache key, so contexts with and without it never share a bus.
 *
 * <p>
 * To put faults on the bots' calls to the bus, declare a
 * {@link io.rstreams.localbus.faults.FaultInjector} bean in the test's configuration.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration({ RStreamsTestBusAutoConfiguration.class, FaultyBusConnectionConfiguration.class })
public @interface AutoConfigureRStreamsTestBus {

	/** Whether to force the embedded bus; {@code false} in a subclass undoes it. */
	@PropertyMapping("spring.cloud.stream.rstreams.bus.local.force")
	boolean enabled() default true;

}
