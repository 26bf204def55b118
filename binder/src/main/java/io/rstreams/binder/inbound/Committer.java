package io.rstreams.binder.inbound;

import java.util.List;

import io.rstreams.binder.ProcessingScope;
import io.rstreams.client.Event;

/** Where dispatchers record what they finished, in eid order: it moves the position and feeds the checkpoints. */
interface Committer {

	/** The handling of {@code events} finished, with the writes in {@code scope}. */
	void completed(List<Event> events, ProcessingScope scope);

	/** An entry needed no handling here (another instance's, or dealt with by the error path). */
	void skipped(String eid, long count);
}
