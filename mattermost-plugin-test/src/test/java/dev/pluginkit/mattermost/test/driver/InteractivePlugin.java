package dev.pluginkit.mattermost.test.driver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.protobuf.ByteString;

import dev.pluginkit.mattermost.pluginapi.v1.Command;
import dev.pluginkit.mattermost.pluginapi.v1.CommandArgs;
import dev.pluginkit.mattermost.pluginapi.v1.CommandResponse;
import dev.pluginkit.mattermost.pluginapi.v1.Dialog;
import dev.pluginkit.mattermost.pluginapi.v1.DialogElement;
import dev.pluginkit.mattermost.pluginapi.v1.ExecuteCommandRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ExecuteCommandResponse;
import dev.pluginkit.mattermost.pluginapi.v1.ImplementedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.MessageHasBeenUpdatedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.MessageHasBeenUpdatedResponse;
import dev.pluginkit.mattermost.pluginapi.v1.MessageWillBePostedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.MessageWillBePostedResponse;
import dev.pluginkit.mattermost.pluginapi.v1.MessageWillBeUpdatedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.MessageWillBeUpdatedResponse;
import dev.pluginkit.mattermost.pluginapi.v1.ImplementedResponse;
import dev.pluginkit.mattermost.pluginapi.v1.OnActivateRequest;
import dev.pluginkit.mattermost.pluginapi.v1.OnActivateResponse;
import dev.pluginkit.mattermost.pluginapi.v1.OpenDialogRequest;
import dev.pluginkit.mattermost.pluginapi.v1.OpenInteractiveDialogRequest;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.PluginHooksGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.pluginapi.v1.RegisterCommandRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPRequestInit;
import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPResponse;
import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPResponseInit;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.stub.StreamObserver;

/**
 * A tiny plugin in plain grpc-java for the interaction tests: it registers {@code /hello}
 * at activation through the fake's Plugin API, answers the command (opening a dialog for
 * {@code /hello dialog}), and serves message actions and dialog submissions through
 * {@code ServeHTTP}, recording what arrived and answering what a test scripted per path.
 * Its {@code MessageWillBePosted} appends {@code [seen]} to every post; its
 * {@code MessageWillBeUpdated} rejects the message {@code Forbidden} and notes the old
 * message after one ending in {@code !}; {@code MessageHasBeenUpdated} records the post.
 */
final class InteractivePlugin implements AutoCloseable {

	static final String PLUGIN_ID = "com.example.interactive";

	/** What one ServeHTTP call received. */
	record Received(ServeHTTPRequestInit init, String body) {

		JsonObject json() {
			return JsonParser.parseString(this.body).getAsJsonObject();
		}

		List<String> header(String key) {
			return this.init.getHeadersList()
				.stream()
				.filter((header) -> header.getKey().equals(key))
				.flatMap((header) -> header.getValuesList().stream())
				.toList();
		}

	}

	/** A scripted answer: status and body, sent in one message. */
	record Answer(int status, String body) {
	}

	final List<CommandArgs> commands = new CopyOnWriteArrayList<>();

	final List<Received> requests = new CopyOnWriteArrayList<>();

	final Map<String, Answer> answers = new ConcurrentHashMap<>();

	final List<Post> updated = new CopyOnWriteArrayList<>();

	private final ManagedChannel api;

	private final Server server;

