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

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Requests on a bucket itself: create, head, delete, list objects (v1 and v2), location,
 * and multi-object delete.
 */
final class S3BucketOperations {

	private static final int MAX_KEYS = 1000;

	private final S3Store store;

	S3BucketOperations(S3Store store) {
		this.store = store;
	}

	void handle(S3Request request) throws IOException {
		String bucket = request.bucket;
		switch (request.method) {
			case "PUT" -> {
				request.body();
				store.createBucket(bucket);
				request.exchange.getResponseHeaders().set("Location", "/" + bucket);
				S3HttpHandler.send(request.exchange, 200, new byte[0]);
			}
			case "HEAD" -> {
				if (!store.bucketExists(bucket)) {
					throw S3Exception.noSuchBucket(bucket);
				}
				request.exchange.getResponseHeaders().set("x-amz-bucket-region", "us-east-1");
				S3HttpHandler.send(request.exchange, 200, new byte[0]);
			}
			case "DELETE" -> {
				store.deleteBucket(bucket);
				S3HttpHandler.send(request.exchange, 204, new byte[0]);
			}
			case "GET" -> get(request);
			case "POST" -> {
				if (!request.has("delete")) {
					throw S3Exception.notImplemented("POST on a bucket without ?delete");
				}
				deleteObjects(request);
			}
			default -> throw S3Exception.methodNotAllowed();
		}
	}

	private void get(S3Request request) throws IOException {
		if (request.has("location")) {
			if (!store.bucketExists(request.bucket)) {
				throw S3Exception.noSuchBucket(request.bucket);
			}
			S3HttpHandler.sendXml(request.exchange, 200, S3Responses.location());
			return;
		}
		if (request.has("uploads")) {
			throw S3Exception.notImplemented("ListMultipartUploads");
		}
		boolean v2 = "2".equals(request.query.get("list-type"));
		int maxKeys = maxKeys(request.query.get("max-keys"));
		String startAfter;
		if (v2) {
			String token = request.query.get("continuation-token");
			startAfter = token != null ? S3Responses.untoken(token) : request.query.get("start-after");
		}
		else {
			startAfter = request.query.get("marker");
		}
		if (startAfter != null && startAfter.isEmpty()) {
			startAfter = null;
		}
		String prefix = request.query.get("prefix");
		String delimiter = request.query.get("delimiter");
		S3Store.Listing listing = store.list(request.bucket, prefix, delimiter, startAfter, maxKeys);
		boolean url = "url".equals(request.query.get("encoding-type"));
		S3HttpHandler.sendXml(request.exchange, 200,
				S3Responses.listObjects(request.bucket, request.query, listing, maxKeys, v2, url));
	}

	private static int maxKeys(String value) {
		if (value == null) {
			return MAX_KEYS;
		}
		try {
			int n = Integer.parseInt(value.trim());
			if (n < 0) {
				throw S3Exception.invalidArgument("max-keys cannot be negative");
			}
			return Math.min(n, MAX_KEYS);
		}
		catch (NumberFormatException e) {
			throw S3Exception.invalidArgument("Provided max-keys not an integer or within integer range");
		}
	}

	private void deleteObjects(S3Request request) throws IOException {
		Document document = Xml.parse(request.body());
		Element root = document.getDocumentElement();
		boolean quiet = "true".equalsIgnoreCase(Xml.childText(root, "Quiet"));
		List<String> deleted = new ArrayList<>();
		List<Element> objects = Xml.children(root, "Object");
		if (objects.size() > 1000) {
			throw new S3Exception(400, "MalformedXML",
					"The XML you provided was not well-formed or did not validate " + "against our published schema");
		}
		for (Element object : objects) {
			String key = Xml.childText(object, "Key");
			store.deleteObject(request.bucket, key);
			deleted.add(key);
		}
		S3HttpHandler.sendXml(request.exchange, 200, S3Responses.deleteResult(deleted, quiet));
	}

}
