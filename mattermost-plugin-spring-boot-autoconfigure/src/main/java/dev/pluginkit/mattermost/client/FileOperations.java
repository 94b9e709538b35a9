package dev.pluginkit.mattermost.client;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.pluginkit.mattermost.pluginapi.v1.FileInfo;
import dev.pluginkit.mattermost.pluginapi.v1.GetFileInfosOptions;
import dev.pluginkit.mattermost.pluginapi.v1.UploadSession;

/**
 * Files: uploads, file metadata and the server's file store.
 *
 * <p>
 * Every method throws a {@link PluginApiException}, or one of its subclasses, when the
 * call fails.
 *
 * @see AsyncFileOperations
 */
public interface FileOperations {

	/**
	 * Stores a file for a channel and returns its new metadata; the file is not attached
	 * to anything until its id is passed in the {@code file_ids} of a post being created.
	 * The whole file travels in this one request, and the stored file has no creating
	 * user ({@code
	 * creator_id} is {@code nouser}).
	 *
	 * <p>
	 * The server accepts at most 4 MiB per request, so the data must stay below that.
	 * Upload sessions do not lift that limit: the server wants a first chunk of at least
	 * 5 MiB or the whole file (see {@link #uploadData}), so no larger file can be uploaded
	 * through the gRPC Plugin API. The
	 * upload runs the {@code FileWillBeUploaded} hooks of the installed plugins, which
	 * may change or reject it, and is subject to the server's maximum file size. Previews
	 * and thumbnails are generated for images.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param data the complete content of the file
	 * @param channelId the id of the channel the file is meant for
	 * @param filename the name of the file, including its extension
	 * @return the metadata of the stored file
	 * @throws PluginApiValidationException when no channel has the given id
	 * @throws PluginApiUnavailableException when the request exceeds the server's 4 MiB
	 * message limit
	 * @throws PluginApiException when the call fails for any other reason
	 */
	FileInfo uploadFile(byte[] data, String channelId, String filename);

	/**
	 * Returns the content of an uploaded file, found by the id of its metadata. The whole
	 * file is returned in one response.
	 *
	 * <p>
	 * Large files arrive in a single response message, which the client must be allowed
	 * to receive ({@code mattermost.plugin.api.max-inbound-message-size}).
	 *
	 * <p>
	 * Minimum server version: 5.8.
	 * @param fileId the id of the file
	 * @return the content of the file
	 * @throws PluginApiNotFoundException when no file has that id
	 * @throws PluginApiException when the call fails for any other reason
	 */
	byte[] getFile(String fileId);

	/**
	 * Returns the metadata of an uploaded file: name, size, MIME type, channel, the post
	 * it is attached to (if any) and, for images, the dimensions.
	 *
	 * <p>
	 * Minimum server version: 5.3.
	 * @param fileId the id of the file
	 * @return the metadata of the file
	 * @throws PluginApiNotFoundException when no file has that id
	 * @throws PluginApiException when the call fails for any other reason
	 */
	FileInfo getFileInfo(String fileId);

	/**
	 * Returns one page of file metadata across the server, optionally restricted to one
	 * uploader or one channel and sorted as requested. {@code page} counts from zero and
	 * {@code perPage} is the number of entries per page.
	 *
	 * <p>
	 * Minimum server version: 5.22.
	 * @param page zero-based page number
	 * @param perPage how many items a page holds
	 * @param options filters and sort order: uploader, channel, whether deleted files
	 * count, sort field ({@code CreateAt} or {@code Size}) and direction ({@code asc} or
	 * {@code desc})
	 * @return the file metadata on the requested page, possibly empty
	 * @throws PluginApiException when the call fails for any other reason
	 */
	List<FileInfo> getFileInfos(int page, int perPage, GetFileInfosOptions options);

	/**
	 * Streams every item of {@link #getFileInfos(int, int, GetFileInfosOptions)}, one
	 * page at a time: a page of {@code pageSize} items is fetched only when the stream
	 * needs it, and paging stops after the first page that is not full.
	 *
	 * <p>
	 * Each page is one call, made by the thread that consumes the stream; a failing call
	 * throws its {@link PluginApiException} from the stream operation that needed the
	 * page. Items added or removed while paging can shift between pages.
	 * @param options filters and sort order: uploader, channel, whether deleted files
	 * count, sort field ({@code CreateAt} or {@code Size}) and direction ({@code asc} or
	 * {@code desc})
	 * @param pageSize how many items each call asks for; at least 1
	 * @return a lazy stream of the items
	 * @throws IllegalArgumentException when {@code pageSize} is less than 1
	 */
	Stream<FileInfo> getFileInfosStream(GetFileInfosOptions options, int pageSize);

	/**
	 * Returns a public link to a file that anyone holding it can open without logging in.
	 * Works only when public links are enabled in the server's file settings and only for
	 * files already attached to a post.
	 *
	 * <p>
	 * When public links are disabled on the server the call fails with the base exception
	 * (HTTP status 501 in the error).
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param fileId the id of the file
	 * @return the public URL of the file
	 * @throws PluginApiNotFoundException when no file has that id
	 * @throws PluginApiValidationException when the file is not attached to a post
	 * @throws PluginApiException when the call fails for any other reason
	 */
	String getFileLink(String fileId);

