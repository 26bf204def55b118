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
package io.rstreams.localbus.faults;

import java.nio.charset.StandardCharsets;

/**
 * The error responses a service sends for a refused call, in its own protocol, so that
 * the AWS SDK parses them into the same exceptions (error code, status, retryability) a
 * real refusal gives.
 */
final class FaultResponses {

	/** One synthetic response: status, error code header and body. */
	record Response(int status, String errorType, String contentType, byte[] body) {
	}

	private FaultResponses() {
	}

	static Response of(String operation, Fault fault, boolean cbor) {
		String service = operation.substring(0, operation.indexOf('.'));
		if (service.equals("S3")) {
			return s3(fault, operation);
		}
		String code = switch (fault) {
			case THROTTLE -> service.equals("DynamoDB") || service.equals("Kinesis")
					? "ProvisionedThroughputExceededException" : "ThrottlingException";
			case ACCESS_DENIED -> "AccessDeniedException";
			default -> service.equals("DynamoDB") ? "InternalServerError" : "InternalFailure";
		};
		int status = fault == Fault.SERVER_ERROR ? 500 : 400;
		String message = fault == Fault.ACCESS_DENIED
				? "User: arn:aws:iam::000000000000:user/faults is not authorized to perform: " + iamAction(operation)
				: "Injected fault: " + fault;
		if (cbor) {
			// the CBOR protocol reads the code from the header; an empty body parses as
			// no details
			return new Response(status, code, "application/x-amz-cbor-1.1", new byte[0]);
		}
		String body = "{\"__type\":\"com.amazonaws." + service.toLowerCase() + "#" + code + "\",\"message\":\""
				+ message + "\"}";
		return new Response(status, code, "application/x-amz-json-1.1", body.getBytes(StandardCharsets.UTF_8));
	}

	private static Response s3(Fault fault, String operation) {
		int status = switch (fault) {
			case THROTTLE -> 503;
			case ACCESS_DENIED -> 403;
			default -> 500;
		};
		String code = switch (fault) {
			case THROTTLE -> "SlowDown";
			case ACCESS_DENIED -> "AccessDenied";
			default -> "InternalError";
		};
		if (operation.equals("S3.HeadBucket") || operation.equals("S3.HeadObject")) {
			// HEAD responses have no body: the SDK knows the error by its status alone
			return new Response(status, null, null, new byte[0]);
		}
		String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code
				+ "</Code><Message>Injected fault: " + fault + "</Message><RequestId>faults</RequestId></Error>";
		return new Response(status, null, "application/xml", body.getBytes(StandardCharsets.UTF_8));
	}

	private static String iamAction(String operation) {
		int dot = operation.indexOf('.');
		return operation.substring(0, dot).toLowerCase() + ":" + operation.substring(dot + 1);
	}

}
