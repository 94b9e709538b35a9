package dev.pluginkit.mattermost.client;

import java.util.Arrays;
import java.util.Objects;

/**
 * The image of a custom emoji, as {@code getEmojiImage} returns it.
 *
 * @param image the image bytes
 * @param contentType the image's format as the server names it, for example {@code png}
 * or {@code gif}
 */
public record EmojiImage(byte[] image, String contentType) {

	/**
	 * Checks the components.
	 * @param image the image bytes
	 * @param contentType the image's format
	 */
	public EmojiImage {
		Objects.requireNonNull(image, "image must not be null");
		Objects.requireNonNull(contentType, "contentType must not be null");
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof EmojiImage that) && Arrays.equals(this.image, that.image)
				&& this.contentType.equals(that.contentType);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(this.image) + this.contentType.hashCode();
	}

	@Override
	public String toString() {
		return "EmojiImage[" + this.image.length + " bytes, contentType=" + this.contentType + "]";
	}

}