	/**
	 * Duplicates the metadata of existing files, recording the given user as creator, and
	 * returns the ids of the copies in the same order. The stored file content is shared,
	 * not copied; the copies are not attached to any post and can be passed to a new
	 * post, which makes this the way to repost attachments.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param userId the id of the user recorded as creator of the copies
	 * @param fileIds the ids of the files to copy
	 * @return the ids of the new file metadata, in the order of the given ids
	 * @throws PluginApiNotFoundException when one of the ids names no file
	 * @throws PluginApiException when the call fails for any other reason
	 */
	List<String> copyFileInfos(String userId, List<String> fileIds);

	/**
	 * Replaces the text that full-text search indexes for a file, for example text a
	 * plugin extracted from a document the server cannot read itself.
	 *
	 * <p>
	 * Minimum server version: 9.1.
	 * @param fileId the id of the file
	 * @param content the text to index for the file
	 * @throws PluginApiException when the call fails for any other reason
	 */
	void setFileSearchableContent(String fileId, String content);

	/**
	 * Reads a file straight from the server's file store (the local data directory or the
	 * S3 bucket), by its path relative to the root of that store. It is not limited to
	 * attachments and does not check who may see the file, so it can read any stored
	 * object, such as a path taken from file metadata or an upload session.
	 *
	 * <p>
	 * A path that names no file is reported as a generic server error (base exception,
	 * HTTP status 500), not as not-found. The whole file arrives in a single response
	 * message.
	 *
	 * <p>
	 * Minimum server version: 5.3.
	 * @param path the path of the file relative to the root of the file store
	 * @return the content of the file
	 * @throws PluginApiException when the call fails for any other reason
	 */
	byte[] readFile(String path);

	/**
	 * Starts a resumable upload, whose content is then sent in one or more
	 * {@link #uploadData} calls. The caller supplies the session id (a new 26-character
	 * id), the type ({@code
	 * attachment} or {@code import}), the user, the channel for attachments, the file
	 * name and the total size; the server sets the storage path, the creation time and an
	 * offset of zero.
	 *
	 * <p>
	 * On this path the server does not compare the total size with its maximum file size
	 * (its REST API does), nor look the user up.
	 *
	 * <p>
	 * Minimum server version: 7.6.
	 * @param uploadSession the upload to start: id, type, user, channel, file name and
	 * total size in bytes
	 * @return the stored upload session, with its path and offset filled in
	 * @throws PluginApiValidationException when the session is missing or invalid, or its
	 * channel does not exist or is archived
	 * @throws PluginApiException when the call fails for any other reason
	 */
	UploadSession createUploadSession(UploadSession uploadSession);

	/**
	 * Returns an upload session by id, read from the primary database so that it reflects
	 * the latest {@link #uploadData}; {@code file_offset} tells how many bytes the server
	 * holds so far.
	 *
	 * <p>
	 * Minimum server version: 7.6.
	 * @param uploadId the id of the upload session
	 * @return the upload session
	 * @throws PluginApiNotFoundException when no upload session has that id
	 * @throws PluginApiException when the call fails for any other reason
	 */
	UploadSession getUploadSession(String uploadId);

	/**
	 * Appends the next chunk of content to a resumable upload. The {@code file_offset} of
	 * the given session must equal the number of bytes the server already holds, so pass
	 * a freshly read session (or advance the offset yourself after each chunk); bytes
	 * beyond the announced total size are ignored. Once the last byte arrives the server
	 * creates the file, runs the upload hooks and deletes the session.
	 *
	 * <p>
	 * The server accepts at most 4 MiB per request, so each chunk must stay below that. A
	 * successful call that does not complete the upload returns no file metadata and no
	 * error.
	 *
	 * <p>
	 * The first chunk must hold at least 5 MiB ({@code app.minFirstPartSize}) or the whole
	 * file, else the call fails with the HTTP status 400
	 * ({@code app.upload.upload_data.first_part_too_small.app_error}) and nothing is kept.
	 * Together with the 4 MiB request limit this means a session only works for a file sent
	 * whole in one chunk, below 4 MiB. The server takes the size, path and names from the
	 * session passed here, not from the stored one; only the offset is compared.
	 *
	 * <p>
	 * Minimum server version: 7.6.
	 * @param uploadSession the upload session being filled, with its current offset
	 * @param data the next bytes of the file
	 * @return the metadata of the finished file, or empty while the upload is
	 * still incomplete
	 * @throws PluginApiNotFoundException when the upload session does not exist
	 * @throws PluginApiValidationException when the session's offset does not match what
	 * the server holds
	 * @throws PluginApiUnavailableException when the request exceeds the server's 4 MiB
	 * message limit
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Optional<FileInfo> uploadData(UploadSession uploadSession, byte[] data);

}
