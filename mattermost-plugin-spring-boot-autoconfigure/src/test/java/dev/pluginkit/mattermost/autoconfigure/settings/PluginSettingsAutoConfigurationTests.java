package dev.pluginkit.mattermost.autoconfigure.settings;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.pluginkit.mattermost.autoconfigure.PluginApiClientAutoConfiguration;
import dev.pluginkit.mattermost.autoconfigure.hooks.PluginHooksAutoConfiguration;
import dev.pluginkit.mattermost.autoconfigure.settings.bean.ModerationSettings;
import dev.pluginkit.mattermost.autoconfigure.settings.record.GreetingSettings;
import dev.pluginkit.mattermost.autoconfigure.settings.validated.ValidatedSettings;
import dev.pluginkit.mattermost.hooks.OnActivate;
import dev.pluginkit.mattermost.pluginapi.v1.ImplementedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.OnActivateRequest;
import dev.pluginkit.mattermost.pluginapi.v1.OnActivateResponse;
import dev.pluginkit.mattermost.pluginapi.v1.OnConfigurationChangeRequest;
import dev.pluginkit.mattermost.pluginapi.v1.OnConfigurationChangeResponse;
import dev.pluginkit.mattermost.settings.InvalidPluginSettingsException;
import dev.pluginkit.mattermost.settings.PluginSettingsChangedEvent;
import dev.pluginkit.mattermost.settings.PluginSettingsHolder;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import net.devh.boot.grpc.client.autoconfigure.GrpcClientAutoConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.ResolvableType;

import static dev.pluginkit.mattermost.autoconfigure.hooks.HooksOverSocket.serving;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Typed plugin settings, bound from an in-memory Mattermost's plugin settings and reloaded
 * through the PluginHooks service over a real socket, as the server calls it.
 */
class PluginSettingsAutoConfigurationTests {

	private InMemoryMattermost mattermost;

	private ApplicationContextRunner contextRunner;

