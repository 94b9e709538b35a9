package dev.pluginkit.mattermost.client.fake;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.client.PluginApiException;
import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.pluginapi.v1.PostSearchResults;
import dev.pluginkit.mattermost.pluginapi.v1.SearchParameter;
import dev.pluginkit.mattermost.pluginapi.v1.SearchParams;
import dev.pluginkit.mattermost.pluginapi.v1.Team;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import io.grpc.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Post search of the in-memory server through {@link PluginAPIClient} over a socket, as the
 * server searches its database: {@code App.SearchPostsInTeam} and
 * {@code App.SearchPostsForUser} in server/channels/app/post.go, {@code ParseSearchParams}
 * in server/public/model/search_params.go, {@code SqlPostStore.search} in
 * server/channels/store/sqlstore/post_store.go.
 */
class InMemoryPostSearchTests {

	private InMemoryMattermost mattermost;

	private PluginAPIClient api;

	private Team team;

	private User alice;

	private User bob;

	private User carol;

	private Channel town;

	private Channel secrets;

	@BeforeEach
	void seed() {
		this.mattermost = InMemoryMattermost.start();
		this.mattermost.clock().set(Instant.parse("2026-03-04T10:00:00Z"));
		this.api = PluginAPIClient.create(this.mattermost.newChannel());
		this.alice = this.mattermost.users().create("alice");
		this.bob = this.mattermost.users().create("bob");
		this.carol = this.mattermost.users().create("carol");
		this.team = this.mattermost.teams().create("eng").withMember(this.alice).withMember(this.bob).team();
		this.town = this.mattermost.channels().open(this.team, "town");
		this.mattermost.channels().addMember(this.town, this.alice);
		this.mattermost.channels().addMember(this.town, this.bob);
		this.secrets = this.mattermost.channels().privateChannel(this.team, "secrets");
		this.mattermost.channels().addMember(this.secrets, this.bob);
	}

	@AfterEach
	void stop() {
		this.mattermost.close();
	}

	// ---------------------------------------------------------------- SearchPostsInTeam

	@Test
	void aSearchFindsThePostsWithEveryTermNewestFirst() {
		Post first = post(this.town, this.alice, "Release notes are ready");
		post(this.town, this.alice, "notes only");
		Post second = post(this.secrets, this.bob, "the RELEASE: notes, finally");

		List<Post> found = this.api.searchPostsInTeam(this.team.getId(), List.of(terms("release notes")));

		assertThat(found).extracting(Post::getId).containsExactly(second.getId(), first.getId());
	}

	@Test
	void anOrSearchFindsThePostsWithAnyTerm() {
		Post release = post(this.town, this.alice, "release today");
		Post notes = post(this.town, this.alice, "notes today");
		post(this.town, this.alice, "nothing here");

		List<Post> found = this.api.searchPostsInTeam(this.team.getId(),
				List.of(terms("release notes").toBuilder().setIsOrSearch(true).build()));

		assertThat(found).extracting(Post::getId).containsExactly(notes.getId(), release.getId());
	}

	@Test
	void quotedTermsMatchAsOnePhrase() {
		Post phrase = post(this.town, this.alice, "we deploy friday morning");
		post(this.town, this.alice, "friday we deploy");

		List<Post> found = this.api.searchPostsInTeam(this.team.getId(), List.of(terms("\"deploy friday\"")));

		assertThat(found).extracting(Post::getId).containsExactly(phrase.getId());
	}

	@Test
	void aTrailingAsteriskMatchesAPrefix() {
		Post deployment = post(this.town, this.alice, "deployment done");
		post(this.town, this.alice, "redeploy later");

		List<Post> found = this.api.searchPostsInTeam(this.team.getId(), List.of(terms("deploy*")));

		assertThat(found).extracting(Post::getId).containsExactly(deployment.getId());
	}

	@Test
	void channelsAreGivenByNameAndUsersByUsername() {
		Post inTown = post(this.town, this.bob, "status report");
		post(this.town, this.alice, "status report");
		post(this.secrets, this.bob, "status report");

		List<Post> found = this.api.searchPostsInTeam(this.team.getId(),
				List.of(terms("status").toBuilder().addInChannels("town").addFromUsers("bob").build()));

		assertThat(found).extracting(Post::getId).containsExactly(inTown.getId());
	}

