package dev.pluginkit.mattermost.client.fake;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.client.PluginApiException;
import dev.pluginkit.mattermost.client.PluginApiNotFoundException;
import dev.pluginkit.mattermost.client.PluginApiValidationException;
import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.FileInfo;
import dev.pluginkit.mattermost.pluginapi.v1.GetFileInfosOptions;
import dev.pluginkit.mattermost.pluginapi.v1.UploadSession;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import dev.pluginkit.mattermost.test.internal.Ids;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Files of the in-memory server, through {@link PluginAPIClient} over a socket: the file
 * handlers report failures as an {@code AppError} in the response.
 */
class InMemoryFilesTests {

	private static final byte[] CSV = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);

	private static final String UNKNOWN_ID = "ybndrfg8ejkmcpqxot1uwisza3";

	private InMemoryMattermost mattermost;

	private PluginAPIClient api;

	@BeforeEach
	void start() {
		this.mattermost = InMemoryMattermost.start();
		this.mattermost.clock().set(Instant.parse("2026-03-04T10:00:00Z"));
		this.api = PluginAPIClient.create(this.mattermost.newChannel());
	}

	@AfterEach
	void stop() {
		this.mattermost.close();
	}

	@Test
	void uploadStoresTheFileWithMetadataAsTheServerWritesIt() {
		FileInfo info = this.api.uploadFile(CSV, "", "Report.CSV");

		assertThat(info.getId()).hasSize(26);
		assertThat(info.getName()).isEqualTo("Report.CSV");
		assertThat(info.getExtension()).isEqualTo("csv");
		assertThat(info.getMimeType()).isEqualTo("text/csv; charset=utf-8");
		assertThat(info.getSize()).isEqualTo(CSV.length);
		assertThat(info.getCreatorId()).isEqualTo("nouser");
		assertThat(info.getChannelId()).isEmpty();
		assertThat(info.getPostId()).isEmpty();
		assertThat(info.getCreateAt()).isEqualTo(Instant.parse("2026-03-04T10:00:00Z").toEpochMilli());
		assertThat(info.getUpdateAt()).isEqualTo(info.getCreateAt());
		assertThat(this.mattermost.files().all()).containsExactly(info);
		assertThat(this.mattermost.files().content(info.getId())).hasValue(CSV);
	}

	@Test
	void uploadKeepsOnlyTheLastElementOfThePathAsName() {
		FileInfo info = this.api.uploadFile(CSV, "", "../../etc/notes.txt");

		assertThat(info.getName()).isEqualTo("notes.txt");
		assertThat(info.getMimeType()).isEqualTo("text/plain; charset=utf-8");
	}

	@Test
	void uploadOfAnUnknownTypeHasNoMimeType() {
		FileInfo info = this.api.uploadFile(CSV, "", "data.unknownext");

		assertThat(info.getExtension()).isEqualTo("unknownext");
		assertThat(info.getMimeType()).isEmpty();
	}

	@Test
	void uploadOfAnImageRecordsItsSize() throws Exception {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(3, 2,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", png);

		FileInfo info = this.api.uploadFile(png.toByteArray(), "", "pixel.png");

		assertThat(info.getMimeType()).isEqualTo("image/png");
		assertThat(info.getWidth()).isEqualTo(3);
		assertThat(info.getHeight()).isEqualTo(2);
		assertThat(info.getHasPreviewImage()).isTrue();
	}

	@Test
	void uploadToAnUnknownChannelFailsWithAnEmbeddedBadRequest() {
		assertThatExceptionOfType(PluginApiValidationException.class)
			.isThrownBy(() -> this.api.uploadFile(CSV, UNKNOWN_ID, "report.csv"))
			.satisfies((ex) -> {
				assertThat(ex.getErrorId()).isEqualTo("api.file.upload_file.incorrect_channelId.app_error");
				assertThat(ex.getHttpStatus()).isEqualTo(400);
			});
		assertThat(this.mattermost.files().all()).isEmpty();
	}

	@Test
	void uploadWithAnEmptyFilenameFailsToWriteTheFileStore() {
		assertThatExceptionOfType(PluginApiException.class).isThrownBy(() -> this.api.uploadFile(CSV, "", ""))
			.satisfies((ex) -> {
				assertThat(ex).isExactlyInstanceOf(PluginApiException.class);
				assertThat(ex.getErrorId()).isEqualTo("api.file.write_file.app_error");
				assertThat(ex.getHttpStatus()).isEqualTo(500);
			});
		assertThat(this.mattermost.files().all()).isEmpty();
	}

	@Test
	void getFileInfoAnswersTheUploadedMetadata() {
		FileInfo info = this.api.uploadFile(CSV, "", "report.csv");

		assertThat(this.api.getFileInfo(info.getId())).isEqualTo(info);
	}

	@Test
	void getFileInfoOfAnUnknownIdFailsWithAnEmbeddedNotFound() {
		assertThatExceptionOfType(PluginApiNotFoundException.class).isThrownBy(() -> this.api.getFileInfo(UNKNOWN_ID))
			.satisfies((ex) -> {
				assertThat(ex.getErrorId()).isEqualTo("app.file_info.get.app_error");
				assertThat(ex.getHttpStatus()).isEqualTo(404);
			});
	}

	@Test
	void getFileAnswersTheUploadedContent() {
		FileInfo info = this.api.uploadFile(CSV, "", "report.csv");

		assertThat(this.api.getFile(info.getId())).isEqualTo(CSV);
	}

	@Test
	void getFileOfAnUnknownIdFailsWithAnEmbeddedNotFound() {
		assertThatExceptionOfType(PluginApiNotFoundException.class).isThrownBy(() -> this.api.getFile(UNKNOWN_ID))
			.satisfies((ex) -> {
				assertThat(ex.getErrorId()).isEqualTo("app.file_info.get.app_error");
				assertThat(ex.getHttpStatus()).isEqualTo(404);
			});
	}

	@Test
	void getFileInfosPagesOldestFirst() {
		List<FileInfo> uploaded = uploadThree();

		assertThat(this.api.getFileInfos(0, 2, GetFileInfosOptions.getDefaultInstance()))
			.containsExactly(uploaded.get(0), uploaded.get(1));
		assertThat(this.api.getFileInfos(1, 2, GetFileInfosOptions.getDefaultInstance()))
			.containsExactly(uploaded.get(2));
	}

	@Test
	void getFileInfosSortsBySizeDescending() {
		List<FileInfo> uploaded = uploadThree();

		assertThat(this.api.getFileInfos(0, 10,
				GetFileInfosOptions.newBuilder().setSortBy("Size").setSortOrder("desc").build()))
			.containsExactly(uploaded.get(2), uploaded.get(1), uploaded.get(0));
	}

	@Test
	void getFileInfosFiltersByCreator() {
		uploadThree();

		assertThat(this.api.getFileInfos(0, 10, GetFileInfosOptions.newBuilder().setUserId(UNKNOWN_ID).build()))
			.isEmpty();
		assertThat(this.api.getFileInfos(0, 10, GetFileInfosOptions.newBuilder().setUserId("nouser").build()))
			.hasSize(3);
	}

	@Test
	void getFileInfosWithNoPageSizeIsEmpty() {
		uploadThree();

		assertThat(this.api.getFileInfos(0, 0, GetFileInfosOptions.getDefaultInstance())).isEmpty();
	}

	@Test
	void getFileInfosWithANegativePageFailsWithAnEmbeddedBadRequest() {
		assertThatExceptionOfType(PluginApiValidationException.class)
			.isThrownBy(() -> this.api.getFileInfos(-1, 10, GetFileInfosOptions.getDefaultInstance()))
			.satisfies((ex) -> {
				assertThat(ex.getErrorId()).isEqualTo("app.file_info.get_with_options.app_error");
				assertThat(ex.getHttpStatus()).isEqualTo(400);
			});
	}

	@Test
	void getFileInfosWithAnUnknownSortFailsWithAnEmbeddedBadRequest() {
		assertThatExceptionOfType(PluginApiValidationException.class)
			.isThrownBy(() -> this.api.getFileInfos(0, 10, GetFileInfosOptions.newBuilder().setSortBy("Name").build()))
			.satisfies((ex) -> {
				assertThat(ex.getErrorId()).isEqualTo("app.file_info.get_with_options.app_error");
				assertThat(ex.getHttpStatus()).isEqualTo(400);
			});
	}

	@Test
	void readFileReadsAnUploadedFileByItsStorePath() {
		FileInfo info = this.api.uploadFile(CSV, "", "report.csv");
		String path = this.mattermost.files().path(info.getId()).orElseThrow();

		assertThat(path).isEqualTo("20260304/teams/noteam/channels/./users/nouser/" + info.getId() + "/report.csv");
		assertThat(this.api.readFile(path)).isEqualTo(CSV);
	}

	@Test
	void readFileReadsAFileWrittenByTheTest() {
		this.mattermost.files().write("plugins/com.example/settings.json", "{}".getBytes(StandardCharsets.UTF_8));

		assertThat(this.api.readFile("plugins/com.example/settings.json")).asString().isEqualTo("{}");
	}

	@Test
	void readFileOfAMissingPathFailsWithAnEmbeddedInternalError() {
		assertThatExceptionOfType(PluginApiException.class).isThrownBy(() -> this.api.readFile("no/such/file"))
			.satisfies((ex) -> {
				assertThat(ex).isExactlyInstanceOf(PluginApiException.class);
				assertThat(ex.getErrorId()).isEqualTo("api.file.read_file.app_error");
				assertThat(ex.getHttpStatus()).isEqualTo(500);
			});
	}

	@Test
	void getFileLinkFailsAsPublicLinksAreDisabledByDefault() {
		FileInfo info = this.api.uploadFile(CSV, "", "report.csv");

		assertThatExceptionOfType(PluginApiException.class).isThrownBy(() -> this.api.getFileLink(info.getId()))
			.satisfies((ex) -> {
				assertThat(ex).isExactlyInstanceOf(PluginApiException.class);
				assertThat(ex.getErrorId()).isEqualTo("plugin_api.get_file_link.disabled.app_error");
				assertThat(ex.getHttpStatus()).isEqualTo(501);
			});
	}

	@Test
	void seededUploadIsVisibleToThePlugin() {
		FileInfo seeded = this.mattermost.files().upload("", "seed.txt", CSV);

		assertThat(this.api.getFile(seeded.getId())).isEqualTo(CSV);
	}

	@Test
	void seedingAnUploadTheServerWouldRefuseFails() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.mattermost.files().upload(UNKNOWN_ID, "a.txt", CSV))
			.withMessageContaining("api.file.upload_file.incorrect_channelId.app_error");
	}

	@Test
	void resetForgetsFilesAndTheFileStore() {
		FileInfo info = this.api.uploadFile(CSV, "", "report.csv");
		this.mattermost.files().write("a/b", CSV);

		this.mattermost.reset();

		assertThat(this.mattermost.files().all()).isEmpty();
		assertThat(this.mattermost.files().content(info.getId())).isEmpty();
		assertThat(this.mattermost.files().read("a/b")).isEmpty();
	}

	private List<FileInfo> uploadThree() {
		FileInfo small = this.api.uploadFile("1".getBytes(StandardCharsets.UTF_8), "", "small.txt");
		this.mattermost.clock().advance(Duration.ofSeconds(1));
		FileInfo medium = this.api.uploadFile("12".getBytes(StandardCharsets.UTF_8), "", "medium.txt");
		this.mattermost.clock().advance(Duration.ofSeconds(1));
		FileInfo large = this.api.uploadFile("123".getBytes(StandardCharsets.UTF_8), "", "large.txt");
		return List.of(small, medium, large);
	}


	@Test
	void copyFileInfosSavesEachFileAgainForTheUser() {
		// server/channels/app/file.go, CopyFileInfos: a new id, the user as creator, new
		// timestamps, no post and no channel; the stored content is shared.
		FileInfo original = this.api.uploadFile(CSV, "", "report.csv");
		this.mattermost.clock().advance(Duration.ofSeconds(5));
		String alice = "a1ice0000000000000000000aa";

		List<String> copies = this.api.copyFileInfos(alice, List.of(original.getId()));

		assertThat(copies).hasSize(1).doesNotContain(original.getId());
		FileInfo copy = this.api.getFileInfo(copies.get(0));
		assertThat(copy.getCreatorId()).isEqualTo(alice);
		assertThat(copy.getCreateAt()).isEqualTo(this.mattermost.clock().millis());
		assertThat(copy.getUpdateAt()).isEqualTo(copy.getCreateAt());
		assertThat(copy.getPostId()).isEmpty();
		assertThat(copy.getChannelId()).isEmpty();
		assertThat(copy.getName()).isEqualTo(original.getName());
		assertThat(this.mattermost.files().path(copy.getId())).isEqualTo(this.mattermost.files().path(original.getId()));
		assertThat(this.api.getFile(copy.getId())).isEqualTo(CSV);
	}

	@Test
	void copyFileInfosOfAMissingFileFailsKeepingTheCopiesMadeBefore() {
		// server/channels/app/file.go, CopyFileInfos: the store's Get fails with not found
		// (404 app.file_info.get.app_error); copies saved before stay.
		FileInfo original = this.api.uploadFile(CSV, "", "report.csv");

		assertThatExceptionOfType(PluginApiNotFoundException.class)
			.isThrownBy(() -> this.api.copyFileInfos("a1ice0000000000000000000aa", List.of(original.getId(), UNKNOWN_ID)))
			.satisfies((ex) -> {
				assertThat(ex.getErrorId()).isEqualTo("app.file_info.get.app_error");
				assertThat(ex.getHttpStatus()).isEqualTo(404);
			});
		assertThat(this.mattermost.files().all()).hasSize(2);
	}

	@Test
	void copyFileInfosForAUserIdThatCannotBeAnIdFails() {
		// server/public/model/file_info.go, FileInfo.IsValid: the creator must be an id (or
		// "nouser"); the store's Save answers that AppError.
		FileInfo original = this.api.uploadFile(CSV, "", "report.csv");

		assertThatExceptionOfType(PluginApiValidationException.class)
			.isThrownBy(() -> this.api.copyFileInfos("alice", List.of(original.getId())))
			.satisfies((ex) -> {
				assertThat(ex.getErrorId()).isEqualTo("model.file_info.is_valid.user_id.app_error");
				assertThat(ex.getHttpStatus()).isEqualTo(400);
			});
	}


	@Test
	void createUploadSessionStoresTheSessionWithThePathTheServerGivesIt() {
		// server/channels/app/upload.go, CreateUploadSession: offset 0, the clock's time, and
		// an attachment's path under the day, channel, user and session id.
		Channel channel = this.mattermost.channels().open(Ids.newId(), "general");
		String sessionId = Ids.newId();
		String userId = Ids.newId();

		UploadSession created = this.api.createUploadSession(uploadSession(sessionId, channel.getId(), userId, 8)
			.setFileOffset(3)
			.build());

		assertThat(created.getFileOffset()).isZero();
		assertThat(created.getCreateAt()).isEqualTo(this.mattermost.clock().millis());
		assertThat(created.getPath()).isEqualTo("20260304/teams/noteam/channels/" + channel.getId() + "/users/" + userId
				+ "/" + sessionId + "/report.csv");
		assertThat(this.api.getUploadSession(sessionId)).isEqualTo(created);
	}

	@Test
	void createUploadSessionForAnImportPutsItInTheImportDirectory() {
		// server/channels/app/upload.go, CreateUploadSession: the default ImportSettings.Directory.
		String sessionId = Ids.newId();

		UploadSession created = this.api.createUploadSession(
				uploadSession(sessionId, "", Ids.newId(), 8).setType("import").setFilename("dir/data.zip").build());

		assertThat(created.getPath()).isEqualTo("import/" + sessionId + "_data.zip");
	}

	@Test
	void createUploadSessionInAnUnknownChannelFails() {
		// server/channels/app/upload.go, CreateUploadSession: any failure to get the channel.
		assertStatusFailure(
				() -> this.api.createUploadSession(uploadSession(Ids.newId(), Ids.newId(), Ids.newId(), 8).build()),
				PluginApiValidationException.class, "app.upload.create.incorrect_channel_id.app_error");
	}

	@Test
	void createUploadSessionThatIsInvalidFails() {
		// server/public/model/upload_session.go, UploadSession.IsValid, in its order.
		Channel channel = this.mattermost.channels().open(Ids.newId(), "general");
		assertStatusFailure(() -> this.api.createUploadSession(uploadSession("", channel.getId(), Ids.newId(), 8).build()),
				PluginApiValidationException.class, "model.upload_session.is_valid.id.app_error");
		assertStatusFailure(
				() -> this.api.createUploadSession(uploadSession(Ids.newId(), channel.getId(), Ids.newId(), 0).build()),
				PluginApiValidationException.class, "model.upload_session.is_valid.file_size.app_error");
		assertStatusFailure(
				() -> this.api.createUploadSession(
						uploadSession(Ids.newId(), channel.getId(), Ids.newId(), 8).setType("avatar").build()),
				PluginApiValidationException.class, "model.upload_session.is_valid.type.app_error");
	}

	@Test
	void uploadDataOfTheWholeFileCreatesTheFileAndDeletesTheSession() {
		// server/channels/app/upload.go, UploadData: the file info takes the session's user,
		// channel and path; the session is deleted.
		Channel channel = this.mattermost.channels().open(Ids.newId(), "general");
		String userId = Ids.newId();
		UploadSession session = this.api
			.createUploadSession(uploadSession(Ids.newId(), channel.getId(), userId, CSV.length).build());

		FileInfo info = this.api.uploadData(session, CSV).orElseThrow();

		assertThat(info.getCreatorId()).isEqualTo(userId);
		assertThat(info.getChannelId()).isEqualTo(channel.getId());
		assertThat(info.getName()).isEqualTo("report.csv");
		assertThat(info.getSize()).isEqualTo(CSV.length);
		assertThat(this.api.getFile(info.getId())).isEqualTo(CSV);
		assertThat(this.mattermost.files().path(info.getId())).contains(session.getPath());
		assertStatusFailure(() -> this.api.getUploadSession(session.getId()), PluginApiNotFoundException.class,
				"app.upload.get.app_error");
	}

	@Test
	void uploadDataOfAFirstPartSmallerThanFiveMebibytesFails() {
		// server/channels/app/upload.go, UploadData: a first chunk under minFirstPartSize that
		// is not the whole file is refused, so a file larger than one request cannot be
		// uploaded this way.
		Channel channel = this.mattermost.channels().open(Ids.newId(), "general");
		UploadSession session = this.api
			.createUploadSession(uploadSession(Ids.newId(), channel.getId(), Ids.newId(), 6 * 1024 * 1024).build());

		assertStatusFailure(() -> this.api.uploadData(session, new byte[3 * 1024 * 1024]),
				PluginApiValidationException.class, "app.upload.upload_data.first_part_too_small.app_error");
		assertThat(this.api.getUploadSession(session.getId()).getFileOffset()).isZero();
	}

	@Test
	void uploadDataWithAnOffsetTheServerDoesNotHoldFails() {
		// server/channels/app/upload.go, UploadData: the offset must match the stored one.
		Channel channel = this.mattermost.channels().open(Ids.newId(), "general");
		UploadSession session = this.api
			.createUploadSession(uploadSession(Ids.newId(), channel.getId(), Ids.newId(), CSV.length).build());

		assertStatusFailure(() -> this.api.uploadData(session.toBuilder().setFileOffset(2).build(), CSV),
				PluginApiValidationException.class, "app.upload.upload_data.concurrent.app_error");
	}

	@Test
	void uploadDataToAnUnknownSessionFails() {
		// server/channels/app/upload.go, UploadData reads the stored session first.
		assertStatusFailure(
				() -> this.api.uploadData(uploadSession(Ids.newId(), Ids.newId(), Ids.newId(), CSV.length).build(), CSV),
				PluginApiNotFoundException.class, "app.upload.get.app_error");
	}

	private static UploadSession.Builder uploadSession(String id, String channelId, String userId, long size) {
		return UploadSession.newBuilder()
			.setId(id)
			.setType("attachment")
			.setChannelId(channelId)
			.setUserId(userId)
			.setFilename("report.csv")
			.setFileSize(size);
	}

	private static void assertStatusFailure(ThrowingCallable call, Class<? extends PluginApiException> type, String errorId) {
		// The upload session handlers answer a gRPC status, which carries no HTTP status.
		assertThatExceptionOfType(type).isThrownBy(call).satisfies((ex) -> {
			assertThat(ex.getErrorId()).isEqualTo(errorId);
			assertThat(ex.getHttpStatus()).isZero();
		});
	}

}
