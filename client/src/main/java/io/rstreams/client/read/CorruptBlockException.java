package io.rstreams.client.read;

/** A LeoStream gzip block, or part of an S3 events file, that does not decompress. */
public class CorruptBlockException extends BlockReadException {

	public CorruptBlockException(String queue, String firstEid, String lastEid, byte[] raw, Throwable cause) {
		super("stored data is not valid gzip (" + cause.getMessage() + ")", queue, firstEid, lastEid, raw, cause);
	}
}
