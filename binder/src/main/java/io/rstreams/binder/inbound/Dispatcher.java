package io.rstreams.binder.inbound;

import java.util.List;

import io.rstreams.client.read.ReadEntry;

/** Hands a poll's entries to the application and records, in eid order, what was finished. */
sealed interface Dispatcher permits SequentialDispatcher, KeyedDispatcher {

	/** Throws when an event failed and nothing handled the failure (what came before it is recorded). */
	void dispatch(List<ReadEntry> entries);
}
