package dev.pluginkit.mattermost.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Unpacks a plugin bundle the way the Mattermost server does ({@code ExtractTarGz}): only
 * folders and regular files, each file with the mode its header gives, and every file
 * written afresh, so with the time of unpacking as its modification time rather than the
 * one in the archive. A JVM cache that depends on the jars' times must cope with that.
 */
final class ServerStyleUnpacker {

	private ServerStyleUnpacker() {
	}

	/**
	 * Unpacks a {@code .tar.gz} bundle into a folder.
	 * @param bundle the bundle
	 * @param destination the folder to unpack into, created if needed
	 * @return the plugin folder, the single top folder of the bundle
	 * @throws IOException if the bundle cannot be read or a file written
	 */
	static Path unpack(Path bundle, Path destination) throws IOException {
		Path top = null;
		try (InputStream in = new GZIPInputStream(Files.newInputStream(bundle), 64 * 1024)) {
			String longName = null;
			while (true) {
				byte[] header = in.readNBytes(512);
				if (header.length < 512 || header[0] == 0) {
					break;
				}
				long size = Long.parseLong(field(header, 124, 12).trim(), 8);
				char type = (char) header[156];
				if (type == 'x' || type == 'L') {
					String value = new String(in.readNBytes((int) size), StandardCharsets.UTF_8);
					longName = (type == 'x') ? paxPath(value) : value.replace("\0", "");
					in.skipNBytes((512 - size % 512) % 512);
					continue;
				}
				String prefix = field(header, 345, 155);
				String name = (longName != null) ? longName
						: (prefix.isEmpty() ? "" : prefix + "/") + field(header, 0, 100);
				longName = null;
				Path target = destination.resolve(name).normalize();
				if (!target.startsWith(destination)) {
					throw new IOException("Entry " + name + " leaves the destination");
				}
				if (type == '5') {
					Files.createDirectories(target);
				}
				else if (type == '0' || type == '\0') {
					Files.createDirectories(target.getParent());
					try (var out = Files.newOutputStream(target)) {
						copy(in, out, size);
					}
					Files.setPosixFilePermissions(target, permissions(Integer.parseInt(field(header, 100, 8).trim(), 8)));
				}
				else {
					in.skipNBytes(size);
				}
				in.skipNBytes((512 - size % 512) % 512);
				if (top == null) {
					top = destination.resolve(Path.of(name).getName(0));
				}
			}
		}
		if (top == null) {
			throw new IOException(bundle + " is empty");
		}
		return top;
	}

	private static void copy(InputStream in, java.io.OutputStream out, long size) throws IOException {
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

}
