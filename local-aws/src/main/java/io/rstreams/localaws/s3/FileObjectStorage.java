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

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Object bytes as plain files, {@code <root>/<bucket>/<key>}, so a developer can look at
 * what a bus wrote. Metadata goes to a JSON file beside it under
 * {@code <root>/.metadata/<bucket>/<key>.json} (bucket names cannot start with a dot). A
 * file system cannot hold every S3 key: keys with empty, {@code .} or {@code ..}
 * segments, or a key that is also the "directory" of another key ({@code a} and
 * {@code a/b}), are refused with InvalidArgument.
 */
final class FileObjectStorage implements ObjectStorage {

	private static final String METADATA = ".metadata";

	private final Path root;

	private final ObjectMapper mapper = JsonMapper.builder().build();

	FileObjectStorage(Path root) {
		this.root = root.toAbsolutePath().normalize();
		try {
			Files.createDirectories(this.root);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void checkKey(String bucket, String key) {
		for (String segment : key.split("/", -1)) {
			if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.indexOf('\0') >= 0) {
				throw S3Exception.invalidArgument("This local S3 stores objects as files and cannot store the key '"
						+ key + "': it has an empty, '.' or '..' path segment");
			}
		}
	}

	private Path body(String bucket, String key) {
		return root.resolve(bucket).resolve(key);
	}

	private Path sidecar(String bucket, String key) {
		return root.resolve(METADATA).resolve(bucket).resolve(key + ".json");
	}

	@Override
	public Map<String, List<StoredObject>> load() {
		Map<String, List<StoredObject>> buckets = new LinkedHashMap<>();
		try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, Files::isDirectory)) {
			for (Path dir : dirs) {
				String bucket = dir.getFileName().toString();
				if (!bucket.startsWith(".")) {
					buckets.put(bucket, loadBucket(bucket, dir));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return buckets;
	}

	private List<StoredObject> loadBucket(String bucket, Path dir) throws IOException {
		List<StoredObject> objects = new ArrayList<>();
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path file : (Iterable<Path>) files.filter(FileObjectStorage::isObjectFile)::iterator) {
				String key = dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
				objects.add(loadObject(bucket, key, file));
			}
		}
		return objects;
	}

	private static boolean isObjectFile(Path file) {
		return Files.isRegularFile(file) && !file.getFileName().toString().startsWith(".upload-");
	}

	private StoredObject loadObject(String bucket, String key, Path file) throws IOException {
		Path meta = sidecar(bucket, key);
		long size = Files.size(file);
		if (Files.isRegularFile(meta)) {
			JsonNode node = mapper.readTree(meta.toFile());
			if (node.path("size").asLong(-1) == size) {
				return new StoredObject(bucket, key, size, node.path("etag").asString(),
						Instant.parse(node.path("lastModified").asString()),
						new ObjectMetadata(node.path("contentType").asString(null),
								node.path("contentEncoding").asString(null), strings(node.path("headers")),
								strings(node.path("userMetadata")), strings(node.path("checksums"))));
			}
		}
		return new StoredObject(bucket, key, size, Checksums.md5Hex(Files.readAllBytes(file)),
				Files.getLastModifiedTime(file).toInstant(), ObjectMetadata.defaults());
	}

	private static Map<String, String> strings(JsonNode node) {
		Map<String, String> map = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> e : node.properties()) {
			map.put(e.getKey(), e.getValue().asString());
		}
		return map;
	}

	@Override
	public void createBucket(String bucket) {
		try {
			Files.createDirectories(root.resolve(bucket));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void deleteBucket(String bucket) {
		deleteTree(root.resolve(bucket));
		deleteTree(root.resolve(METADATA).resolve(bucket));
	}

	@Override
	public void write(StoredObject object, byte[] data) {
		Path target = body(object.bucket(), object.key());
		if (Files.isDirectory(target)) {
			throw conflict(object.key());
		}
		try {
			Files.createDirectories(target.getParent());
			replace(target, data);
			Path meta = sidecar(object.bucket(), object.key());
			Files.createDirectories(meta.getParent());
			replace(meta, mapper.writeValueAsBytes(describe(object)));
		}
		catch (FileAlreadyExistsException | NotDirectoryException e) {
			throw conflict(object.key());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private ObjectNode describe(StoredObject object) {
		ObjectNode node = mapper.createObjectNode();
		node.put("size", object.size());
		node.put("etag", object.etag());
		node.put("lastModified", object.lastModified().toString());
		ObjectMetadata m = object.metadata();
		node.put("contentType", m.contentType());
		if (m.contentEncoding() != null) {
			node.put("contentEncoding", m.contentEncoding());
		}
		node.set("headers", mapper.valueToTree(m.headers()));
		node.set("userMetadata", mapper.valueToTree(m.userMetadata()));
		node.set("checksums", mapper.valueToTree(m.checksums()));
		return node;
	}

	private static void replace(Path target, byte[] data) throws IOException {
		Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
		try {
			Files.write(temp, data);
			try {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	@Override
	public byte[] read(StoredObject object, long offset, int length) {
		Path file = body(object.bucket(), object.key());
		try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
			byte[] data = new byte[length];
			in.seek(offset);
			in.readFully(data);
			return data;
		}
		catch (NoSuchFileException | FileNotFoundException e) {
			throw S3Exception.noSuchKey(object.key());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void delete(String bucket, String key) {
		try {
			Files.deleteIfExists(body(bucket, key));
			Files.deleteIfExists(sidecar(bucket, key));
			pruneEmptyParents(body(bucket, key).getParent(), root.resolve(bucket));
			pruneEmptyParents(sidecar(bucket, key).getParent(), root.resolve(METADATA).resolve(bucket));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Removes directories left empty by a delete, so their names can become keys again.
	 */
	private static void pruneEmptyParents(Path dir, Path stop) throws IOException {
		while (dir != null && dir.startsWith(stop) && !dir.equals(stop)) {
			try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
				if (entries.iterator().hasNext()) {
					return;
				}
			}
			Files.delete(dir);
			dir = dir.getParent();
		}
	}

	private static void deleteTree(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path p : (Iterable<Path>) paths.sorted((a, b) -> b.getNameCount() - a.getNameCount())::iterator) {
				Files.deleteIfExists(p);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static S3Exception conflict(String key) {
		return S3Exception.invalidArgument("This local S3 stores objects as files and cannot store the key '" + key
				+ "' because it is also the directory of another key, or another key is its directory");
	}

}
