package io.rstreams.binder.inbound;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.util.UUID;

/** A reader's name in leases and logs: host, process and binding, plus a random part that makes it unique. */
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
