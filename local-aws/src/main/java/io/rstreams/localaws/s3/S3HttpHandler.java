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

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The S3 REST API, path-style ({@code /<bucket>/<key>}): buckets, objects (with ranges),
 * listings and multipart uploads. Errors are S3 XML error documents with S3's status
 * codes; HEAD errors have no body, as on S3.
 */
public final class S3HttpHandler {

	private static final Logger LOG = LoggerFactory.getLogger(S3HttpHandler.class);

	private static final Set<String> UNSUPPORTED = Set.of("acl", "cors", "lifecycle", "logging", "notification",
			"policy", "tagging", "versioning", "versions", "website", "replication", "encryption", "object-lock",
			"retention", "legal-hold", "attributes", "restore", "select", "accelerate", "analytics", "inventory",
			"metrics", "ownershipControls", "publicAccessBlock", "requestPayment", "torrent", "intelligent-tiering");

	private final S3Store store;

	public S3HttpHandler(S3Store store) {
		this.store = store;
	}

	public void handle(HttpExchange exchange) throws IOException {
		S3Request request = S3Request.of(exchange);
		String requestId = UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT);
		exchange.getResponseHeaders().set("x-amz-request-id", requestId);
		exchange.getResponseHeaders().set("x-amz-id-2", requestId);
		try {
			for (String name : request.query.keySet()) {
				if (UNSUPPORTED.contains(name)) {
					throw S3Exception.notImplemented("the '" + name + "' subresource");
				}
			}
			if (request.bucket == null) {
				if (!request.method.equals("GET")) {
					throw S3Exception.methodNotAllowed();
				}
				sendXml(exchange, 200, S3Responses.listBuckets(store.listBuckets()));
			}
			else if (request.key == null) {
				new S3BucketOperations(store).handle(request);
			}
			else {
				handleObject(request);
			}
		}
		catch (S3Exception e) {
			LOG.debug("S3 {} {} failed: {} {}", request.method, exchange.getRequestURI(), e.code(), e.getMessage());
			sendError(request, e, requestId);
		}
		catch (RuntimeException e) {
			LOG.warn("S3 {} {} failed unexpectedly", request.method, exchange.getRequestURI(), e);
			sendError(request, new S3Exception(500, "InternalError", "We encountered an internal error: " + e),
					requestId);
		}
	}

	private void handleObject(S3Request request) throws IOException {
		switch (request.method) {
			case "GET" -> {
				if (request.has("uploadId")) {
					throw S3Exception.notImplemented("ListParts");
				}
				getObject(request, false);
			}
			case "HEAD" -> getObject(request, true);
			case "PUT" -> {
				if (request.header("x-amz-copy-source") != null) {
					throw S3Exception.notImplemented("CopyObject / UploadPartCopy");
				}
				if (request.has("uploadId") || request.has("partNumber")) {
					uploadPart(request);
				}
				else {
					putObject(request);
				}
			}
			case "DELETE" -> {
				if (request.has("uploadId")) {
					store.abortMultipartUpload(request.bucket, request.key, request.query.get("uploadId"));
				}
				else {
					store.deleteObject(request.bucket, request.key);
				}
				send(request.exchange, 204, new byte[0]);
			}
			case "POST" -> {
				if (request.has("uploads")) {
					request.body();
					String uploadId = store.createMultipartUpload(request.bucket, request.key, request.metadata());
					sendXml(request.exchange, 200,
							S3Responses.initiateMultipartUpload(request.bucket, request.key, uploadId));
				}
				else if (request.has("uploadId")) {
					completeMultipartUpload(request);
				}
				else {
					throw S3Exception.notImplemented("POST on an object without ?uploads or ?uploadId");
				}
			}
			default -> throw S3Exception.methodNotAllowed();
		}
	}

	private void putObject(S3Request request) throws IOException {
		byte[] data = request.body();
		ObjectMetadata metadata = request.metadata();
		StoredObject object = store.putObject(request.bucket, request.key, data, metadata);
		Headers headers = request.exchange.getResponseHeaders();
		headers.set("ETag", object.quotedEtag());
		metadata.checksums().forEach(headers::set);
		send(request.exchange, 200, new byte[0]);
	}

	private void uploadPart(S3Request request) throws IOException {
		int partNumber;
		try {
			partNumber = Integer.parseInt(request.query.getOrDefault("partNumber", ""));
		}
		catch (NumberFormatException e) {
			throw S3Exception.invalidArgument("Part number must be an integer between 1 and 10000, inclusive");
		}
		byte[] data = request.body();
		String etag = store.uploadPart(request.bucket, request.key, request.query.get("uploadId"), partNumber, data);
		request.exchange.getResponseHeaders().set("ETag", '"' + etag + '"');
		send(request.exchange, 200, new byte[0]);
	}

	private void completeMultipartUpload(S3Request request) throws IOException {
		Document document = Xml.parse(request.body());
		List<MultipartUploads.PartRef> parts = new ArrayList<>();
		for (Element part : Xml.children(document.getDocumentElement(), "Part")) {
			try {
				parts.add(new MultipartUploads.PartRef(Integer.parseInt(Xml.childText(part, "PartNumber")),
						Xml.childText(part, "ETag")));
			}
			catch (NumberFormatException e) {
				throw new S3Exception(400, "MalformedXML",
						"The XML you provided was not well-formed or did not validate "
								+ "against our published schema");
			}
		}
		StoredObject object = store.completeMultipartUpload(request.bucket, request.key, request.query.get("uploadId"),
				parts);
		String host = request.header("Host");
		String location = "http://" + (host == null ? "localhost" : host) + "/" + request.bucket + "/" + request.key;
		sendXml(request.exchange, 200, S3Responses.completeMultipartUpload(location, object));
	}

	private void getObject(S3Request request, boolean headOnly) throws IOException {
		StoredObject object = store.head(request.bucket, request.key)
			.orElseThrow(() -> S3Exception.noSuchKey(request.key));
		ByteRange range = ByteRange.parse(request.header("Range"), object.size());
		Headers headers = request.exchange.getResponseHeaders();
		ObjectMetadata metadata = object.metadata();
		headers.set("Content-Type", metadata.contentType());
		if (metadata.contentEncoding() != null) {
			headers.set("Content-Encoding", metadata.contentEncoding());
		}
		metadata.headers().forEach(headers::set);
		metadata.userMetadata().forEach((name, value) -> headers.set("x-amz-meta-" + name, value));
		headers.set("ETag", object.quotedEtag());
		headers.set("Last-Modified", Xml.httpDate(object.lastModified()));
		headers.set("Accept-Ranges", "bytes");
		if (range == null && "ENABLED".equalsIgnoreCase(request.header("x-amz-checksum-mode"))) {
			metadata.checksums().forEach(headers::set);
		}
		long offset = range == null ? 0 : range.start();
		long length = range == null ? object.size() : range.length();
		int status = range == null ? 200 : 206;
		if (range != null) {
			headers.set("Content-Range", "bytes " + range.start() + "-" + range.end() + "/" + object.size());
		}
		if (headOnly) {
			headers.set("Content-Length", Long.toString(length));
			request.exchange.sendResponseHeaders(status, -1);
			request.exchange.close();
			return;
		}
		send(request.exchange, status, store.read(object, offset, length));
	}

	static void sendXml(HttpExchange exchange, int status, String xml) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/xml");
		send(exchange, status, xml.getBytes(StandardCharsets.UTF_8));
	}

	static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private static void sendError(S3Request request, S3Exception e, String requestId) throws IOException {
		HttpExchange exchange = request.exchange;
		drain(exchange);
		if (request.method.equals("HEAD")) {
			exchange.getResponseHeaders().set("x-amz-error-code", e.code());
			exchange.sendResponseHeaders(e.status(), -1);
			exchange.close();
			return;
		}
		String resource = exchange.getRequestURI().getRawPath();
		sendXml(exchange, e.status(), S3Responses.error(e, resource, requestId));
	}

	/**
	 * Reads what is left of a request body, so the connection can serve the next request.
	 */
	private static void drain(HttpExchange exchange) {
		try (InputStream in = exchange.getRequestBody()) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		catch (IOException ignored) {
			// the connection is closed; nothing to keep alive
		}
	}

}
