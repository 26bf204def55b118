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
package io.rstreams.benchmarks.apps;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The payload the benchmark applications bind to: what
 * {@link io.rstreams.benchmarks.support.BenchPayloads} writes, as a plain Java object, so
 * that each application pays for the conversion a real bot pays for.
 *
 * @param enriched set by the enrich and relay functions
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BenchEvent(long n, String customer, String region, double amount, String currency, int items, String sku,
		String note, Boolean enriched) {

	public BenchEvent withEnriched() {
		return new BenchEvent(n, customer, region, amount, currency, items, sku, note, true);
	}

}
