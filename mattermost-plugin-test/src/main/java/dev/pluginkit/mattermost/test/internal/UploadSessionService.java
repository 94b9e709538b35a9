package dev.pluginkit.mattermost.test.internal;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.google.protobuf.ByteString;

import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.CreateUploadSessionRequest;
import dev.pluginkit.mattermost.pluginapi.v1.CreateUploadSessionResponse;
import dev.pluginkit.mattermost.pluginapi.v1.FileInfo;
import dev.pluginkit.mattermost.pluginapi.v1.GetUploadSessionRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetUploadSessionResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.UploadDataRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UploadDataResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UploadSession;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;

/**
 * The in-memory server's part for resumable uploads: {@code CreateUploadSession},
 * {@code UploadData} and {@code GetUploadSession}. Unlike the other file RPCs, the server's
 * gRPC bridge reports their failures as a gRPC status (its upload session handlers pass the
 * error to {@code ErrorToStatus}).
 *
 * <p>Behaviour follows {@code App.CreateUploadSession}, {@code App.UploadData} and
 * {@code App.GetUploadSession} ({@code server/channels/app/upload.go}) and
 * {@code UploadSession.IsValid} ({@code server/public/model/upload_session.go}). The bytes
 * received so far are in the file store at the session's path (an import's under
 * {@code <path>.tmp} until it is complete), where {@code ReadFile} finds them. As on the
 * server, {@code UploadData} takes the session's size, path and names from the session the
 * plugin passes, not from the stored one; only the offset is compared.
 *
 * <p>Not modelled: the {@code FileWillBeUploaded} hooks, image previews and thumbnails,
 * content extraction, the restricted direct channel check (it needs
 * {@code RestrictDirectMessage = team}, and this server's configuration is the default),
 * and the lock against concurrent {@code UploadData} calls of one session (calls here are
 * serialised).
 */
public final class UploadSessionService implements PluginAPIGrpc.AsyncService {

	/** {@code app.minFirstPartSize}: a first chunk must be this large, or the whole file. */
	static final long MIN_FIRST_PART_SIZE = 5L * 1024 * 1024;

	/** The server's default {@code ImportSettings.Directory}, cleaned as {@code filepath.Clean} does. */
	private static final String IMPORT_DIRECTORY = "import";

	/** {@code model.IncompleteUploadSuffix}. */
	private static final String INCOMPLETE_SUFFIX = ".tmp";

	private final FakeData data;

	/**
	 * Creates the part over the server's data.
	 * @param data the shared data
	 */
	public UploadSessionService(FakeData data) {
		this.data = data;
	}

	@Override
	public void createUploadSession(CreateUploadSessionRequest request,
			StreamObserver<CreateUploadSessionResponse> responseObserver) {
		if (!request.hasUploadSession()) {
			responseObserver
				.onError(Status.INVALID_ARGUMENT.withDescription("upload_session is required").asRuntimeException());
			return;
		}
		synchronized (this.data.lock()) {
			long now = this.data.now();
			UploadSession.Builder session = request.getUploadSession().toBuilder().setFileOffset(0).setCreateAt(now);
			if (session.getType().equals("attachment")) {
				session.setPath(FileService.DAY.format(Instant.ofEpochMilli(now)) + "/teams/noteam/channels/"
						+ session.getChannelId() + "/users/" + session.getUserId() + "/" + session.getId() + "/"
						+ FileService.baseName(session.getFilename()));
			}
			else if (session.getType().equals("import")) {
				session.setPath(IMPORT_DIRECTORY + "/" + session.getId() + "_" + FileService.baseName(session.getFilename()));
			}
			StatusRuntimeException invalid = validate(session.build());
			if (invalid == null && session.getType().equals("attachment")) {
				Channel channel = this.data.channels.get(session.getChannelId());
				if (channel == null) {
					invalid = ServerErrors.status(400, "app.upload.create.incorrect_channel_id.app_error",
							"Unable to upload the file. Incorrect channel ID: " + session.getChannelId() + ".");
				}
				else if (channel.getDeleteAt() != 0) {
					invalid = ServerErrors.status(400, "app.upload.create.cannot_upload_to_deleted_channel.app_error",
							"Cannot upload to a deleted channel.");
				}
			}
			if (invalid == null && sessions(this.data).containsKey(session.getId())) {
				// The store's insert fails on the primary key; the app reports any store error
				// of Save as this 500.
				invalid = ServerErrors.status(500, "app.upload.create.save.app_error",
						"Failed to save the upload.");
			}
			if (invalid != null) {
				responseObserver.onError(invalid);
				return;
			}
			UploadSession saved = session.build();
			sessions(this.data).put(saved.getId(), saved);
			reply(responseObserver, CreateUploadSessionResponse.newBuilder().setUploadSession(saved).build());
		}
	}

