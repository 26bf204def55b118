/*
 * Copyright 2026 the RStreams binder authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.rstreams.client.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import io.rstreams.client.Event;
import io.rstreams.client.EventId;
import io.rstreams.client.aws.AwsCallException;
import io.rstreams.client.aws.MissingObjectException;
import io.rstreams.client.aws.ObjectStore;
import io.rstreams.client.aws.TransientReadException;
import io.rstreams.client.bus.S3Offset;
import io.rstreams.client.bus.StreamBlock;
import io.rstreams.client.codec.EnvelopeLine;
import io.rstreams.client.codec.EventCodec;
import io.rstreams.client.codec.LineReader;
import io.rstreams.client.codec.MultiMemberGzipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one LeoStream item into entries, lazily (protocol.md section 6, step 6).
 *
 * <ul>
 * <li>gzip block: each line's integer {@code eid} is an offset from the block's start:
 * the full eid is {@code P-pad7(N + offset)} where {@code start = P-N}. The block (at
 * most a few hundred KiB) is decompressed whole first, so a corrupt block fails as a
 * whole and never yields half-checked lines;</li>
 * <li>S3 block: the file is streamed from the first member whose last eid is past the
 * lower bound ({@code gzipOffset}); lines are numbered by position from
 * {@code N + offset.start} and the stored per-line eid is ignored (archive blocks carry
 * real eids instead). Memory holds one line. The members are independent gzip streams, so
 * a member that does not decompress fails alone (its events not yet returned, with its
 * bytes) and reading goes on at the next member.</li>
 * </ul>
 * Entries at or before the lower bound are skipped; every event gets {@code event} = the
 * queue that was read.
 *
 * <p>
 * A failure of the connection while the file streams in is not bad data: {@link #next()}
 * throws a retryable {@link AwsCallException} and the caller reads again from after the
 * last entry it got.
 */