	@Test
	void flagsInTheTermsAreWordsForSearchPostsInTeam() {
		// the plugin API passes the terms to the store unparsed; ':' becomes a space there
		Post mentioning = post(this.town, this.alice, "posts from bob arrive");
		post(this.town, this.bob, "status");

		List<Post> found = this.api.searchPostsInTeam(this.team.getId(), List.of(terms("from:bob")));

		assertThat(found).extracting(Post::getId).containsExactly(mentioning.getId());
	}

	@Test
	void deletedPostsSystemMessagesAndArchivedChannelsAreNotFound() {
		Post deleted = post(this.town, this.alice, "outage over");
		this.api.deletePost(deleted.getId());
		this.mattermost.posts()
			.create(Post.newBuilder()
				.setChannelId(this.town.getId())
				.setUserId(this.alice.getId())
				.setType("system_header_change")
				.setMessage("outage header")
				.build());
		Channel archived = this.mattermost.channels().open(this.team, "old");
		this.mattermost.channels().addMember(archived, this.alice);
		Post old = post(archived, this.alice, "outage in the past");
		this.mattermost.channels().archive(archived);

		assertThat(this.api.searchPostsInTeam(this.team.getId(), List.of(terms("outage")))).isEmpty();
		assertThat(this.api.searchPostsInTeam(this.team.getId(),
				List.of(terms("outage").toBuilder().setIncludeDeletedChannels(true).build())))
			.extracting(Post::getId)
			.containsExactly(old.getId());
	}

	@Test
	void severalSearchesAreMergedAndAnAsteriskAloneIsSkipped() {
		Post apples = post(this.town, this.alice, "apples");
		Post pears = post(this.town, this.alice, "pears and apples");

		List<Post> found = this.api.searchPostsInTeam(this.team.getId(),
				List.of(terms("apples"), terms("pears"), terms("*")));

		assertThat(found).extracting(Post::getId).containsExactly(pears.getId(), apples.getId());
		assertThat(this.api.searchPostsInTeam(this.team.getId(), List.of(terms("*")))).isEmpty();
	}

	@Test
	void eachSearchFindsAtMostTheNewestHundredPosts() {
		for (int i = 0; i < 105; i++) {
			post(this.town, this.alice, "ping " + i);
		}

		List<Post> found = this.api.searchPostsInTeam(this.team.getId(), List.of(terms("ping")));

		assertThat(found).hasSize(100);
		assertThat(found.get(0).getMessage()).isEqualTo("ping 104");
		assertThat(found.get(99).getMessage()).isEqualTo("ping 5");
	}

	@Test
	void searchFailsWhenPostSearchIsDisabled() {
		// App.SearchPostsInTeam and App.SearchPostsForUser check ServiceSettings.EnablePostSearch
		this.api.saveConfig(Map.of("ServiceSettings", Map.of("EnablePostSearch", false)));

		assertThatExceptionOfType(PluginApiException.class)
			.isThrownBy(() -> this.api.searchPostsInTeam(this.team.getId(), List.of(terms("x"))))
			.satisfies((ex) -> {
				assertThat(ex.getErrorId()).isEqualTo("store.sql_post.search.disabled");
				assertThat(ex.getHttpStatus()).isEqualTo(501);
				assertThat(ex.getStatusCode()).isEqualTo(Status.Code.UNIMPLEMENTED);
			});
		assertThatExceptionOfType(PluginApiException.class)
			.isThrownBy(() -> searchAs(this.alice, "x"))
			.satisfies((ex) -> assertThat(ex.getErrorId()).isEqualTo("store.sql_post.search.disabled"));
	}

	// ---------------------------------------------------------------- SearchPostsInTeamForUser

	@Test
	void aUserFindsOnlyPostsOfTheChannelsTheyAreAMemberOf() {
		Post visible = post(this.town, this.bob, "budget draft");
		post(this.secrets, this.bob, "budget secret");

		PostSearchResults results = searchAs(this.alice, "budget");

		assertThat(results.getOrderList()).containsExactly(visible.getId());
		assertThat(results.getPostsMap()).containsOnlyKeys(visible.getId());
		assertThat(results.getMatchesMap()).isEmpty();
	}

	@Test
	void fromAndInFlagsFilterByUsernameAndChannelName() {
		Post wanted = post(this.town, this.bob, "release plan");
		post(this.town, this.alice, "release plan");
		Channel other = this.mattermost.channels().open(this.team, "other");
		this.mattermost.channels().addMember(other, this.alice);
		this.mattermost.channels().addMember(other, this.bob);
		post(other, this.bob, "release plan");

		assertThat(searchAs(this.alice, "release from:bob in:town").getOrderList()).containsExactly(wanted.getId());
		assertThat(searchAs(this.alice, "release FROM: bob channel:~town").getOrderList())
			.containsExactly(wanted.getId());
	}

