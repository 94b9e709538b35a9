package dev.pluginkit.mattermost.hooks;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.pluginkit.mattermost.pluginapi.v1.MessageWillBePostedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.MessageWillBePostedResponse;
import org.junit.jupiter.api.Test;

import org.springframework.core.annotation.AnnotatedElementUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The hook catalogue, read from the generated service descriptor.
 */
class HookTests {

	@Test
	void holdsTheFortyUnaryHooksOfTheContract() {
		assertThat(Hook.all()).hasSize(40)
			.extracting(Hook::name)
			.doesNotContain("Implemented", "ServeHTTP")
			.contains("OnActivate", "MessageWillBePosted", "ExecuteCommand", "OnSharedChannelsProfileImageSyncMsg");
	}

	@Test
	void sortsTheHooksByTheAnswerTheyExpect() {
		Map<Hook.Kind, Long> kinds = Hook.all()
			.stream()
			.collect(Collectors.groupingBy(Hook::kind, Collectors.counting()));

		assertThat(kinds).containsEntry(Hook.Kind.APP_ERROR, 12L)
			.containsEntry(Hook.Kind.VETO, 6L)
			.containsEntry(Hook.Kind.NOTIFICATION, 20L)
			.containsEntry(Hook.Kind.RESULT, 2L);
	}

	@Test
	void knowsEachHooksMessageTypes() {
		Hook hook = Hook.named("MessageWillBePosted");

		assertThat(hook.requestType()).isEqualTo(MessageWillBePostedRequest.class);
		assertThat(hook.responseType()).isEqualTo(MessageWillBePostedResponse.class);
		assertThat(hook.kind()).isEqualTo(Hook.Kind.VETO);
		assertThat(hook.rejectionReasonField().getName()).isEqualTo("rejection_reason");
		assertThat(hook.acceptsSeveralHandlers()).isFalse();
	}

	@Test
	void letsSeveralHandlersTakeHooksWithNothingToAnswer() {
		Map<String, Hook> hooks = Hook.all().stream().collect(Collectors.toMap(Hook::name, Function.identity()));

		assertThat(hooks.get("OnActivate").acceptsSeveralHandlers()).isTrue();
		assertThat(hooks.get("MessageHasBeenPosted").acceptsSeveralHandlers()).isTrue();
		assertThat(hooks.get("ExecuteCommand").acceptsSeveralHandlers()).isFalse();
		assertThat(hooks.get("RunDataRetention").acceptsSeveralHandlers()).isFalse();
	}

	@Test
	void hasAnAnnotationNamedAfterEachHook() throws ClassNotFoundException {
		for (Hook hook : Hook.all()) {
			Class<?> annotation = Class.forName("dev.pluginkit.mattermost.hooks." + hook.name());
			PluginHook pluginHook = AnnotatedElementUtils.findMergedAnnotation(annotation, PluginHook.class);

			assertThat(annotation.isAnnotation()).as(hook.name()).isTrue();
			assertThat(pluginHook).as(hook.name()).isNotNull();
			assertThat(pluginHook.value()).containsExactly(hook.name());
		}
	}

	@Test
	void namesTheHooksWhenAskedForAnUnknownOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> Hook.named("ServeHTTP"))
			.withMessageContaining("'ServeHTTP' is not a hook")
			.withMessageContaining("MessageWillBePosted");
	}

}
