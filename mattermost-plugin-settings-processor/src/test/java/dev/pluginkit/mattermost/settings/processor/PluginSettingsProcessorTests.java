package dev.pluginkit.mattermost.settings.processor;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The processor run by the JDK's compiler on settings classes written for each test.
 */
class PluginSettingsProcessorTests {

	private static final String JAVA_BEAN = """
			package example;

			import java.time.Duration;
			import dev.pluginkit.mattermost.settings.PluginSettings;
			import dev.pluginkit.mattermost.settings.Setting;
			import dev.pluginkit.mattermost.settings.SettingType;

			@PluginSettings(header = "Moderation of the town square.")
			public class ModerationSettings {

				public enum Mode { STRICT, LOG_ONLY }

				/**
				 * Posts containing this word,
				 * in any case, are rejected.
				 */
				private String forbiddenWord = "spam";

				/** Whether moderation is on. */
				private boolean enabled = true;

				/** How many strikes before a user is muted. */
				private int maxStrikes = 3;

				/** What happens to a post with the word. */
				private Mode mode = Mode.LOG_ONLY;

				@Setting(displayName = "Cool-down", helpText = "Between two warnings.", defaultValue = "30s", placeholder = "30s")
				private Duration coolDown = Duration.ofSeconds(30);

				@Setting(key = "WebhookToken", secret = true)
				private String token;

				@Setting(type = SettingType.LONGTEXT)
				private String rules;

				private String notASetting = "no setter";

				public void setForbiddenWord(String forbiddenWord) { this.forbiddenWord = forbiddenWord; }
				public void setEnabled(boolean enabled) { this.enabled = enabled; }
				public void setMaxStrikes(int maxStrikes) { this.maxStrikes = maxStrikes; }
				public void setMode(Mode mode) { this.mode = mode; }
				public void setCoolDown(Duration coolDown) { this.coolDown = coolDown; }
				public void setToken(String token) { this.token = token; }
				public void setRules(String rules) { this.rules = rules; }

			}
			""";

	@TempDir
	Path output;

	@Test
	void aJavaBeansFieldsWithSettersBecomeSettingsInTheirOrder() {
		DocumentContext schema = compile(JAVA_BEAN).schema();

		assertThat(schema.read("$.settings[*].key", List.class)).containsExactly("forbiddenWord", "enabled",
				"maxStrikes", "mode", "coolDown", "WebhookToken", "rules");
		assertThat(schema.read("$.header", String.class)).isEqualTo("Moderation of the town square.");
	}

	@Test
	void displayNameTypeHelpTextAndDefaultComeFromTheFieldWhenNotAnnotated() {
		Map<String, Object> forbiddenWord = compile(JAVA_BEAN).setting("forbiddenWord");

		assertThat(forbiddenWord).containsEntry("display_name", "Forbidden word")
			.containsEntry("type", "text")
			.containsEntry("help_text", "Posts containing this word, in any case, are rejected.")
			.containsEntry("default", "spam")
			.doesNotContainKey("secret");
	}

	@Test
	void booleansAndWholeNumbersGetTheirTypesAndJsonDefaults() {
		Compiled compiled = compile(JAVA_BEAN);

		assertThat(compiled.setting("enabled")).containsEntry("type", "bool").containsEntry("default", true);
		assertThat(compiled.setting("maxStrikes")).containsEntry("type", "number").containsEntry("default", 3);
	}

	@Test
	void anEnumIsADropdownOfItsConstants() {
		Map<String, Object> mode = compile(JAVA_BEAN).setting("mode");

		assertThat(mode).containsEntry("type", "dropdown").containsEntry("default", "LOG_ONLY");
		assertThat(mode.get("options")).isEqualTo(List.of(Map.of("display_name", "Strict", "value", "STRICT"),
				Map.of("display_name", "Log only", "value", "LOG_ONLY")));
	}

	@Test
	void theAnnotationWinsAndGivesWhatNoInitializerCan() {
		Compiled compiled = compile(JAVA_BEAN);

		assertThat(compiled.setting("coolDown")).containsEntry("display_name", "Cool-down")
			.containsEntry("help_text", "Between two warnings.")
			.containsEntry("default", "30s")
			.containsEntry("placeholder", "30s");
		assertThat(compiled.setting("rules")).containsEntry("type", "longtext");
	}

