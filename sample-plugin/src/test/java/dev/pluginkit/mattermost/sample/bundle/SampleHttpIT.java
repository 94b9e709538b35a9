package dev.pluginkit.mattermost.sample.bundle;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import dev.pluginkit.mattermost.test.driver.PluginDriver;
import dev.pluginkit.mattermost.test.driver.PluginLaunch;
import dev.pluginkit.mattermost.test.http.PluginHttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's HTTP endpoints through the built bundle, launched as the server launches it
 * (with the bundle's {@code jvm.options}: a 128 MiB heap), and reached as the server forwards
 * requests for {@code /plugins/dev.pluginkit.sample/...}: through the ServeHTTP stream, in
 * the server's 64 KiB chunks.
 */
class SampleHttpIT {

	private static InMemoryMattermost mattermost;

	private static PluginDriver driver;

	private static User user;

	@BeforeAll
	static void launch() {
		mattermost = InMemoryMattermost.start();
		// The workspace the sample's defaults name, so that activation posts its greeting.
		user = mattermost.users().create("sample-user");
		var team = mattermost.teams().create("sample-team").withMember(user).team();
		Channel channel = mattermost.channels().open(team, "town-square");
		mattermost.channels().addMember(channel, user);
		driver = PluginDriver.launch(PluginLaunch.pluginFolder(Path.of(System.getProperty("mattermost.plugin.folder")))
			.withApiTarget(mattermost.target()));
	}

	@AfterAll
	static void shutdown() {
		if (driver != null) {
			driver.close();
		}
		if (mattermost != null) {
			mattermost.close();
		}
	}

	@Test
	void aMebibyteEchoSentInSixteenChunksComesBackIdentical() {
		byte[] body = random(1024 * 1024);

		PluginHttpResponse response = driver.http()
			.post("/echo")
			.contentType("application/octet-stream")
			.body(body)
			.chunks(16)
			.send();

		assertThat(response.requestMessagesSent()).isEqualTo(16);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).contains("application/octet-stream");
		assertThat(response.body()).isEqualTo(body);
	}

	@Test
	void a64KiBEchoComesBackAsOneMessage() {
		byte[] body = random(64 * 1024);

		PluginHttpResponse response = driver.http().post("/echo").contentType("text/plain").body(body).send();

		assertThat(response.arrivedInOneMessage()).isTrue();
		assertThat(response.contentType()).contains("text/plain");
		assertThat(response.body()).isEqualTo(body);
	}

	@Test
	void aFiveMebibyteEchoComesBackInSeveralMessagesIntact() {
		byte[] body = random(5 * 1024 * 1024);

		PluginHttpResponse response = driver.http()
			.post("/echo")
			.contentType("application/octet-stream")
			.body(body)
			.send();

		assertThat(response.messageCount()).isGreaterThan(1);
		assertThat(response.body()).isEqualTo(body);
	}

	@Test
	void whoamiAnswersTheUserTheServerNamesAnd401WithoutOne() {
		PluginHttpResponse known = driver.http().get("/whoami").userId(user.getId()).send();
		PluginHttpResponse anonymous = driver.http().get("/whoami").header("Accept", "application/json").send();

		assertThat(known.status()).isEqualTo(200);
		assertThat(known.bodyAsString()).isEqualTo("{\"user_id\":\"" + user.getId() + "\"}");
		assertThat(anonymous.status()).isEqualTo(401);
	}

	@Test
	void failAnswers500AndTheNextRequestAnswers200() {
		assertThat(driver.http().get("/fail").header("Accept", "application/json").send().status()).isEqualTo(500);
		assertThat(driver.http().get("/whoami").userId(user.getId()).send().status()).isEqualTo(200);
	}

	@Test
	void anUnknownPathAnswers404() {
		assertThat(driver.http().get("/no/such/endpoint").send().status()).isEqualTo(404);
	}

	@Test
	void a64MebibyteUploadStreamsThroughA128MebibyteHeap() throws Exception {
		long size = 64L * 1024 * 1024;
		MessageDigest expected = MessageDigest.getInstance("SHA-256");
		InputStream body = new PatternStream(size, expected);

		PluginHttpResponse response = driver.http()
			.post("/upload")
			.contentType("application/octet-stream")
			.body(body, size)
			.send();

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.bodyAsString()).isEqualTo(
				"{\"bytes\":" + size + ",\"sha256\":\"" + HexFormat.of().formatHex(expected.digest()) + "\"}");
	}

	@Test
	void theGreetingsButtonRoundTripsThroughThePlugin() {
		Post greeting = mattermost.posts()
			.all()
			.stream()
			.filter((post) -> post.getProps().containsFields("attachments"))
			.findFirst()
			.orElseThrow();
		Struct approve = greeting.getProps()
			.getFieldsOrThrow("attachments")
			.getListValue()
			.getValues(0)
			.getStructValue()
			.getFieldsOrThrow("actions")
			.getListValue()
			.getValues(0)
			.getStructValue()
			.getFieldsOrThrow("integration")
			.getStructValue();
		String url = approve.getFieldsOrThrow("url").getStringValue();
		Value choice = approve.getFieldsOrThrow("context").getStructValue().getFieldsOrThrow("choice");
		assertThat(url).isEqualTo("/plugins/dev.pluginkit.sample/interactive/actions/choose");

		// As the server's DoPostActionWithCookie posts a click to a plugin URL, in-process.
		PluginHttpResponse response = driver.http()
			.post(url.substring("/plugins/dev.pluginkit.sample".length()))
			.inProcess()
			.userId(user.getId())
			.contentType("application/json")
			.body("{\"user_id\":\"" + user.getId() + "\",\"channel_id\":\"" + greeting.getChannelId()
					+ "\",\"post_id\":\"" + greeting.getId() + "\",\"type\":\"button\",\"context\":{\"choice\":\""
					+ choice.getStringValue() + "\"}}")
			.send();

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.arrivedInOneMessage()).isTrue();
		assertThat(response.bodyAsString(StandardCharsets.UTF_8))
			.contains("\"message\":\"Ready to ship? approved by " + user.getId() + "\"")
			.contains("\"ephemeral_text\":\"You chose approved.\"");
	}

	private static byte[] random(int size) {
		byte[] bytes = new byte[size];
		new Random(size).nextBytes(bytes);
		return bytes;
	}

	/** A large body made on the fly, never held, digested as it is read. */
	private static final class PatternStream extends InputStream {

		private final long size;

		private final MessageDigest digest;

		private long position;

		PatternStream(long size, MessageDigest digest) {
			this.size = size;
			this.digest = digest;
		}

		@Override
		public int read() {
			byte[] one = new byte[1];
			return (read(one, 0, 1) == -1) ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (this.position >= this.size) {
				return -1;
			}
			int count = (int) Math.min(length, this.size - this.position);
			for (int i = 0; i < count; i++) {
				buffer[offset + i] = (byte) ((this.position + i) * 31 >>> 3);
			}
			this.digest.update(buffer, offset, count);
			this.position += count;
			return count;
		}

	}

}
