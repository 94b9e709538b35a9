package dev.pluginkit.mattermost.test.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.ChannelType;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.pluginapi.v1.PostSearchResults;
import dev.pluginkit.mattermost.pluginapi.v1.SearchParameter;
import dev.pluginkit.mattermost.pluginapi.v1.SearchParams;
import dev.pluginkit.mattermost.pluginapi.v1.SearchPostsInTeamForUserRequest;
import dev.pluginkit.mattermost.pluginapi.v1.SearchPostsInTeamForUserResponse;
import dev.pluginkit.mattermost.pluginapi.v1.SearchPostsInTeamRequest;
import dev.pluginkit.mattermost.pluginapi.v1.SearchPostsInTeamResponse;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import io.grpc.stub.StreamObserver;

/**
 * The in-memory server's post search, as the server searches its database (no
 * Elasticsearch or Bleve). Failures are an {@code AppError} in field 1, as the server's post
 * handlers report them.
 *
 * <p>Followed from the server's source: {@code PluginAPI.SearchPostsInTeam} and
 * {@code SearchPostsInTeamForUser} ({@code server/channels/app/plugin_api.go});
 * {@code App.SearchPostsInTeam}, {@code searchPostsInTeam} and {@code SearchPostsForUser}
 * ({@code server/channels/app/post.go}); {@code model.ParseSearchParams}
 * ({@code server/public/model/search_params.go}); {@code SqlPostStore.search} and
 * {@code SearchPostsForUser} ({@code server/channels/store/sqlstore/post_store.go}), with
 * the Postgres text search.
 *
 * <ul>
 * <li>{@code SearchPostsInTeam} takes the terms of each search as they are ({@code from:}
 * is no flag there), its {@code in_channels} as channel names and {@code from_users} as
 * usernames, and searches every channel of the team and every direct and group channel,
 * whether or not anyone in particular is a member.
 * <li>{@code SearchPostsInTeamForUser} parses the terms as a user types them: plain words,
 * {@code "quoted phrases"}, {@code -excluded} words, {@code #hashtags}, {@code from:},
 * {@code in:} (or {@code channel:}; a channel name, {@code @username} for a direct
 * channel, {@code @a,b} for a group channel), {@code on:}, {@code after:} and
 * {@code before:} with {@code -} to exclude; and searches only the channels the user is a
 * member of. Names it cannot resolve match nothing. Page 0 holds the hits, later pages are
 * empty, as the database search does not page.
 * <li>Both: deleted posts and system messages are never found; each search finds at most
 * the newest 100 posts; hits of several searches are merged, newest first; terms are
 * matched as words (case-insensitively), {@code word*} as a prefix, all words unless
 * {@code is_or_search}; terms that start and end with a quote match as one phrase; a
 * search of {@code *} alone is skipped; {@code ServiceSettings.EnablePostSearch} off fails
 * with 501 {@code store.sql_post.search.disabled}.
 * </ul>
 *
 * <p>Not modelled: Postgres's stemming and stop words, and its parser's special tokens (a
 * URL, an e-mail address or a hyphenated word is split into plain words here); the
 * {@code matches} of a hit (the database search reports none); the direct channel that an
 * {@code in:@username} of a user without one would create.
 */
public final class PostSearchService implements PluginAPIGrpc.AsyncService {

	/** The server's limit of hits per search in {@code SqlPostStore.search}. */
	static final int SEARCH_LIMIT = 100;

	private static final String DISABLED_ID = "store.sql_post.search.disabled";

	private static final String DISABLED_MESSAGE = "Searching has been disabled on this server. Please contact your System Administrator.";

	private static final List<String> SEARCH_FLAGS = List.of("from", "channel", "in", "before", "after", "on", "ext");

	private static final Pattern PUNCTUATION_START = Pattern.compile("^[^\\p{L}\\d\\s#\"]+");

	private static final Pattern PUNCTUATION_END = Pattern.compile("[^\\p{L}\\d\\s*\"]+$");

	private static final Pattern HASHTAG_START = Pattern.compile("^#{2,}");

	private static final Pattern VALID_HASHTAG = Pattern.compile("^(#\\p{L}[\\p{L}\\d\\-_.]*[\\p{L}\\d])$");

