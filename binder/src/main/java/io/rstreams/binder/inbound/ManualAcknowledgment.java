package io.rstreams.binder.inbound;

import io.rstreams.binder.RStreamsCheckpointer;
import org.springframework.integration.acks.AcknowledgmentCallback;

/**
 * Spring Integration's acknowledgment, mapped to RStreams checkpoints in manual mode: ACCEPT and REJECT
 * checkpoint up to the event, REQUEUE has the binding read again from its last checkpoint.
 */
final class ManualAcknowledgment implements AcknowledgmentCallback {

	private final RStreamsCheckpointer checkpointer;
	private final Runnable requeue;
	private volatile boolean acknowledged;

	ManualAcknowledgment(RStreamsCheckpointer checkpointer, Runnable requeue) {
		this.checkpointer = checkpointer;
		this.requeue = requeue;
	}

	@Override
	public void acknowledge(Status status) {
		acknowledged = true;
		if (status == Status.REQUEUE) {
			requeue.run();
			return;
		}
		checkpointer.checkpoint();
	}

	@Override
	public boolean isAcknowledged() {
		return acknowledged;
	}

	@Override
	public boolean isAutoAck() {
		return false;
	}
}
