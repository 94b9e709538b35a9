package dev.pluginkit.mattermost.sample.bundle;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.Command;
import dev.pluginkit.mattermost.pluginapi.v1.MessageWillBePostedResponse;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import dev.pluginkit.mattermost.test.OpenedDialog;
import dev.pluginkit.mattermost.test.driver.CommandResult;
import dev.pluginkit.mattermost.test.driver.DialogSubmissionResult;
import dev.pluginkit.mattermost.test.driver.PluginDriver;
import dev.pluginkit.mattermost.test.driver.PluginInteractions;
import dev.pluginkit.mattermost.test.driver.PluginLaunch;
import dev.pluginkit.mattermost.test.driver.PostActionResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's slash command, filters, bot, button and dialog through the built bundle,
 * launched and driven as the server does: commands run from their text, clicks and dialog
 * submissions sent through ServeHTTP, hooks called as the server calls them.
 */
class SampleInteractionsIT {

	private static InMemoryMattermost mattermost;

	private static PluginDriver driver;

	private static PluginInteractions interactions;

	private static User user;

	private static Channel channel;

	@BeforeAll
	static void launch() {
		mattermost = InMemoryMattermost.start();
		user = mattermost.users().create("sample-user");
		var team = mattermost.teams().create("sample-team").withMember(user).team();
		channel = mattermost.channels().open(team, "town-square");
		mattermost.channels().addMember(channel, user);
		driver = PluginDriver.launch(PluginLaunch.pluginFolder(Path.of(System.getProperty("mattermost.plugin.folder")))
			.withApiTarget(mattermost.target()));
		interactions = driver.interactions(mattermost);
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
	void activationRegistersHelloWithItsDescriptionAndHint() {
		Command hello = mattermost.commands().trigger("", "hello").orElseThrow();

		assertThat(hello.getAutoComplete()).isTrue();
		assertThat(hello.getAutoCompleteDesc()).isEqualTo("Says hello and counts how often it did");
		assertThat(hello.getAutoCompleteHint()).isEqualTo("[count|survey|to|help]");
		assertThat(hello.getDisplayName()).isEqualTo("Hello");
	}

	@Test
	void subcommandsTakeTheirArgumentsAndOptions() {
		assertThat(run("/hello to bob").text()).isEqualTo("Hello, bob! (from @sample-user)");
		assertThat(run("/hello to bob --shout").text()).isEqualTo("HELLO, BOB! (FROM @SAMPLE-USER)");
		assertThat(run("/hello count").text()).matches("/hello has been used \\d+ times?\\.");
	}

	@Test
	void helpListsTheSubcommands() {
		String help = run("/hello help").text();

		assertThat(help).startsWith("**/hello** - Says hello and counts how often it did")
			.contains("* `/hello` - Says hello and counts it")
			.contains("* `/hello to <name> [--shout]` - Says hello to someone")
			.contains("  * `--shout` - Says it loudly")
			.contains("* `/hello count` - Tells how often /hello was used")
			.contains("* `/hello help` - Shows this help");
	}

	@Test
	void anUnknownSubcommandAnswersTheUsage() {
		CommandResult result = run("/hello goodbye");

		assertThat(result.response().getResponseType()).isEqualTo("ephemeral");
		assertThat(result.text()).startsWith("Unknown subcommand 'goodbye'.").contains("* `/hello to <name> [--shout]`");
	}

	@Test
	void textThatDoesNotFitAnswersTheSubcommandsUsage() {
		assertThat(run("/hello to").text()).isEqualTo("Missing <name>.\nUsage: `/hello to <name> [--shout]`");
		assertThat(run("/hello to sample-user").text())
			.isEqualTo("Saying hello to yourself? Name someone else.\nUsage: `/hello to <name> [--shout]`");
	}

	@Test
	void theSecondFilterSeesWhatTheFirstChanged() {
		MessageWillBePostedResponse spelledOut = driver.messageWillBePosted(post("brb, coffee"));
		assertThat(spelledOut.getModifiedPost().getMessage()).isEqualTo("be right back, coffee");
		mattermost.setPluginConfig(Map.of("forbiddenWord", "back"));
		driver.onConfigurationChange();
		try {
			MessageWillBePostedResponse rejected = driver.messageWillBePosted(post("brb, coffee"));

			assertThat(rejected.getRejectionReason()).isEqualTo("Posts mentioning \"back\" are not allowed here.");
		}
		finally {
			mattermost.setPluginConfig(Map.of("forbiddenWord", "spam"));
			driver.onConfigurationChange();
		}
	}

	@Test
	void theBotAnswersAMentionButNotItsOwnPost() {
		Post mention = mattermost.posts().create(channel, user, "hey @sample-bot, what can you do?");
		driver.messageHasBeenPosted(mention);
		List<Post> answers = botPostsIn(mention.getId());
		assertThat(answers).singleElement()
			.extracting(Post::getMessage)
			.isEqualTo("@sample-bot here: you called? Try /hello help.");

		// The server calls the hook for the bot's own answer too: it mentions the bot, and
		// would be answered for ever.
		driver.messageHasBeenPosted(answers.get(0));

		assertThat(botPostsIn(mention.getId())).hasSize(1);
	}

	@Test
	void aButtonClickThroughServeHttpUpdatesTheGreeting() {
		Post greeting = botPosts().stream()
			.filter((post) -> post.getProps().containsFields("attachments"))
			.findFirst()
			.orElseThrow();

		PostActionResult click = interactions.clickButton(greeting.getId(), "choose", user.getId());

		assertThat(click.status()).isEqualTo(200);
		assertThat(click.ephemeralText()).isEqualTo("You chose approved.");
		Post updated = mattermost.posts().byId(greeting.getId()).orElseThrow();
		assertThat(updated.getMessage()).isEqualTo("Ready to ship? approved by " + user.getId());
		assertThat(updated.getProps().containsFields("attachments")).isFalse();
	}

	@Test
	void theSurveyDialogAnswersAFieldErrorThenAcceptsAValidRating() {
		run("/hello survey");
		OpenedDialog survey = mattermost.dialogs().lastWithCallbackId("survey").orElseThrow();
		assertThat(survey.problems()).isEmpty();
		assertThat(survey.url()).isEqualTo("/plugins/dev.pluginkit.sample/interactive/dialogs/survey");

		DialogSubmissionResult wrong = interactions.submitDialog(survey, Map.of("rating", "9"));
		assertThat(wrong.accepted()).isFalse();
		assertThat(wrong.errors()).containsExactly(Map.entry("rating", "Give a number from 1 to 5."));

		DialogSubmissionResult valid = interactions.submitDialog(survey, Map.of("rating", "4", "comment", "Nice"));
		assertThat(valid.accepted()).isTrue();
		assertThat(mattermost.kv().getString("survey-" + user.getId())).contains("{\"comment\":\"Nice\",\"rating\":4}");
	}

	private static List<Post> botPosts() {
		String bot = mattermost.bots().byUsername("sample-bot").orElseThrow().getUserId();
		return mattermost.posts().all().stream().filter((post) -> post.getUserId().equals(bot)).toList();
	}

	private static List<Post> botPostsIn(String rootId) {
		String bot = mattermost.bots().byUsername("sample-bot").orElseThrow().getUserId();
		return mattermost.posts()
			.all()
			.stream()
			.filter((post) -> post.getUserId().equals(bot) && post.getRootId().equals(rootId))
			.toList();
	}

	private static CommandResult run(String text) {
		return interactions.command(text).as(user.getId()).in(channel.getId()).run();
	}

	private static Post post(String message) {
		return Post.newBuilder().setUserId(user.getId()).setChannelId(channel.getId()).setMessage(message).build();
	}

}