	@Test
	void aSecretSettingIsMarkedAndKeptUnderItsOwnKeyWithoutDefault() {
		Map<String, Object> token = compile(JAVA_BEAN).setting("WebhookToken");

		assertThat(token).containsEntry("secret", true).containsEntry("type", "text").doesNotContainKey("default");
	}

	@Test
	void aRecordTakesHelpTextFromItsParamTagsAndDefaultsFromDefaultValue() {
		Compiled compiled = compile("""
				package example;

				import org.springframework.boot.context.properties.bind.DefaultValue;
				import dev.pluginkit.mattermost.settings.PluginSettings;
				import dev.pluginkit.mattermost.settings.Setting;

				/**
				 * Greeting settings.
				 * @param greeting the line the bot
				 *     posts on activation
				 * @param repeat how often
				 */
				@PluginSettings
				public record GreetingSettings(@DefaultValue("Hello") String greeting,
						@Setting(displayName = "Repetitions") @DefaultValue("2") int repeat) {
				}
				""");

		assertThat(compiled.setting("greeting")).containsEntry("display_name", "Greeting")
			.containsEntry("help_text", "the line the bot posts on activation")
			.containsEntry("default", "Hello");
		assertThat(compiled.setting("repeat")).containsEntry("display_name", "Repetitions")
			.containsEntry("type", "number")
			.containsEntry("default", 2);
	}

	@Test
	void keysThatDifferInCaseOnlyFailTheCompilationNamingTheKey() {
		Compiled compiled = compile("""
				package example;

				import dev.pluginkit.mattermost.settings.PluginSettings;
				import dev.pluginkit.mattermost.settings.Setting;

				@PluginSettings
				public record Clash(String channel, @Setting(key = "Channel") String other) {
				}
				""");

		assertThat(compiled.errors()).singleElement()
			.asString()
			.contains("\"Channel\"")
			.contains("Clash.channel")
			.contains("lower-cased");
	}

	@Test
	void aDefaultOutsideTheEnumFailsTheCompilation() {
		Compiled compiled = compile("""
				package example;

				import dev.pluginkit.mattermost.settings.PluginSettings;
				import dev.pluginkit.mattermost.settings.Setting;

				@PluginSettings
				public record Modes(@Setting(defaultValue = "LOUD") java.util.concurrent.TimeUnit unit) {
				}
				""");

		assertThat(compiled.errors()).singleElement().asString().contains("LOUD").contains("dropdown");
	}

	@Test
	void noSettingsClassWritesNoSchema() {
		Compiled compiled = compile("""
				package example;

				public class Plain {
				}
				""");

		assertThat(compiled.errors()).isEmpty();
		assertThat(this.output.resolve(PluginSettingsProcessor.SCHEMA_PATH)).doesNotExist();
	}

	private Compiled compile(String source) {
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		String name = source.replaceAll("(?s).*public (?:class|record) (\\w+).*", "$1");
		JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///example/" + name + ".java"),
				JavaFileObject.Kind.SOURCE) {

			@Override
			public CharSequence getCharContent(boolean ignoreEncodingErrors) {
				return source;
			}

		};
		try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
				StandardCharsets.UTF_8)) {
			List<String> options = List.of("-d", this.output.toString(), "-classpath",
					System.getProperty("java.class.path"), "-proc:only");
			JavaCompiler.CompilationTask task = compiler.getTask(new StringWriter(), files, diagnostics, options, null,
					List.of(file));
			task.setProcessors(List.of(new PluginSettingsProcessor()));
			task.call();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		List<String> errors = new ArrayList<>();
		diagnostics.getDiagnostics()
			.stream()
			.filter((diagnostic) -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
			.forEach((diagnostic) -> errors.add(diagnostic.getMessage(Locale.ROOT)));
		return new Compiled(this.output.resolve(PluginSettingsProcessor.SCHEMA_PATH), errors);
	}

	private record Compiled(Path schemaFile, List<String> errors) {

		DocumentContext schema() {
			assertThat(this.errors).isEmpty();
			try {
				return JsonPath.parse(Files.readString(this.schemaFile));
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		Map<String, Object> setting(String key) {
			List<Map<String, Object>> found = schema().read("$.settings[?(@.key == '" + key + "')]");
			assertThat(found).hasSize(1);
			return found.get(0);
		}

	}

}
