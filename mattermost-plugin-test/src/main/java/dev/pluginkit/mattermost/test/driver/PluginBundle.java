package dev.pluginkit.mattermost.test.driver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * A plugin bundle's {@code .tar.gz}, read and unpacked as the Mattermost server does: ustar
 * headers, and the PAX {@code path} records that maven-assembly writes for long names; only
 * folders and regular files count. Unpack a bundle with it and launch the folder with
 * {@link PluginLaunch#pluginFolder(Path)} to test or measure exactly what an administrator
 * uploads.
 *
 * <pre>{@code
 * Path folder = PluginBundle.unpack(Path.of("target/com.example.plugin-1.0.0.tar.gz"), temp);
 * try (PluginDriver plugin = PluginDriver.launch(PluginLaunch.pluginFolder(folder).withApiTarget(target))) {
 *     ...
 * }
 * }</pre>
 */
public final class PluginBundle {

	private PluginBundle() {
	}

	/**
	 * Reads every regular file of a bundle into memory.
	 * @param archive the bundle
	 * @return the files by path in the archive, in archive order
	 * @throws IOException if the bundle cannot be read
	 */
	public static Map<String, Entry> read(Path archive) throws IOException {
		Map<String, Entry> entries = new LinkedHashMap<>();
		walk(archive, (header, in) -> {
			if (header.isFile()) {
				entries.put(header.name(),
						new Entry(header.name(), header.mode(), header.modified(), in.readNBytes((int) header.size())));
			}
		});
		return entries;
	}

	/**
	 * Unpacks a bundle the way the server's {@code ExtractTarGz} does: folders and regular
	 * files only, each file with its mode, and written afresh, so with the time of unpacking
	 * as its modification time instead of the archive's.
	 * @param archive the bundle
	 * @param destination where to unpack it
	 * @return the plugin folder, the single top folder of the bundle
	 * @throws IOException if the bundle cannot be read or a file written
	 */
	public static Path unpack(Path archive, Path destination) throws IOException {
		walk(archive, (header, in) -> {
			Path target = destination.resolve(header.name()).normalize();
			if (!target.startsWith(destination)) {
				throw new IOException(header.name() + " leaves the destination");
			}
			if (header.isDirectory()) {
				Files.createDirectories(target);
			}
			else if (header.isFile()) {
				Files.createDirectories(target.getParent());
				try (OutputStream out = Files.newOutputStream(target)) {
					copy(in, out, header.size());
				}
				Files.setPosixFilePermissions(target, permissions(header.mode()));
			}
		});
		try (var folders = Files.list(destination)) {
			return folders.filter(Files::isDirectory)
				.findFirst()
				.orElseThrow(() -> new IOException(archive + " has no top folder"));
		}
	}

	private static void walk(Path archive, EntryHandler handler) throws IOException {
		try (InputStream in = new GZIPInputStream(Files.newInputStream(archive), 64 * 1024)) {
			String longName = null;
			while (true) {
				byte[] header = in.readNBytes(512);
				if (header.length < 512 || header[0] == 0) {
					return;
				}
				long size = Long.parseLong(field(header, 124, 12).trim(), 8);
				char type = (char) header[156];
				if (type == 'x') {
					longName = paxPath(new String(in.readNBytes((int) size), StandardCharsets.UTF_8));
					in.skipNBytes((512 - size % 512) % 512);
					continue;
				}
				String prefix = field(header, 345, 155);
				String name = (longName != null) ? longName
						: (prefix.isEmpty() ? "" : prefix + "/") + field(header, 0, 100);
				longName = null;
				Header parsed = new Header(name, type, Integer.parseInt(field(header, 100, 8).trim(), 8),
						Long.parseLong(field(header, 136, 12).trim(), 8), size);
				BoundedInputStream content = new BoundedInputStream(in, size);
				handler.handle(parsed, content);
				in.skipNBytes(content.remaining() + (512 - size % 512) % 512);
			}
		}
	}

	private static void copy(InputStream in, OutputStream out, long size) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long left = size;
		while (left > 0) {
			int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
			if (read < 0) {
				throw new IOException("Truncated archive");
			}
			out.write(buffer, 0, read);
			left -= read;
		}
	}

	private static Set<PosixFilePermission> permissions(int mode) {
		Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
		PosixFilePermission[] bits = PosixFilePermission.values();
		// values() runs from OWNER_READ (0400) down to OTHERS_EXECUTE (0001).
		for (int i = 0; i < bits.length; i++) {
			if ((mode & (0400 >> i)) != 0) {
				permissions.add(bits[i]);
			}
		}
		return permissions;
	}

	private static String field(byte[] header, int offset, int length) {
		int end = offset;
		while (end < offset + length && header[end] != 0) {
			end++;
		}
		return new String(header, offset, end - offset, StandardCharsets.UTF_8);
	}

	private static String paxPath(String records) {
		for (String record : records.split("\n")) {
			int key = record.indexOf(" path=");
			if (key >= 0) {
				return record.substring(key + " path=".length());
			}
		}
		return null;
	}

	/**
	 * One regular file of a bundle.
	 * @param name its path in the archive, the plugin folder's name first
	 * @param mode its permission bits
	 * @param modified its modification time in the archive, in seconds since the epoch
	 * @param content its bytes
	 */
	public record Entry(String name, int mode, long modified, byte[] content) {
	}

	private record Header(String name, char type, int mode, long modified, long size) {

		boolean isFile() {
			return this.type == '0' || this.type == '\0';
		}

		boolean isDirectory() {
			return this.type == '5';
		}

	}

	@FunctionalInterface
	private interface EntryHandler {

		void handle(Header header, InputStream content) throws IOException;

	}

	/** The content of one entry, so that a handler cannot read into the next header. */
	private static final class BoundedInputStream extends InputStream {

		private final InputStream in;

		private long remaining;

		BoundedInputStream(InputStream in, long size) {
			this.in = in;
			this.remaining = size;
		}

		long remaining() {
			return this.remaining;
		}

		@Override
		public int read() throws IOException {
			if (this.remaining == 0) {
				return -1;
			}
			int b = this.in.read();
			if (b >= 0) {
				this.remaining--;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (this.remaining == 0) {
				return -1;
			}
			int read = this.in.read(buffer, offset, (int) Math.min(length, this.remaining));
			if (read > 0) {
				this.remaining -= read;
			}
			return read;
		}

	}

}
