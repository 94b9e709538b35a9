package dev.pluginkit.mattermost.test;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.google.protobuf.ByteString;

import dev.pluginkit.mattermost.pluginapi.v1.FileInfo;
import dev.pluginkit.mattermost.test.internal.FakeData;
import dev.pluginkit.mattermost.test.internal.FileService;

/**
 * Seeds and inspects the files of an in-memory server: uploaded files with their metadata,
 * and the server's file store, that {@code ReadFile} reads by path.
 *
 * <pre>{@code
 * FileInfo report = mattermost.files().upload(channel.getId(), "report.csv", bytes);
 * mattermost.files().write("plugins/com.example/config.json", json);
 * assertThat(mattermost.files().content(report.getId())).contains(bytes);
 * }</pre>
 *
 * @see InMemoryMattermost#files()
 */
public final class InMemoryFiles {

	private final FakeData data;

	InMemoryFiles(FakeData data) {
		this.data = data;
	}

	/**
	 * Stores a file as if the plugin had uploaded it with {@code UploadFile}: same metadata
	 * (creator {@code nouser}, no channel id until a post takes it, MIME type from the
	 * extension), same place in the file store.
	 * @param channelId the channel the file is meant for, which must exist; empty for none
	 * @param filename the file name, including its extension
	 * @param content the content
	 * @return the stored file's metadata
	 * @throws IllegalArgumentException when the server would refuse the upload
	 */
	public FileInfo upload(String channelId, String filename, byte[] content) {
		FileService.Upload upload = FileService.upload(this.data, Objects.requireNonNull(channelId, "channelId"),
				Objects.requireNonNull(filename, "filename"), ByteString.copyFrom(content));
		if (upload.error() != null) {
			throw new IllegalArgumentException(
					"The server would refuse this upload: " + upload.error().getId() + ": " + upload.error().getMessage());
		}
		return upload.fileInfo();
	}

	/**
	 * Writes a file into the server's file store, for a plugin that reads it with
	 * {@code ReadFile}; an existing file at that path is replaced.
	 * @param path the path relative to the root of the file store, for example
	 * {@code plugins/com.example/data.json}
	 * @param content the content
	 * @return these files
	 */
	public InMemoryFiles write(String path, byte[] content) {
		this.data.fileContents.put(FileService.storeKey(Objects.requireNonNull(path, "path")),
				ByteString.copyFrom(content));
		return this;
	}

	/**
	 * Reads a file of the server's file store, an uploaded file or one written with
	 * {@link #write(String, byte[])}.
	 * @param path the path relative to the root of the file store
	 * @return the content, or empty when the store has no file at that path
	 */
	public Optional<byte[]> read(String path) {
		ByteString content = this.data.fileContents.get(FileService.storeKey(path));
		return Optional.ofNullable(content).map(ByteString::toByteArray);
	}

	/**
	 * Returns the metadata of every uploaded file, deleted ones included, oldest first.
	 * @return a snapshot of the files
	 */
	public List<FileInfo> all() {
		return this.data.fileInfos.values()
			.stream()
			.sorted(Comparator.comparingLong(FileInfo::getCreateAt).thenComparing(FileInfo::getId))
			.toList();
	}

	/**
	 * Returns the metadata of an uploaded file.
	 * @param fileId the file's id
	 * @return the metadata, or empty when no file has that id
	 */
	public Optional<FileInfo> byId(String fileId) {
		return Optional.ofNullable(this.data.fileInfos.get(fileId));
	}

	/**
	 * Returns the content of an uploaded file.
	 * @param fileId the file's id
	 * @return the content, or empty when no file has that id
	 */
	public Optional<byte[]> content(String fileId) {
		ByteString content = this.data.fileInfos.containsKey(fileId) ? this.data.fileContents.get(fileId) : null;
		return Optional.ofNullable(content).map(ByteString::toByteArray);
	}

	/**
	 * Returns where an uploaded file lies in the file store, the path a plugin passes to
	 * {@code ReadFile}: {@code <yyyyMMdd>/teams/noteam/channels/<channel id>/users/nouser/<file id>/<name>}.
	 * @param fileId the file's id
	 * @return the path, or empty when no file has that id
	 */
	public Optional<String> path(String fileId) {
		return Optional.ofNullable(FileService.pathOf(this.data, fileId));
	}

}