	@Override
	public void getUploadSession(GetUploadSessionRequest request,
			StreamObserver<GetUploadSessionResponse> responseObserver) {
		UploadSession session = sessions(this.data).get(request.getUploadId());
		if (session == null) {
			responseObserver.onError(notFound());
			return;
		}
		reply(responseObserver, GetUploadSessionResponse.newBuilder().setUploadSession(session).build());
	}

	@Override
	public void uploadData(UploadDataRequest request, StreamObserver<UploadDataResponse> responseObserver) {
		if (!request.hasUploadSession()) {
			responseObserver
				.onError(Status.INVALID_ARGUMENT.withDescription("upload_session is required").asRuntimeException());
			return;
		}
		synchronized (this.data.lock()) {
			UploadSession given = request.getUploadSession();
			UploadSession stored = sessions(this.data).get(given.getId());
			if (stored == null) {
				responseObserver.onError(notFound());
				return;
			}
			if (given.getFileOffset() != stored.getFileOffset()) {
				responseObserver.onError(concurrent());
				return;
			}
			boolean importing = given.getType().equals("import");
			String uploadPath = importing ? given.getPath() + INCOMPLETE_SUFFIX : given.getPath();
			String key = FileService.storeKey(uploadPath);
			// An io.LimitedReader: never more than the announced size.
			long room = Math.max(0, given.getFileSize() - given.getFileOffset());
			ByteString chunk = request.getData().substring(0, (int) Math.min(room, request.getData().size()));
			long written = 0;
			if (given.getFileOffset() == 0) {
				written = chunk.size();
				if (written < MIN_FIRST_PART_SIZE && written != given.getFileSize()) {
					responseObserver.onError(ServerErrors.status(400,
							"app.upload.upload_data.first_part_too_small.app_error",
							"Unable to upload the first part of the file: it must be at least " + MIN_FIRST_PART_SIZE
									+ " bytes, or the whole file."));
					return;
				}
				this.data.fileContents.put(key, chunk);
			}
			else if (given.getFileOffset() < given.getFileSize()) {
				written = chunk.size();
				this.data.fileContents.put(key, this.data.fileContents.getOrDefault(key, ByteString.EMPTY).concat(chunk));
			}
			UploadSession session = given;
			if (written > 0) {
				session = given.toBuilder().setFileOffset(given.getFileOffset() + written).build();
				if (validate(session) != null) {
					// The store's Update validates the session; the app reports its failure
					// as this 500.
					responseObserver.onError(ServerErrors.status(500, "app.upload.upload_data.update.app_error",
							"Failed to update the upload session."));
					return;
				}
				sessions(this.data).put(session.getId(), session);
			}
			if (session.getFileOffset() != session.getFileSize()) {
				reply(responseObserver, UploadDataResponse.getDefaultInstance());
				return;
			}
			Object finished = finish(session, key);
			if (finished instanceof StatusRuntimeException failure) {
				responseObserver.onError(failure);
				return;
			}
			reply(responseObserver, UploadDataResponse.newBuilder().setFileInfo((FileInfo) finished).build());
		}
	}

