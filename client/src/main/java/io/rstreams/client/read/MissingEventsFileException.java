package io.rstreams.client.read;

import io.rstreams.client.bus.S3Location;

/** A LeoStream block points to an S3 events file that does not exist (expired by a lifecycle rule, deleted). */
public class MissingEventsFileException extends BlockReadException {

	private final S3Location location;

	/** @param records the stored number of events of the block */
	public MissingEventsFileException(String queue, String firstEid, String lastEid, long records,
			S3Location location, Throwable cause) {
		super("the events file s3://" + location.bucket() + "/" + location.key() + " does not exist", queue, firstEid,
				lastEid, records, null, cause);
		this.location = location;
	}

	public S3Location location() {
		return location;
	}
}
