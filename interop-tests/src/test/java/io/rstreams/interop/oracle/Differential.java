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
package io.rstreams.interop.oracle;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends one request to local-aws and to the oracle and compares what came back: the value
 * the case extracted from the response, or the error (SDK exception type, HTTP status,
 * error code and message). Counts the cases so that a run states how much was checked.
 *
 * @param <C> the SDK client type
 */
final class Differential<C> {

	private static final Logger LOG = LoggerFactory.getLogger(Differential.class);

	private final String oracleName;

	private final C local;

	private final C oracle;

	private int run;

	private int matching;

	private int knownDifferences;

	Differential(String oracleName, C local, C oracle) {
		this.oracleName = oracleName;
		this.local = local;
		this.oracle = oracle;
	}

	/** An error response, reduced to what a caller can act on. */
	record Failure(String exception, int status, String code, String message) {
	}

	/** Runs {@code call} on both and asserts the same outcome; returns it. */
	synchronized Object same(String what, Function<C, ?> call) {
		run++;
		Object fromLocal = outcome(local, call);
		Object fromOracle = outcome(oracle, call);
		assertThat(fromLocal).as("%s: local-aws (expected: what %s answered)", what, oracleName).isEqualTo(fromOracle);
		matching++;
		return fromLocal;
	}

	/**
	 * Runs {@code call} on both, where the two are known to answer differently: each side
	 * must answer as its expectation says (so that the day the oracle changes, the test
	 * says so).
	 */
	synchronized void differs(String what, Function<C, ?> call, Consumer<Object> localExpectation,
			Consumer<Object> oracleExpectation) {
		run++;
		Object fromLocal = outcome(local, call);
		Object fromOracle = outcome(oracle, call);
		LOG.info("Known difference ({}): local-aws answered {}; {} answered {}", what, fromLocal, oracleName,
				fromOracle);
		localExpectation.accept(fromLocal);
		oracleExpectation.accept(fromOracle);
		assertThat(fromLocal).as("%s: a known difference that is none any more", what).isNotEqualTo(fromOracle);
		knownDifferences++;
	}

	private static <C> Object outcome(C client, Function<C, ?> call) {
		try {
			return Objects.requireNonNullElse(call.apply(client), "(no value)");
		}
		catch (AwsServiceException ex) {
			return new Failure(ex.getClass().getSimpleName(), ex.statusCode(),
					ex.awsErrorDetails() == null ? null : ex.awsErrorDetails().errorCode(),
					ex.awsErrorDetails() == null ? null : ex.awsErrorDetails().errorMessage());
		}
	}

	static Consumer<Object> fails(String exception, String code, String message) {
		return outcome -> assertThat(outcome).isInstanceOfSatisfying(Failure.class, f -> {
			assertThat(f.exception()).isEqualTo(exception);
			assertThat(f.code()).isEqualTo(code);
			if (message != null) {
				assertThat(f.message()).isEqualTo(message);
			}
		});
	}

	/** Logs the counts; called once per test class. */
	synchronized void report() {
		LOG.info("Checked against {}: {} cases run, {} matching, {} known differences", oracleName, run, matching,
				knownDifferences);
	}

}