	/**
	 * The end of {@code App.UploadData}: the file's metadata is generated from the content
	 * and saved, and the session deleted.
	 * @return the saved file metadata, or the failure
	 */
	private Object finish(UploadSession session, String key) {
		ByteString content = this.data.fileContents.getOrDefault(key, ByteString.EMPTY);
		String name = FileService.baseName(session.getFilename());
		if (name.equals(".") || name.equals("..") || name.equals("/")) {
			// genFileInfoFromReader: model.SanitizeFilename leaves no name.
			return genInfoFailed();
		}
		String extension = FileService.extension(name);
		String mimeType = FileService.MIME_TYPES.getOrDefault(extension, "");
		FileInfo.Builder info = FileInfo.newBuilder()
			.setName(name)
			.setExtension(extension.isEmpty() ? "" : extension.substring(1))
			.setMimeType(mimeType)
			.setSize(session.getFileSize());
		if (mimeType.startsWith("image")) {
			FileService.readImageSize(content, info);
			// genFileInfoFromReader decodes the header of every image type and fails when it
			// does not decode (an SVG too, as far as the code reads; not confirmed by a server
			// test); it sets no preview flag.
			info.setHasPreviewImage(false);
			if (info.getWidth() == 0) {
				return genInfoFailed();
			}
			if (!mimeType.equals("image/svg+xml")
					&& (long) info.getWidth() * info.getHeight() > FileService.MAX_IMAGE_RESOLUTION) {
				return ServerErrors.status(400, "app.upload.upload_data.large_image.app_error",
						"File above maximum dimensions could not be uploaded: " + session.getFilename());
			}
		}
		long now = this.data.now();
		String id = session.getReqFileId().isEmpty() ? Ids.newId() : session.getReqFileId();
		info.setId(id)
			.setCreatorId(session.getUserId())
			.setChannelId(session.getChannelId())
			.setRemoteId(session.getRemoteId())
			.setCreateAt(now)
			.setUpdateAt(now);
		// FileInfo.IsValid in the store's Save.
		if (!Ids.isValid(id)) {
			return ServerErrors.status(400, "model.file_info.is_valid.id.app_error", "Invalid Id.");
		}
		if (!Ids.isValid(session.getUserId()) && !session.getUserId().equals(FileService.NO_USER)) {
			return ServerErrors.status(400, "model.file_info.is_valid.user_id.app_error", "Invalid value for user_id.");
		}
		if (session.getType().equals("import")) {
			this.data.fileContents.remove(key);
			this.data.fileContents.put(FileService.storeKey(session.getPath()), content);
		}
		FileInfo saved = info.build();
		this.data.fileInfos.put(id, saved);
		this.data.fileContents.put(id, content);
		FileService.recordPath(this.data, id, session.getPath());
		sessions(this.data).remove(session.getId());
		return saved;
	}

	/**
	 * {@code UploadSession.IsValid}, in its order.
	 * @return the failure, or {@code null}
	 */
	private static StatusRuntimeException validate(UploadSession session) {
		String field = null;
		if (!Ids.isValid(session.getId())) {
			field = "id";
		}
		else if (!session.getType().equals("attachment") && !session.getType().equals("import")) {
			field = "type";
		}
		else if (!Ids.isValid(session.getUserId()) && !session.getUserId().equals(FileService.NO_USER)) {
			field = "user_id";
		}
		else if (session.getType().equals("attachment") && !Ids.isValid(session.getChannelId())) {
			field = "channel_id";
		}
		else if (session.getCreateAt() == 0) {
			field = "create_at";
		}
		else if (session.getFilename().isEmpty()) {
			field = "filename";
		}
		else if (session.getFileSize() <= 0) {
			field = "file_size";
		}
		else if (session.getFileOffset() < 0 || session.getFileOffset() > session.getFileSize()) {
			field = "file_offset";
		}
		else if (session.getPath().isEmpty()) {
			field = "path";
		}
		return (field != null) ? ServerErrors.status(400, "model.upload_session.is_valid." + field + ".app_error",
				"Invalid upload session: " + field + ".") : null;
	}

	private static StatusRuntimeException notFound() {
		return ServerErrors.status(404, "app.upload.get.app_error", "Failed to get the upload.");
	}

	private static StatusRuntimeException concurrent() {
		return ServerErrors.status(400, "app.upload.upload_data.concurrent.app_error",
				"Unable to upload data from more than one request.");
	}

	private static StatusRuntimeException genInfoFailed() {
		return ServerErrors.status(500, "app.upload.upload_data.gen_info.app_error",
				"Failed to generate file info from uploaded data.");
	}

	private static Map<String, UploadSession> sessions(FakeData data) {
		return data.partState(Sessions.class, Sessions::new).byId;
	}

	private static <T> void reply(StreamObserver<T> responseObserver, T response) {
		responseObserver.onNext(response);
		responseObserver.onCompleted();
	}

	/** The upload sessions not yet complete, by id. */
	private static final class Sessions {

		private final Map<String, UploadSession> byId = new ConcurrentHashMap<>();

	}

}
