package io.rstreams.client.read;

/** A LeoStream gzip block, or part of an S3 events file, that does not decompress. */
public class CorruptBlockException extends BlockReadException {

	/** @param records the stored number of events of the block or member */
	public CorruptBlockException(String queue, String firstEid, String lastEid, long records, byte[] raw,
			Throwable cause) {
		super("stored data is not valid gzip (" + cause.getMessage() + ")", queue, firstEid, lastEid, records, raw,
				cause);
	}
}
