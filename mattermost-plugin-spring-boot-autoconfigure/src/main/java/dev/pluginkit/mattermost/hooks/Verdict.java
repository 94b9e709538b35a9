package dev.pluginkit.mattermost.hooks;

import java.util.Objects;

/**
 * The answer of a veto hook handler (MessageWillBePosted, MessageWillBeUpdated,
 * FileWillBeUploaded, NotificationWillBePushed, EmailNotificationWillBeSent, UserWillLogIn):
 * let the input through, replace it, reject it with a reason, or, for a post, dismiss it
 * silently.
 *
 * <pre class="code">
 * &#64;MessageWillBePosted
 * Verdict&lt;Post&gt; check(Post post) {
 *     if (post.getMessage().contains("forbidden")) {
 *         return Verdict.reject("Please keep it friendly.");
 *     }
 *     return Verdict.replace(post.toBuilder().setMessage(post.getMessage().trim()).build());
 * }
 * </pre>
 *
 * @param <T> the type of the replacement value, such as {@code Post}
 */
public final class Verdict<T> {

	/**
	 * The rejection reason that makes the server drop a post silently, without showing the
	 * user an error.
	 */
	public static final String DISMISS_POST_REASON = "plugin.message_will_be_posted.dismiss_post";

	private static final Verdict<?> ALLOW = new Verdict<>(null, null);

	private final T replacement;

	private final String rejectionReason;

	private Verdict(T replacement, String rejectionReason) {
		this.replacement = replacement;
		this.rejectionReason = rejectionReason;
	}

	/**
	 * Lets the input through unchanged.
	 * @param <T> the replacement type
	 * @return the verdict
	 */
	@SuppressWarnings("unchecked")
	public static <T> Verdict<T> allow() {
		return (Verdict<T>) ALLOW;
	}

	/**
	 * Lets the input through, replaced by that value: stored into the response field of its
	 * type (a {@code Post} into {@code modified_post}, a {@code FileInfo} into
	 * {@code modified_file_info}, ...).
	 * @param <T> the replacement type
	 * @param replacement the value to use instead of the input
	 * @return the verdict
	 */
	public static <T> Verdict<T> replace(T replacement) {
		return new Verdict<>(Objects.requireNonNull(replacement, "replacement"), null);
	}

	/**
	 * Rejects the input; the server shows the reason to the user (for a post or an edit) or
	 * refuses the operation with it.
	 * @param <T> the replacement type
	 * @param reason why, not empty
	 * @return the verdict
	 * @throws IllegalArgumentException if the reason is empty: an empty reason means
	 * accepted to the server
	 */
	public static <T> Verdict<T> reject(String reason) {
		if (reason == null || reason.isEmpty()) {
			throw new IllegalArgumentException("A rejection needs a reason; use Verdict.allow() to let it through");
		}
		return new Verdict<>(null, reason);
	}

	/**
	 * Drops a post silently (MessageWillBePosted): the server stores nothing and shows the
	 * user no error. It answers the reason {@value #DISMISS_POST_REASON}, which other hooks
	 * take as an ordinary rejection.
	 * @param <T> the replacement type
	 * @return the verdict
	 */
	public static <T> Verdict<T> dismiss() {
		return new Verdict<>(null, DISMISS_POST_REASON);
	}

	/**
	 * The value to use instead of the input.
	 * @return the replacement, or {@code null} when the input is kept or rejected
	 */
	public T replacement() {
		return this.replacement;
	}

	/**
	 * The reason for a rejection or dismissal.
	 * @return the reason, or {@code null} when the input goes through
	 */
	public String rejectionReason() {
		return this.rejectionReason;
	}

	/**
	 * Whether the input is rejected or dismissed.
	 * @return whether there is a rejection reason
	 */
	public boolean isRejected() {
		return this.rejectionReason != null;
	}

	/**
	 * Whether this is the silent dismissal of a post.
	 * @return whether the reason is {@value #DISMISS_POST_REASON}
	 */
	public boolean isDismissed() {
		return DISMISS_POST_REASON.equals(this.rejectionReason);
	}

	@Override
	public String toString() {
		if (this.rejectionReason != null) {
			return isDismissed() ? "Verdict.dismiss()" : "Verdict.reject(" + this.rejectionReason + ")";
		}
		return (this.replacement != null) ? "Verdict.replace(...)" : "Verdict.allow()";
	}

}
