package io.rstreams.binder.inbound;

/** What a checkpoint policy looks at: the progress made since the last checkpoint. */
interface Uncheckpointed {

	long millisSinceCheckpoint();

	long uncheckpointedRecords();
}
