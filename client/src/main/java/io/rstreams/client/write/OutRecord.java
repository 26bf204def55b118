package io.rstreams.client.write;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One record on its way to the transport: its bytes (possibly still being produced, e.g. while its S3 file
 * uploads), the acknowledgements of the events it carries, and how often it was tried.
 */
final class OutRecord {

	final CompletableFuture<byte[]> data;
	final List<CompletableFuture<Void>> acks;
	final String partitionKey;
	final String description;
	int attempts;
	String lastError;

	OutRecord(CompletableFuture<byte[]> data, List<CompletableFuture<Void>> acks, String partitionKey,
			String description) {
		this.data = data;
		this.acks = acks;
		this.partitionKey = partitionKey;
		this.description = description;
	}

	int size() {
		byte[] bytes = data.getNow(null);
		return bytes == null ? 0 : bytes.length;
	}
}
