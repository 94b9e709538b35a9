package dev.pluginkit.mattermost.client;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.pluginkit.mattermost.pluginapi.v1.Bot;
import dev.pluginkit.mattermost.pluginapi.v1.BotGetOptions;
import dev.pluginkit.mattermost.pluginapi.v1.GetPostsForChannelRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetPostsForChannelResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetUsersInTeamRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetUsersInTeamResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetUsersRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetUsersResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.pluginapi.v1.PostList;
import dev.pluginkit.mattermost.pluginapi.v1.PostSearchResults;
import dev.pluginkit.mattermost.pluginapi.v1.SearchParameter;
import dev.pluginkit.mattermost.pluginapi.v1.SearchPostsInTeamForUserResponse;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import io.grpc.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The lazy streams over paged RPCs fetch a page only when the stream needs it and stop
 * after the first page that is not full.
 */
class PagedStreamTests {

	private InMemoryMattermost mattermost;

	private PluginAPIClient api;

	@BeforeEach
	void start() {
		this.mattermost = InMemoryMattermost.start();
		this.api = PluginAPIClient.create(this.mattermost.newChannel());
	}

	@AfterEach
	void stop() {
		this.mattermost.close();
	}

	@Test
	void fetchesPagesUntilTheFirstShortOne() {
		teamWithUsers(7);

		List<String> names = this.api.getUsersInTeamStream("team-1", 3).map(User::getUsername).toList();

		assertThat(names).containsExactly("user-0", "user-1", "user-2", "user-3", "user-4", "user-5", "user-6");
		assertThat(this.mattermost.requests(PluginAPIGrpc.getGetUsersInTeamMethod()))
			.extracting(GetUsersInTeamRequest::getTeamId, GetUsersInTeamRequest::getPage,
					GetUsersInTeamRequest::getPerPage)
			.containsExactly(tuple("team-1", 0, 3), tuple("team-1", 1, 3), tuple("team-1", 2, 3));
	}

	@Test
	void fetchesOneEmptyPageAfterAFullLastPage() {
		teamWithUsers(6);

		assertThat(this.api.getUsersInTeamStream("team-1", 3)).hasSize(6);
		assertThat(this.mattermost.requests(PluginAPIGrpc.getGetUsersInTeamMethod())).hasSize(3);
	}

	@Test
	void fetchesNoPageBeforeTheStreamIsConsumed() {
		teamWithUsers(7);

		Stream<User> users = this.api.getUsersInTeamStream("team-1", 3);

		assertThat(this.mattermost.requests(PluginAPIGrpc.getGetUsersInTeamMethod())).isEmpty();
		assertThat(users.limit(4).count()).isEqualTo(4);
		assertThat(this.mattermost.requests(PluginAPIGrpc.getGetUsersInTeamMethod())).hasSize(2);
	}

	@Test
	void fetchesOnlyTheFirstPageForAShortPrefix() {
		teamWithUsers(100);

		assertThat(this.api.getUsersInTeamStream("team-1", 10).findFirst()).isPresent();
		assertThat(this.mattermost.requests(PluginAPIGrpc.getGetUsersInTeamMethod())).hasSize(1);
	}

	@Test
	void pagesARequestMessageKeepingItsFilters() {
		this.mattermost.answerWith(PluginAPIGrpc.getGetUsersMethod(),
				(request) -> GetUsersResponse.newBuilder()
					.addAllUsers(users(request.getPage() * request.getPerPage(), (request.getPage() == 0) ? 2 : 1))
					.build());

		List<User> users = this.api
			.getUsersStream(GetUsersRequest.newBuilder().setInTeamId("team-1").setPage(7).setPerPage(99).build(), 2)
			.toList();

		assertThat(users).hasSize(3);
		assertThat(this.mattermost.requests(PluginAPIGrpc.getGetUsersMethod()))
			.extracting(GetUsersRequest::getInTeamId, GetUsersRequest::getPage, GetUsersRequest::getPerPage)
			.containsExactly(tuple("team-1", 0, 2), tuple("team-1", 1, 2));
	}

	@Test
	void streamsPostsInTheOrderOfEachPage() {
		this.mattermost.answerWith(PluginAPIGrpc.getGetPostsForChannelMethod(),
				(request) -> GetPostsForChannelResponse.newBuilder()
					.setPostList((request.getPage() == 0) ? postList("p3", "p2") : postList("p1"))
					.build());

		assertThat(this.api.getPostsForChannelStream("channel-1", 2).map(Post::getId)).containsExactly("p3", "p2",
				"p1");
		assertThat(this.mattermost.requests(PluginAPIGrpc.getGetPostsForChannelMethod()))
			.extracting(GetPostsForChannelRequest::getChannelId)
			.containsOnly("channel-1");
	}