	@BeforeEach
	void start() {
		this.mattermost = InMemoryMattermost.start();
		this.contextRunner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(GrpcClientAutoConfiguration.class,
					PluginApiClientAutoConfiguration.class, PluginHooksAutoConfiguration.class,
					ValidationAutoConfiguration.class, PluginSettingsAutoConfiguration.class))
			.withPropertyValues("mattermost.plugin.api.target=" + this.mattermost.target());
	}

	@AfterEach
	void stop() {
		this.mattermost.close();
	}

	@Test
	void keysMatchPropertiesWhateverTheirCaseAndValuesConvertAsSpringBootConvertsThem() {
		this.mattermost.setPluginConfig(Map.of("ForbiddenWord", "eggs", "MaxStrikes", 5, "CoolDown", "2m", "Mode",
				"LOG_ONLY", "Channels", List.of("town-square", "off-topic"), "WebhookToken", "s3cret"));

		this.contextRunner.withUserConfiguration(ModerationApplication.class).run((context) -> {
			ModerationSettings settings = holder(context, ModerationSettings.class).get();

			assertThat(settings.getForbiddenWord()).isEqualTo("eggs");
			assertThat(settings.getMaxStrikes()).isEqualTo(5);
			assertThat(settings.getCoolDown()).isEqualTo(Duration.ofMinutes(2));
			assertThat(settings.getMode()).isEqualTo(ModerationSettings.Mode.LOG_ONLY);
			assertThat(settings.getChannels()).containsExactly("town-square", "off-topic");
			assertThat(settings.getToken()).as("bound under its @Setting key").isEqualTo("s3cret");
		});
	}

	@Test
	void aCommaSeparatedTextBindsToAList() {
		this.mattermost.setPluginConfig(Map.of("channels", "eng, ops"));

		this.contextRunner.withUserConfiguration(ModerationApplication.class)
			.run((context) -> assertThat(holder(context, ModerationSettings.class).get().getChannels())
				.containsExactly("eng", "ops"));
	}

	@Test
	void settingsNoOneSetKeepTheClassDefaults() {
		Map<String, Object> unset = new java.util.HashMap<>();
		// What the server answers for a setting whose schema has no default.
		unset.put("forbiddenword", null);
		this.mattermost.setPluginConfig(unset);

		this.contextRunner.withUserConfiguration(ModerationApplication.class).run((context) -> {
			ModerationSettings settings = holder(context, ModerationSettings.class).get();

			assertThat(settings.getForbiddenWord()).isEqualTo("spam");
			assertThat(settings.getCoolDown()).isEqualTo(Duration.ofSeconds(30));
		});
	}

	@Test
	void aRecordIsBoundThroughItsConstructorWithItsDefaultValues() {
		this.mattermost.setPluginConfig(Map.of("Repeat", 2));

		this.contextRunner.withUserConfiguration(GreetingApplication.class).run((context) -> {
			assertThat(holder(context, GreetingSettings.class).get()).isEqualTo(new GreetingSettings("Hello", 2));
			assertThat(context).as("a record cannot be proxied: inject its holder")
				.doesNotHaveBean(GreetingSettings.class);
		});
	}

	@Test
	void theInjectedJavaBeanAlwaysAnswersWithTheCurrentValues() {
		this.mattermost.setPluginConfig(Map.of("ForbiddenWord", "eggs"));

		this.contextRunner.withUserConfiguration(ModerationApplication.class).run(serving((hooks, context) -> {
			ModerationSettings injected = context.getBean(ModerationSettings.class);
			assertThat(injected.getForbiddenWord()).isEqualTo("eggs");

			this.mattermost.setPluginConfig(Map.of("ForbiddenWord", "ham"));
			assertThat(hooks.onConfigurationChange(OnConfigurationChangeRequest.getDefaultInstance()).hasError())
				.isFalse();

			assertThat(injected.getForbiddenWord()).isEqualTo("ham");
		}));
	}

	@Test
	void aReloadPublishesTheOldAndTheNewSettings() {
		this.mattermost.setPluginConfig(Map.of("ForbiddenWord", "eggs"));

		this.contextRunner.withUserConfiguration(ModerationApplication.class, SettingsListener.class)
			.run(serving((hooks, context) -> {
				hooks.onActivate(OnActivateRequest.getDefaultInstance());
				this.mattermost.setPluginConfig(Map.of("ForbiddenWord", "ham"));
				hooks.onConfigurationChange(OnConfigurationChangeRequest.getDefaultInstance());

				List<PluginSettingsChangedEvent<ModerationSettings>> events = context.getBean(SettingsListener.class).events;
				assertThat(events).hasSize(2);
				assertThat(events.get(0).getOldSettings()).as("nothing loaded before activation").isEmpty();
				assertThat(events.get(0).getNewSettings().getForbiddenWord()).isEqualTo("eggs");
				assertThat(events.get(1).getOldSettings()).hasValueSatisfying(
						(old) -> assertThat(old.getForbiddenWord()).isEqualTo("eggs"));
				assertThat(events.get(1).getNewSettings().getForbiddenWord()).isEqualTo("ham");
			}));
	}

	@Test
	void onActivateHandlersSeeTheSettingsOfThisActivation() {
		this.contextRunner.withUserConfiguration(ModerationApplication.class, ReadsSettingsOnActivate.class)
			.run(serving((hooks, context) -> {
				this.mattermost.setPluginConfig(Map.of("ForbiddenWord", "eggs"));
				// Loaded before the activation, as a bean reading settings at startup does.
				assertThat(context.getBean(ModerationSettings.class).getForbiddenWord()).isEqualTo("eggs");
				this.mattermost.setPluginConfig(Map.of("ForbiddenWord", "ham"));

				assertThat(hooks.onActivate(OnActivateRequest.getDefaultInstance()).hasError()).isFalse();

				assertThat(context.getBean(ReadsSettingsOnActivate.class).seen).containsExactly("ham");
			}));
	}

	@Test
	void theSettingsHooksAreImplementedWhenTheApplicationHasSettings() {
		this.contextRunner.withUserConfiguration(ModerationApplication.class)
			.run(serving((hooks, context) -> assertThat(
					hooks.implemented(ImplementedRequest.getDefaultInstance()).getHooksList())
				.containsExactly("OnActivate", "OnConfigurationChange")));
	}

	@Test
	void withoutSettingsClassesNothingIsRegistered() {
		this.contextRunner.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(PluginSettingsReloader.class)
			.doesNotHaveBean(PluginSettingsHolder.class));
	}

	@Test
	void anInvalidValueFailsTheActivationNamingTheSettingAndTheOnActivateHandlersDoNotRun() {
		this.mattermost.setPluginConfig(Map.of("ForbiddenWord", "eggs", "MaxStrikes", 0));

		this.contextRunner.withUserConfiguration(ValidatedApplication.class, ReadsNothingOnActivate.class)
			.run(serving((hooks, context) -> {
				OnActivateResponse response = hooks.onActivate(OnActivateRequest.getDefaultInstance());

				assertThat(response.getError().getMessage()).contains("ValidatedSettings")
					.contains("setting \"maxStrikes\" must be greater than or equal to 1 (value: 0)");
				assertThat(response.getError().getDetailedError()).isEqualTo(response.getError().getMessage());
				assertThat(context.getBean(ReadsNothingOnActivate.class).activations).isZero();
			}));
	}

	@Test
	void anInvalidChangeFailsOnConfigurationChangeNamingTheSettingAndKeepsThePreviousSettings() {
		this.mattermost.setPluginConfig(Map.of("ForbiddenWord", "eggs"));

		this.contextRunner.withUserConfiguration(ValidatedApplication.class).run(serving((hooks, context) -> {
			assertThat(hooks.onActivate(OnActivateRequest.getDefaultInstance()).hasError()).isFalse();
			this.mattermost.setPluginConfig(Map.of("ForbiddenWord", "  "));

			OnConfigurationChangeResponse response = hooks
				.onConfigurationChange(OnConfigurationChangeRequest.getDefaultInstance());

			assertThat(response.getError().getMessage()).contains("setting \"forbiddenWord\" must not be blank");
			assertThat(holder(context, ValidatedSettings.class).get().forbiddenWord()).isEqualTo("eggs");
		}));
	}

	@Test
	void aValueThatDoesNotConvertNamesTheSettingAndTheValue() {
		this.mattermost.setPluginConfig(Map.of("MaxStrikes", "many"));

		this.contextRunner.withUserConfiguration(ModerationApplication.class)
			.run((context) -> assertThatExceptionOfType(InvalidPluginSettingsException.class)
				.isThrownBy(() -> holder(context, ModerationSettings.class).get())
				.withMessageContaining("setting \"maxStrikes\" cannot be bound to int (value: \"many\")")
				.satisfies((ex) -> assertThat(ex.getSettingKeys()).containsExactly("maxStrikes")));
	}

	@Test
	void theValueOfAnInvalidSecretIsNotShown() {
		this.mattermost.setPluginConfig(Map.of("ForbiddenWord", "eggs", "ApiKey", "short"));

		this.contextRunner.withUserConfiguration(ValidatedApplication.class)
			.run((context) -> assertThatExceptionOfType(InvalidPluginSettingsException.class)
				.isThrownBy(() -> holder(context, ValidatedSettings.class).get())
				.withMessageContaining("setting \"ApiKey\" size must be between 8")
				.withMessageContaining("value not shown")
				.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("short")));
	}

	@SuppressWarnings("unchecked")
	private static <T> PluginSettingsHolder<T> holder(AssertableApplicationContext context, Class<T> type) {
		assertThat(context).hasNotFailed();
		return (PluginSettingsHolder<T>) context
			.getBeanProvider(ResolvableType.forClassWithGenerics(PluginSettingsHolder.class, type))
			.getObject();
	}

	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage(basePackageClasses = ModerationSettings.class)
	static class ModerationApplication {

	}

	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage(basePackageClasses = GreetingSettings.class)
	static class GreetingApplication {

	}

	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage(basePackageClasses = ValidatedSettings.class)
	static class ValidatedApplication {

	}

	static class SettingsListener {

		final List<PluginSettingsChangedEvent<ModerationSettings>> events = new CopyOnWriteArrayList<>();

		@EventListener
		void changed(PluginSettingsChangedEvent<ModerationSettings> event) {
			this.events.add(event);
		}

	}

	static class ReadsSettingsOnActivate {

		final List<String> seen = new CopyOnWriteArrayList<>();

		@Autowired
		ModerationSettings settings;

		@OnActivate
		void activate() {
			this.seen.add(this.settings.getForbiddenWord());
		}

	}

	static class ReadsNothingOnActivate {

		volatile int activations;

		@OnActivate
		void activate() {
			this.activations++;
		}

	}

}
