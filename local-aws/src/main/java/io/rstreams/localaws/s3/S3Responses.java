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

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** The XML documents of S3 responses: listings, multipart results and errors. */
final class S3Responses {

	private S3Responses() {
	}

	static String listBuckets(List<S3Store.BucketInfo> buckets) {
		Xml xml = new Xml().openRoot("ListAllMyBucketsResult");
		owner(xml).open("Buckets");
		for (S3Store.BucketInfo bucket : buckets) {
			xml.open("Bucket")
				.element("Name", bucket.name())
				.element("CreationDate", Xml.timestamp(bucket.created()))
				.close("Bucket");
		}
		return xml.close("Buckets").close("ListAllMyBucketsResult").toString();
	}

	private static Xml owner(Xml xml) {
		return xml.open("Owner").element("ID", "local").element("DisplayName", "local").close("Owner");
	}

	/**
	 * ListObjectsV2 ({@code v2}) or ListObjects (v1); {@code url} asks for URL-encoded
	 * keys.
	 */
	static String listObjects(String bucket, Map<String, String> query, S3Store.Listing listing, int maxKeys,
			boolean v2, boolean url) {
		Xml xml = new Xml().openRoot("ListBucketResult");
		xml.element("Name", bucket).element("Prefix", encode(query.getOrDefault("prefix", ""), url));
		if (v2) {
			xml.element("KeyCount", listing.objects().size() + listing.commonPrefixes().size());
			xml.element("ContinuationToken", query.get("continuation-token"));
			xml.element("StartAfter", encode(query.get("start-after"), url));
		}
		else {
			xml.element("Marker", encode(query.getOrDefault("marker", ""), url));
		}
		xml.element("MaxKeys", maxKeys).element("Delimiter", encode(query.get("delimiter"), url));
		xml.element("IsTruncated", listing.truncated());
		if (listing.truncated()) {
			if (v2) {
				xml.element("NextContinuationToken", token(listing.lastReturned()));
			}
			else {
				xml.element("NextMarker", encode(listing.lastReturned(), url));
			}
		}
		if (url) {
			xml.element("EncodingType", "url");
		}
		for (StoredObject object : listing.objects()) {
			xml.open("Contents")
				.element("Key", encode(object.key(), url))
				.element("LastModified", Xml.timestamp(object.lastModified()))
				.element("ETag", object.quotedEtag())
				.element("Size", object.size())
				.element("StorageClass", "STANDARD");
			if (!v2 || "true".equals(query.get("fetch-owner"))) {
				owner(xml);
			}
			xml.close("Contents");
		}
		for (String prefix : listing.commonPrefixes()) {
			xml.open("CommonPrefixes").element("Prefix", encode(prefix, url)).close("CommonPrefixes");
		}
		return xml.close("ListBucketResult").toString();
	}

	static String token(String lastReturned) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(lastReturned.getBytes(StandardCharsets.UTF_8));
	}

	static String untoken(String token) {
		try {
			return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			throw S3Exception.invalidArgument("The continuation token provided is incorrect");
		}
	}

	/**
	 * URL-encodes like S3's {@code encoding-type=url}: everything but unreserved
	 * characters and '/'.
	 */
	static String encode(String s, boolean url) {
		if (!url || s == null) {
			return s;
		}
		StringBuilder sb = new StringBuilder();
		for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-_.~/".indexOf(c) >= 0) {
				sb.append(c);
			}
			else {
				sb.append('%')
					.append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
			}
		}
		return sb.toString();
	}

	static String initiateMultipartUpload(String bucket, String key, String uploadId) {
		return new Xml().openRoot("InitiateMultipartUploadResult")
			.element("Bucket", bucket)
			.element("Key", key)
			.element("UploadId", uploadId)
			.close("InitiateMultipartUploadResult")
			.toString();
	}

	static String completeMultipartUpload(String location, StoredObject object) {
		return new Xml().openRoot("CompleteMultipartUploadResult")
			.element("Location", location)
			.element("Bucket", object.bucket())
			.element("Key", object.key())
			.element("ETag", object.quotedEtag())
			.close("CompleteMultipartUploadResult")
			.toString();
	}

	static String deleteResult(List<String> deleted, boolean quiet) {
		Xml xml = new Xml().openRoot("DeleteResult");
		if (!quiet) {
			for (String key : deleted) {
				xml.open("Deleted").element("Key", key).close("Deleted");
			}
		}
		return xml.close("DeleteResult").toString();
	}

	static String location() {
		return new Xml().openRoot("LocationConstraint").close("LocationConstraint").toString();
	}

	static String error(S3Exception e, String resource, String requestId) {
		Xml xml = new Xml().open("Error").element("Code", e.code()).element("Message", e.getMessage());
		for (Map.Entry<String, String> detail : e.details().entrySet()) {
			xml.element(detail.getKey(), detail.getValue());
		}
		return xml.element("Resource", resource)
			.element("RequestId", requestId)
			.element("HostId", requestId)
			.close("Error")
			.toString();
	}

}
