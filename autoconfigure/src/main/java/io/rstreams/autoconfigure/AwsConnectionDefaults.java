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

import java.net.URI;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * Where the AWS clients go when the RStreams properties do not say: an endpoint for every
 * service, a region and credentials, each may be null. Filled from Spring Cloud AWS's
 * {@code AwsConnectionDetails} when one is present, so that a
 * {@code @ServiceConnection LocalStackContainer} points the bus's clients at LocalStack
 * as it points the application's.
 */
record AwsConnectionDefaults(URI endpoint, String region, AwsCredentialsProvider credentials) {

	static final AwsConnectionDefaults NONE = new AwsConnectionDefaults(null, null, null);

	/** The per-service endpoint property if set, else the common endpoint. */
	URI endpoint(URI configured) {
		return configured != null ? configured : endpoint;
	}

}
