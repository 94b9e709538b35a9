package dev.pluginkit.mattermost.client.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import com.google.protobuf.ByteString;
import dev.pluginkit.mattermost.client.AsyncFileOperations;
import dev.pluginkit.mattermost.client.FileOperations;
import dev.pluginkit.mattermost.pluginapi.v1.CopyFileInfosRequest;
import dev.pluginkit.mattermost.pluginapi.v1.CopyFileInfosResponse;
import dev.pluginkit.mattermost.pluginapi.v1.CreateUploadSessionRequest;
import dev.pluginkit.mattermost.pluginapi.v1.CreateUploadSessionResponse;
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
import dev.pluginkit.mattermost.pluginapi.v1.GetUploadSessionRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetUploadSessionResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.ReadFileRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ReadFileResponse;
import dev.pluginkit.mattermost.pluginapi.v1.SetFileSearchableContentRequest;
import dev.pluginkit.mattermost.pluginapi.v1.SetFileSearchableContentResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UploadDataRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UploadDataResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UploadFileRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UploadFileResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UploadSession;

/**
 * The file domain: its calls, described once, and the blocking and asynchronous parts
 * that the two clients mix in.
 */
final class FileCalls {

	static UnaryCall<UploadFileRequest, UploadFileResponse, FileInfo> uploadFile(byte[] data, String channelId,
			String filename) {
		UploadFileRequest request = UploadFileRequest.newBuilder()
			.setData(ByteString.copyFrom(Arguments.required(data, "data")))
			.setChannelId(Arguments.required(channelId, "channelId"))
			.setFilename(Arguments.required(filename, "filename"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getUploadFileMethod(), request, UploadFileResponse::getError,
				UploadFileResponse::getFileInfo);
	}

	static UnaryCall<GetFileRequest, GetFileResponse, byte[]> getFile(String fileId) {
		GetFileRequest request = GetFileRequest.newBuilder().setFileId(Arguments.required(fileId, "fileId")).build();
		return UnaryCall.of(PluginAPIGrpc.getGetFileMethod(), request, GetFileResponse::getError,
				(response) -> response.getData().toByteArray());
	}

	static UnaryCall<GetFileInfoRequest, GetFileInfoResponse, FileInfo> getFileInfo(String fileId) {
		GetFileInfoRequest request = GetFileInfoRequest.newBuilder()
			.setFileId(Arguments.required(fileId, "fileId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetFileInfoMethod(), request, GetFileInfoResponse::getError,
				GetFileInfoResponse::getFileInfo);
	}

	static UnaryCall<GetFileInfosRequest, GetFileInfosResponse, List<FileInfo>> getFileInfos(int page, int perPage,
			GetFileInfosOptions options) {
		GetFileInfosRequest request = GetFileInfosRequest.newBuilder()
			.setPage(page)
			.setPerPage(perPage)
			.setOptions(Arguments.required(options, "options"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetFileInfosMethod(), request, GetFileInfosResponse::getError,
				GetFileInfosResponse::getFileInfosList);
	}

	static UnaryCall<GetFileLinkRequest, GetFileLinkResponse, String> getFileLink(String fileId) {
		GetFileLinkRequest request = GetFileLinkRequest.newBuilder()
			.setFileId(Arguments.required(fileId, "fileId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetFileLinkMethod(), request, GetFileLinkResponse::getError,
				GetFileLinkResponse::getLink);
	}

	static UnaryCall<CopyFileInfosRequest, CopyFileInfosResponse, List<String>> copyFileInfos(String userId,
			List<String> fileIds) {
		CopyFileInfosRequest request = CopyFileInfosRequest.newBuilder()
			.setUserId(Arguments.required(userId, "userId"))
			.addAllFileIds(Arguments.elements(fileIds, "fileIds"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getCopyFileInfosMethod(), request, CopyFileInfosResponse::getError,
				CopyFileInfosResponse::getFileIdsList);
	}

	static UnaryCall<SetFileSearchableContentRequest, SetFileSearchableContentResponse, Void> setFileSearchableContent(
			String fileId, String content) {
		SetFileSearchableContentRequest request = SetFileSearchableContentRequest.newBuilder()
			.setFileId(Arguments.required(fileId, "fileId"))
			.setContent(Arguments.required(content, "content"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getSetFileSearchableContentMethod(), request,
				SetFileSearchableContentResponse::getError);
	}

	static UnaryCall<ReadFileRequest, ReadFileResponse, byte[]> readFile(String path) {
		ReadFileRequest request = ReadFileRequest.newBuilder().setPath(Arguments.required(path, "path")).build();
		return UnaryCall.of(PluginAPIGrpc.getReadFileMethod(), request, ReadFileResponse::getError,
				(response) -> response.getData().toByteArray());
	}

	static UnaryCall<CreateUploadSessionRequest, CreateUploadSessionResponse, UploadSession> createUploadSession(
			UploadSession uploadSession) {
		CreateUploadSessionRequest request = CreateUploadSessionRequest.newBuilder()
			.setUploadSession(Arguments.required(uploadSession, "uploadSession"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getCreateUploadSessionMethod(), request,
				CreateUploadSessionResponse::getError, CreateUploadSessionResponse::getUploadSession);
	}

	static UnaryCall<GetUploadSessionRequest, GetUploadSessionResponse, UploadSession> getUploadSession(
			String uploadId) {
		GetUploadSessionRequest request = GetUploadSessionRequest.newBuilder()
			.setUploadId(Arguments.required(uploadId, "uploadId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetUploadSessionMethod(), request, GetUploadSessionResponse::getError,
				GetUploadSessionResponse::getUploadSession);
	}

	static UnaryCall<UploadDataRequest, UploadDataResponse, Optional<FileInfo>> uploadData(UploadSession uploadSession,
			byte[] data) {
		UploadDataRequest request = UploadDataRequest.newBuilder()
			.setUploadSession(Arguments.required(uploadSession, "uploadSession"))
			.setData(ByteString.copyFrom(Arguments.required(data, "data")))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getUploadDataMethod(), request, UploadDataResponse::getError,
				(response) -> response.hasFileInfo() ? Optional.of(response.getFileInfo()) : Optional.empty());
	}

	private FileCalls() {
	}

	interface Blocking extends FileOperations, BlockingCalls {

		@Override
		default FileInfo uploadFile(byte[] data, String channelId, String filename) {
			return execute(FileCalls.uploadFile(data, channelId, filename));
		}

		@Override
		default byte[] getFile(String fileId) {
			return execute(FileCalls.getFile(fileId));
		}

		@Override
		default FileInfo getFileInfo(String fileId) {
			return execute(FileCalls.getFileInfo(fileId));
		}

		@Override
		default List<FileInfo> getFileInfos(int page, int perPage, GetFileInfosOptions options) {
			return execute(FileCalls.getFileInfos(page, perPage, options));
		}

		@Override
		default Stream<FileInfo> getFileInfosStream(GetFileInfosOptions options, int pageSize) {
			return Paging.stream(pageSize, (page) -> execute(FileCalls.getFileInfos(page, pageSize, options)));
		}

		@Override
		default String getFileLink(String fileId) {
			return execute(FileCalls.getFileLink(fileId));
		}

		@Override
		default List<String> copyFileInfos(String userId, List<String> fileIds) {
			return execute(FileCalls.copyFileInfos(userId, fileIds));
		}

		@Override
		default void setFileSearchableContent(String fileId, String content) {
			execute(FileCalls.setFileSearchableContent(fileId, content));
		}

		@Override
		default byte[] readFile(String path) {
			return execute(FileCalls.readFile(path));
		}

		@Override
		default UploadSession createUploadSession(UploadSession uploadSession) {
			return execute(FileCalls.createUploadSession(uploadSession));
		}

		@Override
		default UploadSession getUploadSession(String uploadId) {
			return execute(FileCalls.getUploadSession(uploadId));
		}

		@Override
		default Optional<FileInfo> uploadData(UploadSession uploadSession, byte[] data) {
			return execute(FileCalls.uploadData(uploadSession, data));
		}

	}

	interface Async extends AsyncFileOperations, AsyncCalls {

		@Override
		default CompletableFuture<FileInfo> uploadFile(byte[] data, String channelId, String filename) {
			return executeAsync(FileCalls.uploadFile(data, channelId, filename));
		}

		@Override
		default CompletableFuture<byte[]> getFile(String fileId) {
			return executeAsync(FileCalls.getFile(fileId));
		}

		@Override
		default CompletableFuture<FileInfo> getFileInfo(String fileId) {
			return executeAsync(FileCalls.getFileInfo(fileId));
		}

		@Override
		default CompletableFuture<List<FileInfo>> getFileInfos(int page, int perPage, GetFileInfosOptions options) {
			return executeAsync(FileCalls.getFileInfos(page, perPage, options));
		}

		@Override
		default CompletableFuture<String> getFileLink(String fileId) {
			return executeAsync(FileCalls.getFileLink(fileId));
		}

		@Override
		default CompletableFuture<List<String>> copyFileInfos(String userId, List<String> fileIds) {
			return executeAsync(FileCalls.copyFileInfos(userId, fileIds));
		}

		@Override
		default CompletableFuture<Void> setFileSearchableContent(String fileId, String content) {
			return executeAsync(FileCalls.setFileSearchableContent(fileId, content));
		}

		@Override
		default CompletableFuture<byte[]> readFile(String path) {
			return executeAsync(FileCalls.readFile(path));
		}

		@Override
		default CompletableFuture<UploadSession> createUploadSession(UploadSession uploadSession) {
			return executeAsync(FileCalls.createUploadSession(uploadSession));
		}

		@Override
		default CompletableFuture<UploadSession> getUploadSession(String uploadId) {
			return executeAsync(FileCalls.getUploadSession(uploadId));
		}

		@Override
		default CompletableFuture<Optional<FileInfo>> uploadData(UploadSession uploadSession, byte[] data) {
			return executeAsync(FileCalls.uploadData(uploadSession, data));
		}

	}

}
