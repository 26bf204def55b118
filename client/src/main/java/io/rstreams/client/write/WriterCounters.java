package io.rstreams.client.write;

import java.util.concurrent.atomic.AtomicLong;

/** What a writer reports: events accepted and failed, records sent and retried. */
final class WriterCounters {

	final AtomicLong eventsAccepted = new AtomicLong();
	final AtomicLong eventsFailed = new AtomicLong();
	final AtomicLong recordsSent = new AtomicLong();
	final AtomicLong recordRetries = new AtomicLong();
}
