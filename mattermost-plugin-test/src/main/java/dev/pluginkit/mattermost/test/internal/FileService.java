package dev.pluginkit.mattermost.test.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import com.google.protobuf.ByteString;

import dev.pluginkit.mattermost.pluginapi.v1.AppError;
import dev.pluginkit.mattermost.pluginapi.v1.CopyFileInfosRequest;
import dev.pluginkit.mattermost.pluginapi.v1.CopyFileInfosResponse;
import dev.pluginkit.mattermost.pluginapi.v1.FileInfo;
import dev.pluginkit.mattermost.pluginapi.v1.GetFileInfoRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetFileInfoResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetFileInfosOptions;
import dev.pluginkit.mattermost.pluginapi.v1.GetFileInfosRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetFileInfosResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetFileLinkRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetFileLinkResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetFileRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetFileResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.ReadFileRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ReadFileResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UploadFileRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UploadFileResponse;
import io.grpc.stub.StreamObserver;

/**
 * The in-memory server's part for files and uploads. Like the server's file handlers it
 * reports failures as an {@link AppError} in field 1 of the response.
 *
 * <p>Uploads follow the server's {@code App.UploadFile} (app/file.go): the file has no
 * creating user ({@code creator_id} is {@code nouser}), its {@code channel_id} stays empty
 * until a post takes it (the server does not set it on upload), and its content is written
 * to the file store under
 * {@code <yyyyMMdd>/teams/noteam/channels/<channel id>/users/nouser/<file id>/<name>}, the
 * date being the upload time (UTC here, the server's local time on a real server).
 *
 * <p>{@link FakeData#fileContents} holds the content of every uploaded file by file id,
 * and the file store, that {@code ReadFile} reads, under {@link #storeKey(String)} of each
 * path: the two kinds of key cannot collide, and {@link FakeData#clear()} forgets both.
 */
public final class FileService implements PluginAPIGrpc.AsyncService {

	/** The creator of files uploaded through the plugin API ({@code App.UploadFile}). */
	static final String NO_USER = "nouser";

	/** The prefix of a file store path's key in {@link FakeData#fileContents}. */
	private static final String STORE_KEY_PREFIX = "store:";

	/** The server's default {@code FileSettings.MaxImageResolution}, in pixels. */
	static final long MAX_IMAGE_RESOLUTION = 7680L * 4320L;

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

