package io.rstreams.binder.inbound;

import io.rstreams.binder.ProcessingScope;

/** What became of one entry of a poll handled by the workers. */
sealed interface Outcome {

	/** The event was handled; its writes are in the scope. */
	record Handled(ProcessingScope scope) implements Outcome {
	}

	/** Another instance's entry. */
	record NotMine() implements Outcome {
	}

	/** Stored data that could not be decoded, dealt with by the error path. */
	record Undecodable() implements Outcome {
	}

	/** Nothing handled the failure: the binding retries from here. */
	record Failed(RuntimeException error) implements Outcome {
	}

	/** Not tried: an earlier event of its key failed, or the binding is stopping. */
	record NotRun() implements Outcome {
	}
}
