package io.rstreams.client.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;

import io.rstreams.client.Event;
import io.rstreams.client.EventId;
import io.rstreams.client.aws.MissingObjectException;
import io.rstreams.client.aws.ObjectStore;
import io.rstreams.client.bus.S3Offset;
import io.rstreams.client.bus.StreamBlock;
import io.rstreams.client.codec.EventCodec;
import io.rstreams.client.codec.LineReader;
import io.rstreams.client.codec.MultiMemberGzipInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one LeoStream item into entries, lazily (protocol.md section 6, step 6).
 *
 * <ul>
 * <li>gzip block: each line's integer {@code eid} is an offset from the block's start: the full eid is
 * {@code P-pad7(N + offset)} where {@code start = P-N}. The block (at most a few hundred KiB) is decompressed
 * whole first, so a corrupt block fails as a whole and never yields half-checked lines;</li>
 * <li>S3 block: the file is streamed from the first member whose last eid is past the lower bound
 * ({@code gzipOffset}); lines are numbered by position from {@code N + offset.start} and the stored per-line eid
 * is ignored (archive blocks carry real eids instead). Memory holds one line.</li>
 * </ul>
 * Entries at or before the lower bound are skipped; every event gets {@code event} = the queue that was read.
 */
final class BlockDecoder implements AutoCloseable {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BlockDecoder.class);

	private final String queue;
	private final StreamBlock block;
	private final String after;
	private final Deque<ReadEntry> ready = new ArrayDeque<>();
	private final String base;
	private final long startSequence;
	private LineReader lines;
	/** gzip blocks: offset of the last line; S3 blocks: sequence of the next line. */
	private long cursor;
	private boolean done;

	BlockDecoder(String queue, StreamBlock block, String after, ObjectStore s3) {
		this.queue = queue;
		this.block = block;
		this.after = after;
		EventId start = new EventId(block.start());
		this.base = start.base();
		this.startSequence = start.sequence();
		if (block.isGzip()) {
			openGzip();
		}
		else if (block.isS3()) {
			openS3(s3);
		}
		else {
			done = true;
		}
	}

	private void openGzip() {
		cursor = -1;
		byte[] text;
		try (InputStream in = new MultiMemberGzipInputStream(new ByteArrayInputStream(block.gzip()))) {
			text = in.readAllBytes();
		}
		catch (IOException | RuntimeException ex) {
			done = true;
			ready.add(new ReadEntry.Failed(new CorruptBlockException(queue, firstEidAfterBound(block.start()),
					block.end(), block.gzip(), ex)));
			return;
		}
		lines = new LineReader(new ByteArrayInputStream(text));
	}

	private void openS3(ObjectStore s3) {
		long fromByte = -1;
		for (S3Offset o : block.offsets()) {
			String endEid = o.archiveEnd() != null ? o.archiveEnd() : eid(startSequence + o.end());
			if (endEid.compareTo(after) > 0) {
				fromByte = o.gzipOffset();
				cursor = startSequence + o.start();
				break;
			}
		}
		if (fromByte < 0) {
			done = true;
			return;
		}
		try {
			InputStream in = s3.openFrom(block.s3().bucket(), block.s3().key(), fromByte);
			lines = new LineReader(new MultiMemberGzipInputStream(in));
		}
		catch (MissingObjectException ex) {
			done = true;
			ready.add(new ReadEntry.Failed(new MissingEventsFileException(queue, firstEidAfterBound(eid(cursor)),
					block.end(), block.s3(), ex)));
		}
	}

	/** The next entry of this block past the lower bound, or {@code null} when the block is exhausted. */
	ReadEntry next() {
		while (ready.isEmpty() && !done) {
			try {
				if (!lines.next()) {
					done = true;
					closeQuietly();
					break;
				}
				if (!lines.isBlank()) {
					decodeLine();
				}
			}
			catch (IOException | RuntimeException ex) {
				done = true;
				closeQuietly();
				String first = firstEidAfterBound(eid(cursor));
				if (first.compareTo(block.end()) <= 0) {
					ready.add(new ReadEntry.Failed(new CorruptBlockException(queue, first, block.end(), null, ex)));
				}
				else {
					log.warn("Queue '{}': every event of {} was read, but the file ends badly: {}", queue,
							block.s3(), ex.getMessage());
				}
			}
		}
		return ready.poll();
	}

	private void decodeLine() {
		ObjectNode node;
		try {
			node = EventCodec.parseObject(lines.bytes(), 0, lines.length());
		}
		catch (RuntimeException ex) {
			String eid = block.isGzip() ? eid(startSequence + ++cursor) : eid(cursor++);
			if (eid.compareTo(after) > 0) {
				ready.add(new ReadEntry.Failed(new UndecodableEventException(queue, eid, lines.copy(), ex)));
			}
			return;
		}
		String eid;
		JsonNode stored = node.get(EventCodec.EID);
		if (block.isGzip()) {
			cursor = stored != null && stored.isIntegralNumber() ? stored.longValue() : cursor + 1;
			eid = eid(startSequence + cursor);
		}
		else if (block.archive() && stored != null && stored.isString()) {
			eid = stored.asString();
			cursor++;
		}
		else {
			eid = eid(cursor++);
		}
		if (eid.compareTo(after) > 0) {
			Event event = EventCodec.fromObject(node, eid).withEvent(queue);
			ready.add(new ReadEntry.Ok(event, lines.length() + 1L));
		}
	}

	private String eid(long sequence) {
		return base + "-" + EventId.pad7(sequence);
	}

	/** {@code candidate} if it is past the lower bound, else the first eid of this block that is. */
	private String firstEidAfterBound(String candidate) {
		if (candidate.compareTo(after) > 0) {
			return candidate;
		}
		String bound = after.strip();
		try {
			EventId b = new EventId(bound);
			if (b.isFull() && bound.startsWith(base + "-")) {
				return b.plus(1).value();
			}
		}
		catch (IllegalArgumentException ignored) {
			// not an eid: fall back to the block start
		}
		return block.start();
	}

	private void closeQuietly() {
		if (lines != null) {
			try {
				lines.close();
			}
			catch (IOException ignored) {
				// nothing more to read from it
			}
		}
	}

	@Override
	public void close() {
		closeQuietly();
	}
}
