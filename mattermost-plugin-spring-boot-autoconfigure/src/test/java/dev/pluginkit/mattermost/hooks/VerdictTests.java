package dev.pluginkit.mattermost.hooks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The outcomes a veto hook handler can return.
 */
class VerdictTests {

	@Test
	void dismissAnswersTheReasonTheServerDropsPostsSilentlyFor() {
		Verdict<Object> verdict = Verdict.dismiss();

		assertThat(verdict.rejectionReason()).isEqualTo("plugin.message_will_be_posted.dismiss_post");
		assertThat(verdict.isDismissed()).isTrue();
		assertThat(verdict.isRejected()).isTrue();
	}

	@Test
	void aRejectionNeedsAReason() {
		assertThatIllegalArgumentException().isThrownBy(() -> Verdict.reject(""));
	}

	@Test
	void allowKeepsTheInput() {
		Verdict<Object> verdict = Verdict.allow();

		assertThat(verdict.isRejected()).isFalse();
		assertThat(verdict.replacement()).isNull();
	}

}
