package dev.pluginkit.mattermost.test.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The rules of Go's {@code net/http} and {@code net/url} that shape the server's
 * {@code init} message.
 */
class GoHttpTests {

	@Test
	void headerKeysTakeGoCanonicalForm() {
		assertThat(GoHttp.canonicalHeaderKey("content-type")).isEqualTo("Content-Type");
		assertThat(GoHttp.canonicalHeaderKey("MATTERMOST-PLUGIN-ID")).isEqualTo("Mattermost-Plugin-Id");
		assertThat(GoHttp.canonicalHeaderKey("x-api-key")).isEqualTo("X-Api-Key");
		assertThat(GoHttp.canonicalHeaderKey("bad key")).isEqualTo("bad key");
	}

	@Test
	void aChangedPathIsEscapedAsUrlEscapedPathDoes() {
		assertThat(GoHttp.escapePath("/a b/\u00e4?x")).isEqualTo("/a%20b/%C3%A4%3Fx");
		assertThat(GoHttp.escapePath("/keep$&+,/:;=@-_.~")).isEqualTo("/keep$&+,/:;=@-_.~");
		assertThat(GoHttp.escapePath("/(x)*!")).isEqualTo("/%28x%29%2A%21");
	}

	@Test
	void aQueryIsEncodedWithSortedKeysAsUrlValuesDoes() {
		Map<String, List<String>> query = new LinkedHashMap<>();
		query.put("z", List.of("2", "1"));
		query.put("a b", List.of("x*y~"));

		assertThat(GoHttp.encodeQuery(query)).isEqualTo("a+b=x%2Ay~&z=2&z=1");
	}

	@Test
	void parsingAQueryDropsWhatGoDrops() {
		assertThat(GoHttp.parseQuery("a=1&b;c=2&d=%zz&e=x+y&&f")).containsExactly(Map.entry("a", List.of("1")),
				Map.entry("e", List.of("x y")), Map.entry("f", List.of("")));
	}

	@Test
	void aMalformedEscapeIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> GoHttp.unescape("/a%2", false));
		assertThat(GoHttp.unescape("/a%2Fb+c", false)).isEqualTo("/a/b+c");
	}

}