	/**
	 * The MIME types of Go's {@code mime.TypeByExtension}: its built-in table, plus common
	 * entries of the system's {@code mime.types} that a Linux server also loads; an
	 * extension not listed has no MIME type, as on a server without that entry.
	 */
	static final Map<String, String> MIME_TYPES = Map.ofEntries(Map.entry(".avif", "image/avif"),
			Map.entry(".css", "text/css; charset=utf-8"), Map.entry(".gif", "image/gif"),
			Map.entry(".htm", "text/html; charset=utf-8"), Map.entry(".html", "text/html; charset=utf-8"),
			Map.entry(".jpeg", "image/jpeg"), Map.entry(".jpg", "image/jpeg"),
			Map.entry(".js", "text/javascript; charset=utf-8"), Map.entry(".json", "application/json"),
			Map.entry(".mjs", "text/javascript; charset=utf-8"), Map.entry(".pdf", "application/pdf"),
			Map.entry(".png", "image/png"), Map.entry(".svg", "image/svg+xml"), Map.entry(".wasm", "application/wasm"),
			Map.entry(".webp", "image/webp"), Map.entry(".xml", "text/xml; charset=utf-8"),
			Map.entry(".txt", "text/plain; charset=utf-8"), Map.entry(".csv", "text/csv; charset=utf-8"),
			Map.entry(".md", "text/markdown; charset=utf-8"), Map.entry(".zip", "application/zip"),
			Map.entry(".gz", "application/gzip"), Map.entry(".bmp", "image/bmp"), Map.entry(".mp3", "audio/mpeg"),
			Map.entry(".mp4", "video/mp4"), Map.entry(".doc", "application/msword"),
			Map.entry(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
			Map.entry(".xls", "application/vnd.ms-excel"),
			Map.entry(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

	private final FakeData data;

	/**
	 * Creates the part over the server's data.
	 * @param data the shared data
	 */
	public FileService(FakeData data) {
		this.data = data;
	}

	@Override
	public void uploadFile(UploadFileRequest request, StreamObserver<UploadFileResponse> responseObserver) {
		Upload upload = upload(this.data, request.getChannelId(), request.getFilename(), request.getData());
		UploadFileResponse.Builder response = UploadFileResponse.newBuilder();
		if (upload.error() != null) {
			response.setError(upload.error());
		}
		else {
			response.setFileInfo(upload.fileInfo());
		}
		reply(responseObserver, response.build());
	}

	@Override
	public void getFileInfo(GetFileInfoRequest request, StreamObserver<GetFileInfoResponse> responseObserver) {
		FileInfo info = liveFileInfo(request.getFileId());
		GetFileInfoResponse.Builder response = GetFileInfoResponse.newBuilder();
		if (info == null) {
			response.setError(fileInfoNotFound());
		}
		else {
			response.setFileInfo(info);
		}
		reply(responseObserver, response.build());
	}

	@Override
	public void getFile(GetFileRequest request, StreamObserver<GetFileResponse> responseObserver) {
		FileInfo info = liveFileInfo(request.getFileId());
		ByteString content = (info != null) ? this.data.fileContents.get(info.getId()) : null;
		GetFileResponse.Builder response = GetFileResponse.newBuilder();
		if (info == null) {
			response.setError(fileInfoNotFound());
		}
		else if (content == null) {
			response.setError(readFileFailed());
		}
		else {
			response.setData(content);
		}
		reply(responseObserver, response.build());
	}

	/**
	 * {@code App.CopyFileInfos} ({@code server/channels/app/file.go}): each file's metadata
	 * is saved again under a new id, with the given user as creator, the clock's time as
	 * creation and update time, and neither post nor channel; the copy points at the same
	 * stored content. The first file that is missing or deleted fails the call with 404
	 * {@code app.file_info.get.app_error}, keeping the copies made before it; a user id that
	 * cannot be an id fails {@code FileInfo.IsValid} with 400
	 * {@code model.file_info.is_valid.user_id.app_error}. The user is not looked up.
	 */
	@Override
	public void copyFileInfos(CopyFileInfosRequest request, StreamObserver<CopyFileInfosResponse> responseObserver) {
		CopyFileInfosResponse.Builder response = CopyFileInfosResponse.newBuilder();
		synchronized (this.data.lock()) {
			long now = this.data.now();
			List<String> copies = new ArrayList<>();
			for (String fileId : request.getFileIdsList()) {
				FileInfo info = liveFileInfo(fileId);
				if (info == null) {
					reply(responseObserver, response.setError(ServerErrors.appError(404, "app.file_info.get.app_error",
							"Unable to get the file info.", "CopyFileInfos")).build());
					return;
				}
				String userId = request.getUserId();
				if (!Ids.isValid(userId) && !userId.equals(NO_USER)) {
					reply(responseObserver, response.setError(ServerErrors.appError(400,
							"model.file_info.is_valid.user_id.app_error", "Invalid value for user_id.", "FileInfo.IsValid"))
						.build());
					return;
				}
				FileInfo copy = info.toBuilder()
					.setId(Ids.newId())
					.setCreatorId(userId)
					.setCreateAt(now)
					.setUpdateAt(now)
					.setPostId("")
					.setChannelId("")
					.build();
				this.data.fileInfos.put(copy.getId(), copy);
				String path = pathOf(this.data, info.getId());
				if (path != null) {
					paths(this.data).byFileId.put(copy.getId(), path);
				}
				ByteString content = this.data.fileContents.get(info.getId());
				if (content != null) {
					this.data.fileContents.put(copy.getId(), content);
				}
				copies.add(copy.getId());
			}
			reply(responseObserver, response.addAllFileIds(copies).build());
		}
	}

	@Override
	public void getFileInfos(GetFileInfosRequest request, StreamObserver<GetFileInfosResponse> responseObserver) {
		GetFileInfosResponse.Builder response = GetFileInfosResponse.newBuilder();
		int page = request.getPage();
		int perPage = request.getPerPage();
		GetFileInfosOptions options = request.getOptions();
		String sortBy = options.getSortBy().isEmpty() ? "CreateAt" : options.getSortBy();
		// store.GetWithOptions: ErrLimitExceeded for a negative perPage or page, nothing
		// for perPage 0, ErrInvalidInput for an unknown sort; app.GetFileInfos turns both
		// errors into this 400.
		if (perPage < 0 || page < 0 || (perPage > 0 && !sortBy.equals("CreateAt") && !sortBy.equals("Size"))) {
			response.setError(ServerErrors.appError(400, "app.file_info.get_with_options.app_error",
					"Unable to get the file infos with options.", "GetFileInfos"));
		}
		else if (perPage > 0) {
			Comparator<FileInfo> order = sortBy.equals("Size") ? Comparator.comparingLong(FileInfo::getSize)
					: Comparator.comparingLong(FileInfo::getCreateAt);
			if ("desc".equals(options.getSortOrder())) {
				order = order.reversed();
			}
			order = order.thenComparing(FileInfo::getId);
			this.data.fileInfos.values()
				.stream()
				.filter((info) -> options.getUserId().isEmpty() || options.getUserId().equals(info.getCreatorId()))
				.filter((info) -> options.getChannelId().isEmpty()
						|| options.getChannelId().equals(info.getChannelId()))
				.filter((info) -> options.getIncludeDeleted() || info.getDeleteAt() == 0)
				.sorted(order)
				.skip((long) perPage * page)
				.limit(perPage)
				.forEach(response::addFileInfos);
		}
		reply(responseObserver, response.build());
	}

	@Override
	public void getFileLink(GetFileLinkRequest request, StreamObserver<GetFileLinkResponse> responseObserver) {
		// PluginAPI.GetFileLink checks FileSettings.EnablePublicLink first, before looking
		// the file up; public links are off in the server's default configuration.
		reply(responseObserver, GetFileLinkResponse.newBuilder()
			.setError(ServerErrors.appError(501, "plugin_api.get_file_link.disabled.app_error",
					"Public links have been disabled.", "GetFileLink"))
			.build());
	}

	@Override
	public void readFile(ReadFileRequest request, StreamObserver<ReadFileResponse> responseObserver) {
		ByteString content = this.data.fileContents.get(storeKey(request.getPath()));
		ReadFileResponse.Builder response = ReadFileResponse.newBuilder();
		if (content == null) {
			response.setError(readFileFailed());
		}
		else {
			response.setData(content);
		}
		reply(responseObserver, response.build());
	}

	/**
	 * The outcome of an upload: the stored file's metadata, or the error the server answers.
	 * @param fileInfo the metadata, or {@code null} on failure
	 * @param error the error, or {@code null} on success
	 */
	public record Upload(FileInfo fileInfo, AppError error) {
	}

	/**
	 * Stores a file as the server's {@code UploadFile} does, with the same validation.
	 * @param data the shared data
	 * @param channelId the channel the file is meant for; empty for none
	 * @param rawFilename the file name as given; only its last path element is kept
	 * @param content the content
	 * @return the stored file's metadata, or the server's error
	 */
	public static Upload upload(FakeData data, String channelId, String rawFilename, ByteString content) {
		// app.UploadFile: any failure of GetChannel for a non-empty id is this 400.
		if (!channelId.isEmpty() && !data.channels.containsKey(channelId)) {
			return new Upload(null, ServerErrors.appError(400, "api.file.upload_file.incorrect_channelId.app_error",
					"Unable to upload the file. Incorrect channel ID: " + channelId, "UploadFile"));
		}
		String filename = baseName(rawFilename);
		String extension = extension(filename);
		String mimeType = MIME_TYPES.getOrDefault(extension, "");
		FileInfo.Builder info = FileInfo.newBuilder()
			.setName(filename)
			.setExtension(extension.isEmpty() ? "" : extension.substring(1))
			.setSize(content.size())
			.setMimeType(mimeType);
		if (mimeType.startsWith("image") && !mimeType.equals("image/svg+xml")) {
			readImageSize(content, info);
			if ((long) info.getWidth() * info.getHeight() > MAX_IMAGE_RESOLUTION) {
				return new Upload(null, ServerErrors.appError(400, "api.file.upload_file.large_image.app_error",
						"File above maximum dimensions could not be uploaded: " + filename, "uploadFile"));
			}
		}
		long now = data.now();
		String id = Ids.newId();
		// model.FileInfo.PreSave: update_at follows create_at, remote_id becomes "".
		info.setId(id).setCreatorId(NO_USER).setCreateAt(now).setUpdateAt(now).setRemoteId("");
		String path = DAY.format(Instant.ofEpochMilli(now)) + "/teams/noteam/channels/" + baseName(channelId)
				+ "/users/nouser/" + id + "/" + filename;
		// A name that is no file name ("" becomes ".", or "..", "/") leaves a path that ends
		// in a directory: the file store cannot open it for writing, and app.WriteFile
		// answers this 500. Derived from the code path (filepath.Base, then the local
		// store's OpenFile under os.Root); not confirmed by a server test.
		if (filename.equals(".") || filename.equals("..") || filename.equals("/")) {
			return new Upload(null, ServerErrors.appError(500, "api.file.write_file.app_error",
					"Encountered an error writing to the file store.", "WriteFile"));
		}
		FileInfo stored = info.build();
		synchronized (data.lock()) {
			data.fileContents.put(storeKey(path), content);
			data.fileContents.put(id, content);
			data.fileInfos.put(id, stored);
		}
		return new Upload(stored, null);
	}

	/**
	 * Returns the key under which {@link FakeData#fileContents} keeps a path of the file
	 * store.
	 * @param path the path, relative to the root of the file store
	 * @return the key
	 */
	public static String storeKey(String path) {
		return STORE_KEY_PREFIX + path;
	}

	/**
	 * Returns the file store path of an uploaded file.
	 * @param data the shared data
	 * @param fileId the file's id
	 * @return the path, or {@code null} when no file has that id
	 */
	public static String pathOf(FakeData data, String fileId) {
		FileInfo info = data.fileInfos.get(fileId);
		if (info == null) {
			return null;
		}
		// A copy keeps the path of the file it was copied from, and a file of an upload
		// session has the session's path.
		String known = paths(data).byFileId.get(fileId);
		if (known != null) {
			return known;
		}
		String suffix = "/" + fileId + "/" + info.getName();
		try (Stream<String> keys = data.fileContents.keySet().stream()) {
			return keys.filter((key) -> key.startsWith(STORE_KEY_PREFIX) && key.endsWith(suffix))
				.map((key) -> key.substring(STORE_KEY_PREFIX.length()))
				.findFirst()
				.orElse(null);
		}
	}

	private FileInfo liveFileInfo(String fileId) {
		FileInfo info = this.data.fileInfos.get(fileId);
		// The store's Get only finds files that are not deleted.
		return (info != null && info.getDeleteAt() == 0) ? info : null;
	}

	private static AppError fileInfoNotFound() {
		return ServerErrors.appError(404, "app.file_info.get.app_error", "Unable to get the file info.",
				"GetFileInfo");
	}

	private static AppError readFileFailed() {
		// Server.ReadFile: any failure of the file backend, a missing file included.
		return ServerErrors.appError(500, "api.file.read_file.app_error",
				"Encountered an error reading from the file store.", "ReadFile");
	}

	/** Go's {@code filepath.Base} for {@code /}-separated paths. */
	static String baseName(String path) {
		if (path.isEmpty()) {
			return ".";
		}
		String trimmed = path;
		while (trimmed.length() > 1 && trimmed.endsWith("/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		if (trimmed.equals("/")) {
			return "/";
		}
		return trimmed.substring(trimmed.lastIndexOf('/') + 1);
	}

	/** Go's {@code strings.ToLower(filepath.Ext(name))}: from the last dot, or empty. */
	static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return (dot >= 0) ? name.substring(dot).toLowerCase(Locale.ROOT) : "";
	}

	static void readImageSize(ByteString content, FileInfo.Builder info) {
		// getInfoForBytes: width and height only when the image decodes; a preview exists
		// for any decodable image except an animated GIF.
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content.toByteArray()))) {
			Iterator<ImageReader> readers = (input != null) ? ImageIO.getImageReaders(input) : null;
			if (readers == null || !readers.hasNext()) {
				return;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input);
				info.setWidth(reader.getWidth(0)).setHeight(reader.getHeight(0));
				boolean animated = info.getMimeType().equals("image/gif") && reader.getNumImages(true) > 1;
				info.setHasPreviewImage(!animated);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			info.clearWidth().clearHeight().clearHasPreviewImage();
		}
	}

	private static <T> void reply(StreamObserver<T> responseObserver, T response) {
		responseObserver.onNext(response);
		responseObserver.onCompleted();
	}


	/**
	 * Records the file store path of a file whose path does not end in its own id.
	 * @param data the shared data
	 * @param fileId the file id
	 * @param path the path
	 */
	static void recordPath(FakeData data, String fileId, String path) {
		paths(data).byFileId.put(fileId, path);
	}

	private static Paths paths(FakeData data) {
		return data.partState(Paths.class, Paths::new);
	}

	/**
	 * The paths of the files whose path does not end in their own id: copies made by
	 * {@code CopyFileInfos} and the files of upload sessions.
	 */
	private static final class Paths {

		private final Map<String, String> byFileId = new ConcurrentHashMap<>();

	}

}
