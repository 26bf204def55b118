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

import io.awspring.cloud.autoconfigure.core.AwsConnectionDetails;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Reads Spring Cloud AWS's {@link AwsConnectionDetails} when that library is on the class
 * path; kept apart so that the auto-configuration loads without it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "io.awspring.cloud.autoconfigure.core.AwsConnectionDetails")
class AwsConnectionDetailsConfiguration {

	@Bean
	AwsConnectionDefaults rstreamsAwsConnectionDefaults(ObjectProvider<AwsConnectionDetails> details) {
		AwsConnectionDetails d = details.getIfAvailable();
		return d == null ? AwsConnectionDefaults.NONE : new AwsConnectionDefaults(d.getEndpoint(), d.getRegion(),
				credentials(d.getAccessKey(), d.getSecretKey()));
	}

	private static AwsCredentialsProvider credentials(String accessKey, String secretKey) {
		return accessKey == null || secretKey == null ? null
				: StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey));
	}

}
