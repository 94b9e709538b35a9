package dev.pluginkit.mattermost.interactive;

import java.util.List;
import java.util.Map;

import dev.pluginkit.mattermost.client.ProtoStructs;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Posts built with buttons and menus in the shape of the server's {@code SlackAttachment} and
 * {@code PostAction}, and the server's rules checked before the post leaves.
 */
class InteractivePostTests {

	private static InteractivePost post() {
		return InteractivePost.start("c1", (name) -> "/plugins/p/interactive/actions/" + name, null);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> attachments(Post post) {
		return (List<Map<String, Object>>) ProtoStructs.toMap(post.getProps()).get("attachments");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> actions(Post post) {
		return (List<Map<String, Object>>) attachments(post).get(0).get("actions");
	}

	@Test
	void aButtonIsWrittenAsTheServersPostAction() {
		Post post = post().message("Deploy?")
			.attachment((a) -> a.text("Build 42")
				.color("good")
				.button("approve", "Approve", (b) -> b.style("primary").context("request", "r-1")))
			.build();

		assertThat(post.getChannelId()).isEqualTo("c1");
		assertThat(post.getMessage()).isEqualTo("Deploy?");
		assertThat(attachments(post).get(0)).containsEntry("text", "Build 42").containsEntry("color", "good");
		assertThat(actions(post)).containsExactly(Map.of("id", "approve", "type", "button", "name", "Approve",
				"style", "primary", "integration",
				Map.of("url", "/plugins/p/interactive/actions/approve", "context", Map.of("request", "r-1"))));
	}

	@Test
	void aMenuCarriesItsOptions() {
		Post post = post()
			.attachment((a) -> a.menu("assign", "Assign to", MenuOption.of("Alice", "alice"), MenuOption.of("Bob", "bob")))
			.build();

		assertThat(actions(post).get(0)).containsEntry("type", "select")
			.containsEntry("name", "Assign to")
			.containsEntry("options", List.of(Map.of("text", "Alice", "value", "alice"),
					Map.of("text", "Bob", "value", "bob")))
			.containsEntry("integration", Map.of("url", "/plugins/p/interactive/actions/assign"));
	}

	@Test
	void aMenuOfUsersHasADataSourceAndNoOptions() {
		Post post = post().attachment((a) -> a.menu("assign", "Pick someone", (m) -> m.dataSource("users"))).build();

		assertThat(actions(post).get(0)).containsEntry("data_source", "users").doesNotContainKey("options");
	}

	@Test
	void twoActionsOfOneNameGetTheirOwnIds() {
		Post post = post().attachment((a) -> a.button("vote", "Yes", Map.of("answer", "yes"))
			.button("vote", "No", Map.of("answer", "no"))).build();

		assertThat(actions(post)).extracting((action) -> action.get("id")).containsExactly("vote", "vote2");
	}

	@Test
	void anIdIsMadeOfTheNamesLettersAndDigits() {
		Post post = post().attachment((a) -> a.button("mark-done.v2", "Done")).build();

		assertThat(actions(post).get(0)).containsEntry("id", "markdonev2");
	}

	@Test
	void anIdTheServersRouteRefusesFailsNamingTheAction() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> post().attachment((a) -> a.button("approve", "Approve", (b) -> b.id("ok-1"))))
			.withMessageContaining("'ok-1'")
			.withMessageContaining("'approve'")
			.withMessageContaining("letters and digits only");
	}

	@Test
	void twoActionsWithOneIdFail() {
		assertThatIllegalArgumentException().isThrownBy(() -> post()
			.attachment((a) -> a.button("approve", "A", (b) -> b.id("x")).button("reject", "B", (b) -> b.id("x"))))
			.withMessageContaining("Two actions of the post have the id 'x'");
	}

	@Test
	void aMenuWithoutOptionsOrDataSourceFails() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> post().attachment((a) -> a.menu("assign", "Assign to")))
			.withMessageContaining("Menu 'assign' needs either options or a data source")
			.withMessageContaining("neither");
	}

	@Test
	void aMenuWithOptionsAndADataSourceFails() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> post()
				.attachment((a) -> a.menu("assign", "Assign", (m) -> m.option("A", "a").dataSource("channels"))))
			.withMessageContaining("not both");
	}

	@Test
	void aStyleTheServerDoesNotKnowFails() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> post().attachment((a) -> a.button("approve", "Approve", (b) -> b.style("blue"))))
			.withMessageContaining("The style 'blue' of action 'approve'");
	}

	@Test
	void aHexColourIsAStyle() {
		Post post = post().attachment((a) -> a.button("approve", "Approve", (b) -> b.style("#1a2B3c"))).build();

		assertThat(actions(post).get(0)).containsEntry("style", "#1a2B3c");
	}

	@Test
	void aMenuContextCannotHoldTheSelectedOption() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> post().attachment(
					(a) -> a.menu("assign", "Assign", (m) -> m.option("A", "a").context("selected_option", "x"))))
			.withMessageContaining("the server puts the picked value there");
	}

	@Test
	void anActionWithoutAHandlerFailsAsTheUrlsSay() {
		InteractivePost post = InteractivePost.start("c1", (name) -> {
			throw new IllegalArgumentException("No @PostAction(\"" + name + "\")");
		}, null);

		assertThatIllegalArgumentException().isThrownBy(() -> post.attachment((a) -> a.button("nope", "Nope")))
			.withMessage("No @PostAction(\"nope\")");
	}

	@Test
	void aPostWithoutAttachmentsHasNoProps() {
		assertThat(post().message("hi").build().hasProps()).isFalse();
	}

	@Test
	void anUpdateAlwaysCarriesPropsSoThatTheButtonsGo() {
		Post update = InteractivePost.start(null, (name) -> name, null).message("Done").build();

		assertThat(update.hasProps()).isTrue();
		assertThat(update.getProps().getFieldsCount()).isZero();
		assertThat(update.getChannelId()).isEmpty();
	}

	@Test
	void anUpdateIsNotCreated() {
		assertThatIllegalStateException().isThrownBy(() -> InteractivePost.start(null, (name) -> name, (p) -> p).create())
			.withMessageContaining("answered from a @PostAction method");
	}

	@Test
	void createSendsTheBuiltPost() {
		Post created = InteractivePost.start("c1", (name) -> name, (p) -> p.toBuilder().setId("new").build())
			.message("hi")
			.create();

		assertThat(created.getId()).isEqualTo("new");
		assertThat(created.getMessage()).isEqualTo("hi");
	}

}
