package dev.pluginkit.mattermost.test.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import com.google.protobuf.ByteString;

/**
 * Receives the response body as it arrives: keeps it in memory, or writes it to a sink the
 * test gave, and in both cases counts it and digests it with SHA-256, so that a large
 * download can be checked without being held.
 */
final class BodyCollector {

	private final ByteArrayOutputStream kept;

	private final OutputStream sink;

	private final MessageDigest digest;

	private final boolean lastChunkOnly;

	private long length;

	private BodyCollector(OutputStream sink, boolean lastChunkOnly) {
		this.kept = (sink != null) ? null : new ByteArrayOutputStream();
		this.sink = (sink != null) ? sink : this.kept;
		this.lastChunkOnly = lastChunkOnly;
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * Creates a collector that keeps the body in memory.
	 * @return the collector
	 */
	static BodyCollector keeping() {
		return new BodyCollector(null, false);
	}

	/**
	 * Creates a collector that keeps only the last chunk, as the server's
	 * {@code LocalResponseWriter} does ({@code server/channels/app/integration_action.go}):
	 * its {@code Write} replaces what it held.
	 * @return the collector
	 */
	static BodyCollector keepingLastChunk() {
		return new BodyCollector(null, true);
	}

	/**
	 * Creates a collector that writes the body to a sink and keeps only its length and
	 * digest.
	 * @param sink where the body goes
	 * @return the collector
	 */
	static BodyCollector into(OutputStream sink) {
		return new BodyCollector(sink, false);
	}

	synchronized void write(ByteString chunk) throws IOException {
		if (chunk.isEmpty()) {
			return;
		}
		if (this.lastChunkOnly) {
			this.kept.reset();
			this.digest.reset();
			this.length = 0;
		}
		chunk.writeTo(this.sink);
		for (var buffer : chunk.asReadOnlyByteBufferList()) {
			this.digest.update(buffer);
		}
		this.length += chunk.size();
	}

	synchronized long length() {
		return this.length;
	}

	synchronized byte[] keptOrNull() {
		return (this.kept != null) ? this.kept.toByteArray() : null;
	}

	synchronized byte[] sha256() {
		try {
			return ((MessageDigest) this.digest.clone()).digest();
		}
		catch (CloneNotSupportedException ex) {
			throw new IllegalStateException("SHA-256 digests can be cloned", ex);
		}
	}

}
