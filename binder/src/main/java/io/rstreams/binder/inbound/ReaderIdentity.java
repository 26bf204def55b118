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
package io.rstreams.binder.inbound;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.util.UUID;

/**
 * A reader's name in leases and logs: host, process and binding, plus a random part that
 * makes it unique.
 */
final class ReaderIdentity {

	private static final String PROCESS = host() + ":" + ManagementFactory.getRuntimeMXBean().getPid();

	private ReaderIdentity() {
	}

	static String of(String binding) {
		return PROCESS + ":" + binding + ":" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static String host() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (Exception ex) {
			return "unknown-host";
		}
	}

}
