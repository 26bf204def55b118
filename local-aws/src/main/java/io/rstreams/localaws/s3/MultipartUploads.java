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
package io.rstreams.localaws.s3;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Multipart uploads in progress (parts are kept in memory until completed). Completion
 * follows S3's rules: parts listed in ascending order, each uploaded with the ETag given,
 * every part but the last at least 5 MiB; the object's ETag is the MD5 of the parts' MD5s
 * followed by {@code -<part count>}.
 */
public final class MultipartUploads {

	/** Minimum size of every part but the last. */
	static final int MIN_PART_SIZE = 5 * 1024 * 1024;

	/** A part as CompleteMultipartUpload lists it. */
	public record PartRef(int partNumber, String etag) {
	}

	record Assembled(byte[] data, String etag, ObjectMetadata metadata) {
	}

	private record Part(byte[] data, String etag) {
	}

	private record Upload(String bucket, String key, ObjectMetadata metadata,
			ConcurrentSkipListMap<Integer, Part> parts) {
	}

	private final ConcurrentMap<String, Upload> uploads = new ConcurrentHashMap<>();

	String create(String bucket, String key, ObjectMetadata metadata) {
		String id = UUID.randomUUID().toString().replace("-", "");
		uploads.put(id, new Upload(bucket, key, metadata.withoutChecksums(), new ConcurrentSkipListMap<>()));
		return id;
	}

	String upload(String bucket, String key, String uploadId, int partNumber, byte[] data) {
		if (partNumber < 1 || partNumber > 10000) {
			throw S3Exception.invalidArgument("Part number must be an integer between 1 and 10000, inclusive");
		}
		Upload upload = find(bucket, key, uploadId);
		String etag = Checksums.md5Hex(data);
		upload.parts().put(partNumber, new Part(data, etag));
		return etag;
	}

	Assembled complete(String bucket, String key, String uploadId, List<PartRef> refs) {
		Upload upload = find(bucket, key, uploadId);
		if (refs.isEmpty()) {
			throw new S3Exception(400, "MalformedXML",
					"The XML you provided was not well-formed or did not validate " + "against our published schema");
		}
		ByteArrayOutputStream data = new ByteArrayOutputStream();
		ByteArrayOutputStream digests = new ByteArrayOutputStream();
		int previous = 0;
		for (PartRef ref : refs) {
			if (ref.partNumber() <= previous) {
				throw new S3Exception(400, "InvalidPartOrder",
						"The list of parts was not in ascending order. The parts list "
								+ "must be specified in order by part number.");
			}
			previous = ref.partNumber();
		}
		for (int i = 0; i < refs.size(); i++) {
			PartRef ref = refs.get(i);
			Part part = upload.parts().get(ref.partNumber());
			if (part == null || !part.etag().equals(unquote(ref.etag()))) {
				throw new S3Exception(400, "InvalidPart",
						"One or more of the specified parts could not be found. The part "
								+ "might not have been uploaded, or the specified entity tag might not have matched the part's entity tag.",
						Map.of("PartNumber", Integer.toString(ref.partNumber())));
			}
			if (i < refs.size() - 1 && part.data().length < MIN_PART_SIZE) {
				throw new S3Exception(400, "EntityTooSmall",
						"Your proposed upload is smaller than the minimum allowed size",
						Map.of("PartNumber", Integer.toString(ref.partNumber())));
			}
			data.writeBytes(part.data());
			digests.writeBytes(HexFormat.of().parseHex(part.etag()));
		}
		uploads.remove(uploadId);
		String etag = Checksums.md5Hex(digests.toByteArray()) + "-" + refs.size();
		return new Assembled(data.toByteArray(), etag, upload.metadata());
	}

	void abort(String bucket, String key, String uploadId) {
		find(bucket, key, uploadId);
		uploads.remove(uploadId);
	}

	private Upload find(String bucket, String key, String uploadId) {
		Upload upload = uploadId == null ? null : uploads.get(uploadId);
		if (upload == null || !upload.bucket().equals(bucket) || !upload.key().equals(key)) {
			throw S3Exception.noSuchUpload(String.valueOf(uploadId));
		}
		return upload;
	}

	private static String unquote(String etag) {
		String e = etag == null ? "" : etag.trim();
		return e.length() >= 2 && e.startsWith("\"") && e.endsWith("\"") ? e.substring(1, e.length() - 1) : e;
	}

}