	/** The characters {@code SqlPostStore.search} turns into spaces ({@code specialSearchChar}). */
	private static final String SPECIAL_CHARACTERS = "<>+-()~@:";

	private static final Pattern WORD_SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}]+");

	private final FakeData data;

	private final PostService posts;

	/**
	 * Creates the part over the server's data.
	 * @param data the shared data
	 */
	public PostSearchService(FakeData data) {
		this.data = data;
		this.posts = new PostService(data);
	}

	@Override
	public void searchPostsInTeam(SearchPostsInTeamRequest request,
			StreamObserver<SearchPostsInTeamResponse> responseObserver) {
		SearchPostsInTeamResponse.Builder response = SearchPostsInTeamResponse.newBuilder();
		if (!ConfigurationService.serverConfig(this.data).postSearchEnabled()) {
			response.setError(ServerErrors.appError(501, DISABLED_ID, DISABLED_MESSAGE, "SearchPostsInTeam"));
		}
		else {
			List<Query> queries = new ArrayList<>();
			for (SearchParams params : request.getParamsListList()) {
				// the bridge's searchParamsFromProto carries these fields; the rest is dropped
				queries.add(new Query(params.getTerms(), "", false, params.getIsOrSearch(),
						params.getIncludeDeletedChannels(), params.getInChannelsList(), params.getExcludedChannelsList(),
						params.getFromUsersList(), params.getExcludedUsersList(), Dates.NONE, true));
			}
			response.addAllPosts(search(request.getTeamId(), "", queries));
		}
		responseObserver.onNext(response.build());
		responseObserver.onCompleted();
	}

	@Override
	public void searchPostsInTeamForUser(SearchPostsInTeamForUserRequest request,
			StreamObserver<SearchPostsInTeamForUserResponse> responseObserver) {
		SearchPostsInTeamForUserResponse.Builder response = SearchPostsInTeamForUserResponse.newBuilder();
		if (!ConfigurationService.serverConfig(this.data).postSearchEnabled()) {
			response.setError(ServerErrors.appError(501, DISABLED_ID, DISABLED_MESSAGE, "SearchPostsForUser"));
		}
		else {
			response.setResults(searchForUser(request.getTeamId(), request.getUserId(), request.getSearchParams()));
		}
		responseObserver.onNext(response.build());
		responseObserver.onCompleted();
	}

	private PostSearchResults searchForUser(String teamId, String userId, SearchParameter parameter) {
		PostSearchResults.Builder results = PostSearchResults.newBuilder();
		List<Query> queries = new ArrayList<>();
		for (Query parsed : parse(parameter.getTerms().strip(), parameter.getTimeZoneOffset())) {
			if (parsed.terms().equals("*")) {
				continue;
			}
			boolean includeDeleted = parameter.getIncludeDeletedChannels();
			queries.add(new Query(removeNonAlphaNumericUnquotedTerms(parsed.terms()), parsed.excludedTerms(),
					parsed.hashtag(), parameter.getIsOrSearch(), includeDeleted,
					channelIds(parsed.inChannels(), userId, teamId, includeDeleted),
					channelIds(parsed.excludedChannels(), userId, teamId, includeDeleted), userIds(parsed.fromUsers()),
					userIds(parsed.excludedUsers()), parsed.dates(), false));
		}
		// SqlPostStore.SearchPostsForUser: "we don't support paging for DB search"
		if (queries.isEmpty() || parameter.getPage() > 0) {
			return results.build();
		}
		for (Post post : search(teamId, userId, queries)) {
			results.addOrder(post.getId()).putPosts(post.getId(), post);
		}
		return results.build();
	}

	// ---------------------------------------------------------------- the store's search

	private List<Post> search(String teamId, String userId, List<Query> queries) {
		Map<String, Post> found = new LinkedHashMap<>();
		synchronized (this.data.lock()) {
			for (Query query : queries) {
				if (query.terms().equals("*")) {
					continue;
				}
				searchOne(teamId, userId, query).forEach((post) -> found.putIfAbsent(post.getId(), post));
			}
		}
		Comparator<Post> newestFirst = PostService.oldestFirst(this.data).reversed();
		return found.values().stream().sorted(newestFirst).map(this.posts::read).toList();
	}

	private List<Post> searchOne(String teamId, String userId, Query query) {
		if (query.terms().isEmpty() && query.excludedTerms().isEmpty() && query.inChannels().isEmpty()
				&& query.excludedChannels().isEmpty() && query.fromUsers().isEmpty() && query.excludedUsers().isEmpty()
				&& !query.dates().filters()) {
			return List.of();
		}
		Predicate<Post> text = textMatcher(query);
		if (text == null) {
			// an empty text query is a syntax error of to_tsquery, which the store logs and answers as no hits
			return List.of();
		}
		Set<String> authors = authors(teamId, query);
		return this.data.posts.values()
			.stream()
			.filter((post) -> post.getDeleteAt() == 0 && !post.getType().startsWith("system_"))
			.filter((post) -> authors == null || authors.contains(post.getUserId()))
			.filter((post) -> query.dates().accepts(post.getCreateAt()))
			.filter((post) -> inScope(post.getChannelId(), teamId, userId, query))
			.filter(text)
			.sorted(PostService.oldestFirst(this.data).reversed())
			.limit(SEARCH_LIMIT)
			.toList();
	}

	/** The ids of the users whose posts count, or {@code null} when no user filter is set. */
	private Set<String> authors(String teamId, Query query) {
		if (query.fromUsers().isEmpty() && query.excludedUsers().isEmpty()) {
			return null;
		}
		// buildSearchPostFilterClause: users of the team, by username or by id
		Set<String> authors = new TreeSet<>();
		for (User user : this.data.users.values()) {
			boolean member = this.data.teamMembers.entrySet()
				.stream()
				.anyMatch((team) -> (teamId.isEmpty() || team.getKey().equals(teamId))
						&& team.getValue().containsKey(user.getId()));
			String key = query.byName() ? user.getUsername() : user.getId();
			if (member && (query.fromUsers().isEmpty() || query.fromUsers().contains(key))
					&& !query.excludedUsers().contains(key)) {
				authors.add(user.getId());
			}
		}
		return authors;
	}

	private boolean inScope(String channelId, String teamId, String userId, Query query) {
		Channel channel = this.data.channels.get(channelId);
		Map<String, ?> members = this.data.channelMembers.get(channelId);
		if (channel == null || members == null || members.isEmpty()) {
			return false;
		}
		if (!query.includeDeleted() && channel.getDeleteAt() != 0) {
			return false;
		}
		if (!query.byName() && !members.containsKey(userId)) {
			return false;
		}
		if (!teamId.isEmpty() && !channel.getTeamId().equals(teamId) && !channel.getTeamId().isEmpty()) {
			return false;
		}
		String key = query.byName() ? channel.getName() : channel.getId();
		return (query.inChannels().isEmpty() || query.inChannels().contains(key))
				&& !query.excludedChannels().contains(key);
	}

	/**
	 * The text condition of {@code SqlPostStore.search} for Postgres, or {@code null} when
	 * the query it would build is empty.
	 */
	private static Predicate<Post> textMatcher(Query query) {
		String terms = query.terms();
		String excludedTerms = query.excludedTerms();
		for (char special : SPECIAL_CHARACTERS.toCharArray()) {
			terms = terms.replace(special, ' ');
			excludedTerms = excludedTerms.replace(special, ' ');
		}
		if (terms.isEmpty() && excludedTerms.isEmpty()) {
			return (post) -> true;
		}
		List<Operand> operands = operands(terms);
		List<Operand> excluded = operands(excludedTerms);
		if (operands.isEmpty()) {
			return null;
		}
		boolean phrase = !query.orTerms() && terms.startsWith("\"") && terms.endsWith("\"");
		boolean hashtag = query.hashtag();
		return (post) -> {
			List<String> words = words(hashtag ? post.getHashtags() : post.getMessage());
			boolean matched;
			if (query.orTerms()) {
				matched = operands.stream().anyMatch((operand) -> operand.in(words));
			}
			else if (phrase) {
				matched = Operand.phraseIn(operands, words);
			}
			else {
				matched = operands.stream().allMatch((operand) -> operand.in(words));
			}
			return matched && excluded.stream().noneMatch((operand) -> operand.in(words));
		};
	}

	private static List<Operand> operands(String terms) {
		List<Operand> operands = new ArrayList<>();
		for (String field : terms.strip().split("\\s+")) {
			boolean prefix = field.endsWith("*");
			List<String> words = words(field);
			if (!words.isEmpty()) {
				operands.add(new Operand(words, prefix));
			}
		}
		return operands;
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String word : WORD_SEPARATOR.split(text.toLowerCase(Locale.ROOT))) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

	/** One operand of the text query: its words in order, the last one a prefix for {@code word*}. */
	private record Operand(List<String> words, boolean prefix) {

		boolean in(List<String> text) {
			return indexIn(this.words, this.prefix, text, 0) >= 0;
		}

		static boolean phraseIn(List<Operand> operands, List<String> text) {
			List<String> all = new ArrayList<>();
			operands.forEach((operand) -> all.addAll(operand.words()));
			return indexIn(all, operands.get(operands.size() - 1).prefix(), text, 0) >= 0;
		}

		private static int indexIn(List<String> sequence, boolean lastIsPrefix, List<String> text, int from) {
			for (int start = from; start + sequence.size() <= text.size(); start++) {
				boolean all = true;
				for (int i = 0; i < sequence.size() && all; i++) {
					String word = text.get(start + i);
					boolean last = i == sequence.size() - 1;
					all = (last && lastIsPrefix) ? word.startsWith(sequence.get(i)) : word.equals(sequence.get(i));
				}
				if (all) {
					return start;
				}
			}
			return -1;
		}

	}

	private static String removeNonAlphaNumericUnquotedTerms(String terms) {
		// as removeNonAlphaNumericUnquotedTerms in server/channels/store/sqlstore/utils.go
		List<String> kept = new ArrayList<>();
		for (String word : terms.split(" ", -1)) {
			boolean quoted = word.length() >= 2 && word.startsWith("\"") && word.endsWith("\"");
			if (quoted || word.codePoints().anyMatch((c) -> Character.isLetter(c) || Character.isDigit(c))) {
				kept.add(word.strip());
			}
		}
		return String.join(" ", kept);
	}

	// ---------------------------------------------------------------- names to ids (app/post.go)

	private List<String> channelIds(List<String> names, String userId, String teamId, boolean includeDeleted) {
		List<String> ids = new ArrayList<>();
		for (String name : names) {
			// convertChannelNamesToChannelIds keeps a name it cannot resolve
			ids.add(channelId(name, userId, teamId, includeDeleted));
		}
		return ids;
	}

	private String channelId(String name, String userId, String teamId, boolean includeDeleted) {
		String clean = name.replaceFirst("^~+", "");
		if (clean.startsWith("@")) {
			Set<String> members = new TreeSet<>();
			for (String username : clean.substring(1).split(",")) {
				String id = userId(username);
				if (id == null && !clean.contains(",")) {
					return name;
				}
				if (id != null) {
					members.add(id);
				}
			}
			if (!clean.contains(",")) {
				members.add(userId);
			}
			ChannelType type = clean.contains(",") ? ChannelType.CHANNEL_TYPE_GROUP : ChannelType.CHANNEL_TYPE_DIRECT;
			return this.data.channels.values()
				.stream()
				.filter((channel) -> channel.getType() == type)
				.filter((channel) -> members.equals(new TreeSet<>(this.data.channelMembers
					.getOrDefault(channel.getId(), Map.of())
					.keySet())))
				.map(Channel::getId)
				.findFirst()
				.orElse(name);
		}
		return this.data.channels.values()
			.stream()
			.filter((channel) -> channel.getName().equals(clean) && channel.getTeamId().equals(teamId)
					&& (includeDeleted || channel.getDeleteAt() == 0))
			.map(Channel::getId)
			.findFirst()
			.orElse(name);
	}

	private List<String> userIds(List<String> usernames) {
		// convertUserNameToUserIds keeps a name it cannot resolve
		return usernames.stream().map((username) -> {
			String id = userId(username);
			return (id != null) ? id : username;
		}).collect(Collectors.toList());
	}

	private String userId(String username) {
		return this.data.users.values()
			.stream()
			.filter((user) -> user.getUsername().equals(username))
			.map(User::getId)
			.findFirst()
			.orElse(null);
	}

	// ---------------------------------------------------------------- model.ParseSearchParams

	private static List<Query> parse(String text, long timeZoneOffset) {
		List<String> plain = new ArrayList<>();
		List<String> excludedPlain = new ArrayList<>();
		List<String> hashtags = new ArrayList<>();
		List<String> excludedHashtags = new ArrayList<>();
		List<String> inChannels = new ArrayList<>();
		List<String> excludedChannels = new ArrayList<>();
		List<String> fromUsers = new ArrayList<>();
		List<String> excludedUsers = new ArrayList<>();
		String[] dates = new String[6];
		List<String> input = splitWords(text);
		for (int i = 0; i < input.size(); i++) {
			String word = input.get(i);
			Flag flag = flag(word, (i + 1 < input.size()) ? input.get(i + 1) : null);
			if (flag != null) {
				if (flag.usedNext()) {
					i++;
				}
				switch (flag.name()) {
					case "in", "channel" -> (flag.exclude() ? excludedChannels : inChannels).add(flag.value());
					case "from" -> (flag.exclude() ? excludedUsers : fromUsers).add(flag.value());
					case "after" -> dates[flag.exclude() ? 1 : 0] = flag.value();
					case "before" -> dates[flag.exclude() ? 3 : 2] = flag.value();
					case "on" -> dates[flag.exclude() ? 5 : 4] = flag.value();
					default -> {
						// ext: applies to file search only
					}
				}
				continue;
			}
			boolean exclude = word.startsWith("-");
			word = PUNCTUATION_START.matcher(word).replaceAll("");
			word = PUNCTUATION_END.matcher(word).replaceAll("");
			word = HASHTAG_START.matcher(word).replaceAll("#");
			if (word.isEmpty()) {
				continue;
			}
			boolean hashtag = VALID_HASHTAG.matcher(word).matches();
			(hashtag ? (exclude ? excludedHashtags : hashtags) : (exclude ? excludedPlain : plain)).add(word);
		}
		Dates filters = new Dates(dates, timeZoneOffset);
		List<Query> queries = new ArrayList<>();
		if (!plain.isEmpty() || !excludedPlain.isEmpty()) {
			queries.add(new Query(String.join(" ", plain), String.join(" ", excludedPlain), false, false, false,
					inChannels, excludedChannels, fromUsers, excludedUsers, filters, false));
		}
		if (!hashtags.isEmpty() || !excludedHashtags.isEmpty()) {
			queries.add(new Query(String.join(" ", hashtags), String.join(" ", excludedHashtags), true, false, false,
					inChannels, excludedChannels, fromUsers, excludedUsers, filters, false));
		}
		if (queries.isEmpty() && (!inChannels.isEmpty() || !excludedChannels.isEmpty() || !fromUsers.isEmpty()
				|| !excludedUsers.isEmpty() || filters.any())) {
			queries.add(new Query("", "", false, false, false, inChannels, excludedChannels, fromUsers, excludedUsers,
					filters, false));
		}
		return queries;
	}

	private static List<String> splitWords(String text) {
		List<String> words = new ArrayList<>();
		boolean inQuote = false;
		int location = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) != '"') {
				continue;
			}
			if (inQuote) {
				words.add(text.substring(location, i + 1));
				inQuote = false;
				location = i + 1;
			}
			else {
				int nextStart = (i > 0 && text.charAt(i - 1) == '-') ? i - 1 : i;
				words.addAll(fields(text.substring(location, nextStart)));
				inQuote = true;
				location = nextStart;
			}
		}
		words.addAll(fields(text.substring(location)));
		return words;
	}

	private static List<String> fields(String text) {
		String stripped = text.strip();
		return stripped.isEmpty() ? List.of() : List.of(stripped.split("\\s+"));
	}

	private static Flag flag(String word, String next) {
		int colon = word.indexOf(':');
		if (colon < 0) {
			return null;
		}
		boolean exclude = word.startsWith("-");
		String name = exclude ? word.substring(1, Math.max(1, colon)) : word.substring(0, colon);
		String value = word.substring(colon + 1);
		for (String flag : SEARCH_FLAGS) {
			if (flag.equalsIgnoreCase(name)) {
				if (!value.isEmpty()) {
					return new Flag(flag, value, exclude, false);
				}
				if (next != null) {
					return new Flag(flag, next, exclude, true);
				}
			}
		}
		return null;
	}

	private record Flag(String name, String value, boolean exclude, boolean usedNext) {
	}

	/**
	 * One search as the store runs it.
	 * @param byName whether channels are matched by name and users by username
	 * ({@code SearchPostsInTeam}), else by id; also whether any channel counts, not only
	 * the searcher's
	 */
	private record Query(String terms, String excludedTerms, boolean hashtag, boolean orTerms,
			boolean includeDeleted, List<String> inChannels, List<String> excludedChannels, List<String> fromUsers,
			List<String> excludedUsers, Dates dates, boolean byName) {
	}

	/**
	 * The date filters of a search, as {@code SqlPostStore.buildCreateDateFilterClause} and
	 * the {@code Get...DateMillis} methods of {@code model.SearchParams} apply them, in the
	 * searcher's offset from UTC (seconds).
	 */
	private record Dates(String after, String excludedAfter, String before, String excludedBefore, String on,
			String excludedOn, long offset) {

		static final Dates NONE = new Dates(new String[6], 0);

		Dates(String[] values, long offset) {
			this(values[0], values[1], values[2], values[3], values[4], values[5], offset);
		}

		/** Whether a filter that the store counts as a search on its own is set. */
		boolean filters() {
			return this.on != null || this.after != null || this.before != null;
		}

		boolean any() {
			return filters() || this.excludedAfter != null || this.excludedBefore != null || this.excludedOn != null;
		}

		boolean accepts(long createAt) {
			if (this.on != null) {
				LocalDate day = date(this.on);
				return (day != null) ? createAt >= startOf(day) && createAt <= endOf(day) : createAt == 0;
			}
			if (this.excludedOn != null) {
				LocalDate day = date(this.excludedOn);
				if (day != null ? createAt >= startOf(day) && createAt <= endOf(day) : createAt == 0) {
					return false;
				}
			}
			if (this.after != null && createAt < startOf(dateOrToday(this.after).plusDays(1))) {
				return false;
			}
			if (this.before != null && createAt > endOfDayBefore(this.before)) {
				return false;
			}
			if (this.excludedAfter != null && createAt >= startOf(dateOrToday(this.excludedAfter).plusDays(1))) {
				return false;
			}
			return this.excludedBefore == null || createAt > endOfDayBefore(this.excludedBefore);
		}

		private long endOfDayBefore(String value) {
			LocalDate day = date(value);
			// GetBeforeDateMillis answers 0 for a date it cannot read
			return (day != null) ? endOf(day.minusDays(1)) : 0;
		}

		private LocalDate dateOrToday(String value) {
			// GetAfterDateMillis takes today for a date it cannot read
			LocalDate day = date(value);
			return (day != null) ? day : LocalDate.now(ZoneOffset.UTC);
		}

		private long startOf(LocalDate day) {
			return day.atStartOfDay().toInstant(zone()).toEpochMilli();
		}

		private long endOf(LocalDate day) {
			return day.plusDays(1).atStartOfDay().toInstant(zone()).toEpochMilli() - 1;
		}

		private ZoneOffset zone() {
			return ZoneOffset.ofTotalSeconds((int) Math.max(-18 * 3600, Math.min(18 * 3600, this.offset)));
		}

		private static LocalDate date(String value) {
			// PadDateStringZeros, then time.Parse("2006-01-02", ...)
			String[] parts = value.split("-");
			if (parts.length != 3) {
				return null;
			}
			String padded = parts[0] + "-" + pad(parts[1]) + "-" + pad(parts[2]);
			try {
				return LocalDate.parse(padded);
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}

		private static String pad(String part) {
			return (part.length() == 1) ? "0" + part : part;
		}

	}

}