	@Test
	void streamsEveryBotOfTheInMemoryServerKeepingTheFilter() {
		for (int i = 0; i < 5; i++) {
			this.mattermost.bots().create("bot-" + i);
		}

		List<String> names = this.api
			.getBotsStream(BotGetOptions.newBuilder().setIncludeDeleted(true).setPage(9).setPerPage(1).build(), 2)
			.map(Bot::getUsername)
			.toList();

		assertThat(names).containsExactlyInAnyOrder("bot-0", "bot-1", "bot-2", "bot-3", "bot-4");
		assertThat(this.mattermost.requests(PluginAPIGrpc.getGetBotsMethod()))
			.extracting((request) -> request.getOptions().getIncludeDeleted(), (request) -> request.getOptions().getPage(),
					(request) -> request.getOptions().getPerPage())
			.containsExactly(tuple(true, 0, 2), tuple(true, 1, 2), tuple(true, 2, 2));
	}

	@Test
	void streamsSearchHitsPageByPageInTheirOrder() {
		this.mattermost.answerWith(PluginAPIGrpc.getSearchPostsInTeamForUserMethod(),
				(request) -> SearchPostsInTeamForUserResponse.newBuilder()
					.setResults(searchResults((request.getSearchParams().getPage() == 0) ? new String[] { "p3", "p2" }
							: new String[] { "p1" }))
					.build());

		List<String> ids = this.api
			.searchPostsInTeamForUserStream("team-1", "user-1",
					SearchParameter.newBuilder().setTerms("hello").setIsOrSearch(true).build(), 2)
			.map(Post::getId)
			.toList();

		assertThat(ids).containsExactly("p3", "p2", "p1");
		assertThat(this.mattermost.requests(PluginAPIGrpc.getSearchPostsInTeamForUserMethod()))
			.extracting((request) -> request.getSearchParams().getTerms(),
					(request) -> request.getSearchParams().getIsOrSearch(),
					(request) -> request.getSearchParams().getPage(), (request) -> request.getSearchParams().getPerPage())
			.containsExactly(tuple("hello", true, 0, 2), tuple("hello", true, 1, 2));
	}

	@Test
	void searchStreamOfTheInMemoryServerEndsAfterThePageThatHoldsEveryHit() {
		// the database search answers every hit on page 0 (SqlPostStore.SearchPostsForUser)
		User alice = this.mattermost.users().create("alice");
		var team = this.mattermost.teams().create("eng").withMember(alice).team();
		var town = this.mattermost.channels().open(team, "town");
		this.mattermost.channels().addMember(town, alice);
		for (int i = 0; i < 3; i++) {
			this.mattermost.posts().create(town, alice, "hello " + i);
			this.mattermost.clock().advance(java.time.Duration.ofSeconds(1));
		}

		List<String> messages = this.api
			.searchPostsInTeamForUserStream(team.getId(), alice.getId(),
					SearchParameter.newBuilder().setTerms("hello").build(), 2)
			.map(Post::getMessage)
			.toList();

		assertThat(messages).containsExactly("hello 2", "hello 1", "hello 0");
		assertThat(this.mattermost.requests(PluginAPIGrpc.getSearchPostsInTeamForUserMethod())).hasSize(2);
	}

	@Test
	void aFailingPageThrowsFromTheStreamOperationThatNeedsIt() {
		this.mattermost.failWith("GetUsersInTeam",
				Status.PERMISSION_DENIED.withDescription("api.context.permissions.app_error: No permission."));

		Stream<User> users = this.api.getUsersInTeamStream("team-1", 3);

		assertThatExceptionOfType(PluginApiPermissionDeniedException.class).isThrownBy(users::toList);
	}

	@Test
	void rejectsAPageSizeBelowOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.api.kvListStream(0))
			.withMessage("pageSize must be at least 1, but is 0");
		assertThat(this.mattermost.requests(PluginAPIGrpc.getKVListMethod())).isEmpty();
	}

	private void teamWithUsers(int count) {
		this.mattermost.answerWith(PluginAPIGrpc.getGetUsersInTeamMethod(), (request) -> {
			int from = request.getPage() * request.getPerPage();
			int to = Math.min(count, from + request.getPerPage());
			return GetUsersInTeamResponse.newBuilder().addAllUsers(users(from, Math.max(0, to - from))).build();
		});
	}

	private static List<User> users(int from, int count) {
		return IntStream.range(from, from + count)
			.mapToObj((i) -> User.newBuilder().setId("id-" + i).setUsername("user-" + i).build())
			.toList();
	}

	private static PostSearchResults searchResults(String... ids) {
		PostSearchResults.Builder results = PostSearchResults.newBuilder();
		for (String id : ids) {
			results.addOrder(id).putPosts(id, Post.newBuilder().setId(id).build());
		}
		return results.build();
	}

	private static PostList postList(String... ids) {
		PostList.Builder list = PostList.newBuilder();
		for (String id : ids) {
			list.addOrder(id).putPosts(id, Post.newBuilder().setId(id).build());
		}
		return list.build();
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

}