final class BlockDecoder implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(BlockDecoder.class);

	private final String queue;

	private final StreamBlock block;

	private final ReadPosition after;

	private final ObjectStore s3;

	private final Deque<ReadEntry> ready = new ArrayDeque<>();

	private final String base;

	private final long startSequence;

	private LineReader lines;

	/** S3 blocks: the file from {@link #member} on, decompressed. */
	private MultiMemberGzipInputStream members;

	/**
	 * S3 blocks: index in {@code offsets} of the member the open stream started at, or of
	 * the one to open next.
	 */
	private int member;

	/** gzip blocks: offset of the last line; S3 blocks: sequence of the next line. */
	private long cursor;

	/** Archive blocks: the last stored eid read. */
	private String lastArchiveEid;

	private boolean done;

	BlockDecoder(String queue, StreamBlock block, ReadPosition after, ObjectStore s3) {
		this.queue = queue;
		this.block = block;
		this.after = after;
		this.s3 = s3;
		EventId start = new EventId(block.start());
		this.base = start.base();
		this.startSequence = start.sequence();
		if (block.isGzip()) {
			openGzip();
		}
		else if (block.isS3()) {
			openS3();
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
					block.end(), block.records(), block.gzip(), ex)));
			return;
		}
		lines = new LineReader(new ByteArrayInputStream(text));
	}

	private void openS3() {
		List<S3Offset> offsets = block.offsets();
		for (int i = 0; i < offsets.size(); i++) {
			if (after.isBefore(memberLast(offsets.get(i)))) {
				openMember(i);
				return;
			}
		}
		done = true;
	}

	/**
	 * Streams the file from member {@code index} on, numbering lines from that member's
	 * first record.
	 */
	private void openMember(int index) {
		S3Offset o = block.offsets().get(index);
		member = index;
		cursor = startSequence + o.start();
		try {
			members = new MultiMemberGzipInputStream(
					s3.openFrom(block.s3().bucket(), block.s3().key(), o.gzipOffset()));
			lines = new LineReader(members);
		}
		catch (MissingObjectException ex) {
			done = true;
			ready.add(new ReadEntry.Failed(new MissingEventsFileException(queue, firstEidAfterBound(nextEid()),
					block.end(), block.records(), block.s3(), ex)));
		}
	}

	/**
	 * The next entry of this block past the lower bound, or {@code null} when the block
	 * is exhausted.
	 * @throws AwsCallException (retryable) when reading the S3 file failed in transport;
	 * the entries returned so far are valid
	 */
	ReadEntry next() {
		while (ready.isEmpty() && !done) {
			if (lines == null) {
				// after a bad member; outside the try below, as a failed GET is no fault
				// of the data
				openMember(member);
				continue;
			}
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
				closeQuietly();
				TransientReadException transport = transportFailure(ex);
				if (transport != null) {
					done = true;
					throw interrupted(transport);
				}
				if (block.isS3()) {
					failMember(ex);
				}
				else {
					failRest(ex);
				}
			}
		}
		return ready.poll();
	}

	/**
	 * The member that does not decompress fails with its events not yet returned and all
	 * its stored bytes; the members after it are read as usual.
	 */
	private void failMember(Exception ex) {
		List<S3Offset> offsets = block.offsets();
		int index = member + members.currentMember() - 1;
		if (index >= offsets.size()) {
			failRest(ex);
			return;
		}
		S3Offset o = offsets.get(index);
		String first = max(firstEidAfterBound(nextEid()), memberFirst(o));
		String last = memberLast(o);
		if (first.compareTo(last) <= 0) {
			ready.add(new ReadEntry.Failed(
					new CorruptBlockException(queue, first, last, o.records(), memberBytes(index), ex)));
		}
		else {
			log.warn("Queue '{}': every event of member {} of {} was read, but it ends badly: {}", queue, index + 1,
					block.s3(), ex.getMessage());
		}
		lines = null;
		members = null;
		member = index + 1;
		done = member >= offsets.size();
	}

	/**
	 * Everything from the next line to the end of the block fails; what it is made of is
	 * not known.
	 */
	private void failRest(Exception ex) {
		done = true;
		String first = firstEidAfterBound(nextEid());
		if (first.compareTo(block.end()) <= 0) {
			ready.add(new ReadEntry.Failed(
					new CorruptBlockException(queue, first, block.end(), block.records(), null, ex)));
		}
		else {
			log.warn("Queue '{}': every event of {} was read, but it ends badly: {}", queue,
					block.isS3() ? block.s3() : block.start() + " .. " + block.end(), ex.getMessage());
		}
	}

	/**
	 * The stored bytes of member {@code index}, fetched again (the stream read past
	 * them), or {@code null}.
	 */
	private byte[] memberBytes(int index) {
		List<S3Offset> offsets = block.offsets();
		S3Offset o = offsets.get(index);
		long length = o.gzipSize() > 0 ? o.gzipSize()
				: index + 1 < offsets.size() ? offsets.get(index + 1).gzipOffset() - o.gzipOffset() : -1;
		String bucket = block.s3().bucket();
		String key = block.s3().key();
		try (InputStream in = length >= 0 ? s3.openRange(bucket, key, o.gzipOffset(), length)
				: s3.openFrom(bucket, key, o.gzipOffset())) {
			return length >= 0 ? in.readNBytes((int) length) : in.readAllBytes();
		}
		catch (MissingObjectException gone) {
			return null;
		}
		catch (IOException ex) {
			TransientReadException transport = transportFailure(ex);
			if (transport != null) {
				done = true;
				throw interrupted(transport);
			}
			log.warn("Queue '{}': the bytes of member {} of {} could not be read again: {}", queue, index + 1,
					block.s3(), ex.toString());
			return null;
		}
	}

	private void decodeLine() {
		ObjectNode node;
		byte[] payload;
		try {
			EnvelopeLine parsed = EnvelopeLine.parse(lines.bytes(), 0, lines.length());
			node = parsed.envelope();
			payload = parsed.payload();
		}
		catch (RuntimeException ex) {
			String eid = block.isGzip() ? eid(startSequence + ++cursor) : eid(cursor++);
			if (after.isBefore(eid)) {
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
			lastArchiveEid = eid;
			cursor++;
		}
		else {
			eid = eid(cursor++);
		}
		if (after.isBefore(eid)) {
			Event envelope = EventCodec.fromObject(node, eid).withEvent(queue);
			ready.add(ReadEntry.Ok.withStoredPayload(envelope, payload, lines.length() + 1L));
		}
	}

	/**
	 * The transport failure behind {@code ex}, if that is what it is (the gzip layers may
	 * wrap it).
	 */
	private static TransientReadException transportFailure(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof TransientReadException transport) {
				return transport;
			}
		}
		return null;
	}

	/**
	 * The stored data is fine, the connection was not: a retryable failure for the
	 * caller, who reads again from after the last entry it got.
	 */
	private AwsCallException interrupted(TransientReadException transport) {
		return new AwsCallException("Queue '" + queue + "': reading the events file s3://" + block.s3().bucket() + "/"
				+ block.s3().key() + " stopped before eid " + firstEidAfterBound(nextEid()) + " ("
				+ transport.getMessage() + "); read again from there", transport, true, "ClientError");
	}

	/**
	 * The eid of the next line: by position, or after the last stored eid of an archive
	 * block.
	 */
	private String nextEid() {
		if (lastArchiveEid != null) {
			try {
				EventId last = new EventId(lastArchiveEid);
				if (last.isFull()) {
					return last.plus(1).value();
				}
			}
			catch (IllegalArgumentException ignored) {
				// not an eid: by position below
			}
		}
		return eid(cursor);
	}

	private String memberFirst(S3Offset o) {
		return o.archiveStart() != null ? o.archiveStart() : eid(startSequence + o.start());
	}

	private String memberLast(S3Offset o) {
		return o.archiveEnd() != null ? o.archiveEnd() : eid(startSequence + o.end());
	}

	private static String max(String a, String b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	private String eid(long sequence) {
		return base + "-" + EventId.pad7(sequence);
	}

	/**
	 * {@code candidate} if it is past the lower bound, else the first eid of this block
	 * that is.
	 */
	private String firstEidAfterBound(String candidate) {
		if (after.isBefore(candidate)) {
			return candidate;
		}
		String bound = after.value();
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