	InteractivePlugin(InMemoryMattermost mattermost) {
		this.api = mattermost.newChannel();
		HealthStatusManager health = new HealthStatusManager();
		health.setStatus("plugin", ServingStatus.SERVING);
		try {
			this.server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
				.addService(health.getHealthService())
				.addService(new Hooks())
				.build()
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String target() {
		return "127.0.0.1:" + ((InetSocketAddress) this.server.getListenSockets().get(0)).getPort();
	}

	Received lastRequest() {
		return this.requests.get(this.requests.size() - 1);
	}

	@Override
	public void close() throws InterruptedException {
		this.server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
		this.api.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
	}

	private final class Hooks extends PluginHooksGrpc.PluginHooksImplBase {

		@Override
		public void implemented(ImplementedRequest request, StreamObserver<ImplementedResponse> response) {
			response.onNext(ImplementedResponse.newBuilder()
				.addAllHooks(List.of("OnActivate", "ExecuteCommand", "ServeHTTP", "MessageWillBePosted",
						"MessageWillBeUpdated", "MessageHasBeenUpdated"))
				.build());
			response.onCompleted();
		}

		@Override
		public void onActivate(OnActivateRequest request, StreamObserver<OnActivateResponse> response) {
			PluginAPIGrpc.newBlockingStub(InteractivePlugin.this.api)
				.registerCommand(RegisterCommandRequest.newBuilder()
					.setCommand(Command.newBuilder()
						.setTrigger("hello")
						.setAutoComplete(true)
						.setAutoCompleteDesc("Says hello")
						.setAutoCompleteHint("[dialog|shout]"))
					.build());
			response.onNext(OnActivateResponse.getDefaultInstance());
			response.onCompleted();
		}

		@Override
		public void executeCommand(ExecuteCommandRequest request, StreamObserver<ExecuteCommandResponse> response) {
			CommandArgs args = request.getArgs();
			InteractivePlugin.this.commands.add(args);
			CommandResponse.Builder answer = CommandResponse.newBuilder();
			if (args.getCommand().endsWith(" dialog")) {
				PluginAPIGrpc.newBlockingStub(InteractivePlugin.this.api)
					.openInteractiveDialog(OpenInteractiveDialogRequest.newBuilder()
						.setDialog(OpenDialogRequest.newBuilder()
							.setTriggerId(args.getTriggerId())
							.setUrl("/plugins/" + PLUGIN_ID + "/dialog")
							.setDialog(Dialog.newBuilder()
								.setCallbackId("feedback")
								.setTitle("Feedback")
								.setState("state-1")
								.setNotifyOnCancel(true)
								.addElements(DialogElement.newBuilder()
									.setDisplayName("Name")
									.setName("name")
									.setType("text")
									.setMaxLength(50))))
						.build());
				answer.setText("");
			}
			else if (args.getCommand().endsWith(" shout")) {
				answer.setResponseType("in_channel").setText("Hello, <https://example.com|everyone>!");
			}
			else {
				answer.setResponseType("ephemeral").setText("Hello!");
			}
			response.onNext(ExecuteCommandResponse.newBuilder().setResponse(answer).build());
			response.onCompleted();
		}

		@Override
		public void messageWillBePosted(MessageWillBePostedRequest request,
				StreamObserver<MessageWillBePostedResponse> response) {
			response.onNext(MessageWillBePostedResponse.newBuilder()
				.setModifiedPost(request.getPost().toBuilder().setMessage(request.getPost().getMessage() + " [seen]"))
				.build());
			response.onCompleted();
		}

		@Override
		public void messageWillBeUpdated(MessageWillBeUpdatedRequest request,
				StreamObserver<MessageWillBeUpdatedResponse> response) {
			MessageWillBeUpdatedResponse.Builder answer = MessageWillBeUpdatedResponse.newBuilder();
			if (request.getNewPost().getMessage().equals("Forbidden")) {
				answer.setRejectionReason("not allowed");
			}
			else if (request.getNewPost().getMessage().endsWith("!")) {
				answer.setModifiedPost(request.getNewPost()
					.toBuilder()
					.setMessage(request.getNewPost().getMessage() + " (was: " + request.getOldPost().getMessage() + ")"));
			}
			response.onNext(answer.build());
			response.onCompleted();
		}

		@Override
		public void messageHasBeenUpdated(MessageHasBeenUpdatedRequest request,
				StreamObserver<MessageHasBeenUpdatedResponse> response) {
			InteractivePlugin.this.updated.add(request.getNewPost());
			response.onNext(MessageHasBeenUpdatedResponse.getDefaultInstance());
			response.onCompleted();
		}

		@Override
		public StreamObserver<ServeHTTPRequest> serveHTTP(StreamObserver<ServeHTTPResponse> response) {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			ServeHTTPRequestInit[] init = new ServeHTTPRequestInit[1];
			return new StreamObserver<>() {

				@Override
				public void onNext(ServeHTTPRequest message) {
					if (message.hasInit()) {
						init[0] = message.getInit();
					}
					body.writeBytes(message.getBodyChunk().toByteArray());
					if (message.getBodyComplete()) {
						String text = body.toString(StandardCharsets.UTF_8);
						InteractivePlugin.this.requests.add(new Received(init[0], text));
						String path = init[0].getUrl().replaceAll("\\?.*", "");
						Answer answer = InteractivePlugin.this.answers.getOrDefault(path, new Answer(200, "{}"));
						response.onNext(ServeHTTPResponse.newBuilder()
							.setInit(ServeHTTPResponseInit.newBuilder().setStatusCode(answer.status()))
							.setBodyChunk(ByteString.copyFromUtf8(answer.body()))
							.setBodyComplete(true)
							.build());
						response.onCompleted();
					}
				}

				@Override
				public void onError(Throwable ex) {
				}

				@Override
				public void onCompleted() {
				}

			};
		}

	}

}
