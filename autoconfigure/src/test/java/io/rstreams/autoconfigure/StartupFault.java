package io.rstreams.autoconfigure;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

/** The ways an AWS call fails for a moment: throttled, a service error, a connection dropped or a body lost. */
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