	@Test
	void flagsAloneSearchEveryPostTheyLetThrough() {
		Post bobs = post(this.town, this.bob, "anything");
		post(this.town, this.alice, "something");

		assertThat(searchAs(this.alice, "from:bob").getOrderList()).containsExactly(bobs.getId());
	}

	@Test
	void excludedFlagsAndWordsLeavePostsOut() {
		Post kept = post(this.town, this.alice, "lunch today");
		post(this.town, this.bob, "lunch today");
		post(this.town, this.alice, "lunch cancelled");

		assertThat(searchAs(this.alice, "lunch -from:bob -cancelled").getOrderList()).containsExactly(kept.getId());
	}

	@Test
	void unknownNamesMatchNothing() {
		post(this.town, this.bob, "hello");

		assertThat(searchAs(this.alice, "hello from:nobody").getOrderList()).isEmpty();
		assertThat(searchAs(this.alice, "hello in:nowhere").getOrderList()).isEmpty();
	}

	@Test
	void aQuotedPhraseIsKeptTogether() {
		Post phrase = post(this.town, this.bob, "the quick brown fox");
		post(this.town, this.bob, "brown and quick");

		assertThat(searchAs(this.alice, "\"quick brown\"").getOrderList()).containsExactly(phrase.getId());
	}

	@Test
	void hashtagsSearchTheHashtagsOfPosts() {
		Post tagged = post(this.town, this.bob, "shipping #release today");
		post(this.town, this.bob, "the release without a tag");

		assertThat(searchAs(this.alice, "#release").getOrderList()).containsExactly(tagged.getId());
	}

	@Test
	void directChannelsAreSearchedAndNamedWithAnAt() {
		Channel direct = this.mattermost.channels().direct(this.alice, this.bob);
		Post inDirect = post(direct, this.bob, "see you");
		post(this.town, this.bob, "see you");

		assertThat(searchAs(this.alice, "see in:@bob").getOrderList()).containsExactly(inDirect.getId());
		assertThat(searchAs(this.carol, "see").getOrderList()).isEmpty();
	}

	@Test
	void dateFiltersUseTheSearchersDay() {
		this.mattermost.clock().set(Instant.parse("2026-03-01T12:00:00Z"));
		Post march1 = post(this.town, this.bob, "standup");
		this.mattermost.clock().set(Instant.parse("2026-03-02T12:00:00Z"));
		Post march2 = post(this.town, this.bob, "standup");
		this.mattermost.clock().set(Instant.parse("2026-03-03T12:00:00Z"));
		Post march3 = post(this.town, this.bob, "standup");

		assertThat(searchAs(this.alice, "standup on:2026-03-02").getOrderList()).containsExactly(march2.getId());
		assertThat(searchAs(this.alice, "standup after:2026-03-01").getOrderList()).containsExactly(march3.getId(),
				march2.getId());
		assertThat(searchAs(this.alice, "standup before:2026-3-2").getOrderList()).containsExactly(march1.getId());
		assertThat(searchAs(this.alice, "standup -on:2026-03-02").getOrderList()).containsExactly(march3.getId(),
				march1.getId());
	}

	@Test
	void laterPagesAreEmptyAndAnAsteriskAloneFindsNothing() {
		post(this.town, this.bob, "hello");

		assertThat(searchAs(this.alice, "*").getOrderList()).isEmpty();
		PostSearchResults secondPage = this.api.searchPostsInTeamForUser(this.team.getId(), this.alice.getId(),
				SearchParameter.newBuilder().setTerms("hello").setPage(1).setPerPage(20).build());
		assertThat(secondPage.getOrderList()).isEmpty();
	}

	private PostSearchResults searchAs(User user, String terms) {
		return this.api.searchPostsInTeamForUser(this.team.getId(), user.getId(),
				SearchParameter.newBuilder().setTerms(terms).setPerPage(20).build());
	}

	private Post post(Channel channel, User user, String message) {
		Post post = this.mattermost.posts().create(channel, user, message);
		this.mattermost.clock().advance(Duration.ofSeconds(1));
		return post;
	}

	private static SearchParams terms(String terms) {
		return SearchParams.newBuilder().setTerms(terms).build();
	}

}
