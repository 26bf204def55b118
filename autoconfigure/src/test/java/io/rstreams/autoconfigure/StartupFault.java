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

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

/**
 * The ways an AWS call fails for a moment: throttled, a service error, a connection
 * dropped or a body lost.
 */
enum StartupFault {

	THROTTLING, INTERNAL_FAILURE, CONNECTION_RESET_BY_PEER, EMPTY_RESPONSE;

	ResponseDefinitionBuilder response(StartupCall call) {
		return switch (this) {
			case THROTTLING -> call.error(400, "ThrottlingException", "Rate exceeded");
			case INTERNAL_FAILURE -> call.error(500, "InternalFailure", "We encountered an internal error.");
			case CONNECTION_RESET_BY_PEER -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
			case EMPTY_RESPONSE -> aResponse().withFault(Fault.EMPTY_RESPONSE);
		};
	}

}
