package io.rstreams.client.bus;

/**
 * One gzip member ("chunk") of an RStreams S3 file (protocol.md 2.1 and 5.2): {@code start}/{@code end} are 0-based
 * cumulative record indexes within the file, {@code gzipOffset} is where the member starts in the file and
 * {@code offset} where its text starts once decompressed. In archive blocks {@code start}/{@code end} may be eids
 * instead (then {@link #archiveStart()} / {@link #archiveEnd()} hold them).
 */
public record S3Offset(String event, long start, long end, long records, long gzipSize, long size, long offset,
		long gzipOffset, String archiveStart, String archiveEnd) {

	public S3Offset(String event, long start, long end, long records, long gzipSize, long size, long offset,
			long gzipOffset) {
		this(event, start, end, records, gzipSize, size, offset, gzipOffset, null, null);
	}
}
