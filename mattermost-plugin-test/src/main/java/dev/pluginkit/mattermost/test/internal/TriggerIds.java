package dev.pluginkit.mattermost.test.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server's trigger ids, as {@code GenerateTriggerId} and {@code DecodeAndVerifyTriggerId}
 * in {@code server/public/model/integration_action.go} make and check them: the base64 of
 * {@code clientTriggerId:userId:millis:} followed by the base64 of an ECDSA P-256 signature
 * (ASN.1, over the SHA-256 of that text) made with the server's asymmetric signing key.
 * Each fake server has its own key, kept across {@code reset()}, so a trigger id of one fake
 * is refused by another, as between two servers.
 *
 * <p>The fake clock stamps and checks them, so a test expires one by moving the clock. The
 * server also remembers nothing else about a trigger id; the fake keeps, beside it, where the
 * interaction happened (channel and team), which a dialog opened with it then carries, so
 * that the driver can submit the dialog from the channel the user was in, as the web app does.
 */
public final class TriggerIds {

	/**
	 * {@code ServiceSettings.OutgoingIntegrationRequestsTimeout}'s default, 30 seconds: how
	 * old a trigger id may be when a dialog is opened with it.
	 */
	public static final Duration TIMEOUT = Duration.ofSeconds(30);

	/** A trigger id as issued: the signed id the integration gets, and the client's id. */
	public record Issued(String clientTriggerId, String triggerId) {
	}

	/** What a valid trigger id says: the client's id and the user it was issued for. */
	public record Verified(String clientTriggerId, String userId) {
	}

	/** Where an interaction took place, kept by client trigger id. */
	public record Origin(String channelId, String teamId) {
	}

	private final KeyPair key;

	private final Map<String, Origin> origins = new ConcurrentHashMap<>();

	/** Creates the issuer with a new P-256 key. */
	public TriggerIds() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			this.key = generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java runtime can make P-256 keys", ex);
		}
	}

	/**
	 * Issues a trigger id for a user, as {@code model.GenerateTriggerId}.
	 * @param userId the user who interacted
	 * @param nowMillis the server's time
	 * @param origin where the interaction happened
	 * @return the ids
	 */
	public Issued issue(String userId, long nowMillis, Origin origin) {
		String clientTriggerId = Ids.newId();
		String data = clientTriggerId + ":" + userId + ":" + nowMillis + ":";
		byte[] signature;
		try {
			Signature signer = Signature.getInstance("SHA256withECDSA");
			signer.initSign(this.key.getPrivate());
			signer.update(data.getBytes(StandardCharsets.UTF_8));
			signature = signer.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not sign a trigger id", ex);
		}
		String triggerId = Base64.getEncoder()
			.encodeToString((data + Base64.getEncoder().encodeToString(signature)).getBytes(StandardCharsets.UTF_8));
		this.origins.put(clientTriggerId, origin);
		return new Issued(clientTriggerId, triggerId);
	}

	/**
	 * Checks a trigger id as {@code model.DecodeAndVerifyTriggerId}, in its order: base64,
	 * four parts, age, signature encoding, signature.
	 * @param triggerId the signed trigger id
	 * @param nowMillis the server's time
	 * @return what it says
	 * @throws ChannelService.Failure (400) with the server's error id when it is not valid
	 */
	public Verified verify(String triggerId, long nowMillis) {
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(triggerId), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw invalid("base64_decode_failed", "Failed to decode base64 for trigger ID for interactive dialog.");
		}
		String[] parts = decoded.split(":", -1);
		if (parts.length != 4) {
			throw invalid("missing_data", "Trigger ID missing required data for interactive dialog.");
		}
		long timestamp;
		try {
			timestamp = Long.parseLong(parts[2]);
		}
		catch (NumberFormatException ex) {
			// Go ignores the parse error and reads 0, which is always too old.
			timestamp = 0;
		}
		if (nowMillis - timestamp > TIMEOUT.toMillis()) {
			throw invalid("expired", "Trigger ID for interactive dialog is expired. Maximum time for Trigger ID is "
					+ TIMEOUT.toSeconds() + "s.");
		}
		byte[] signature;
		try {
			signature = Base64.getDecoder().decode(parts[3]);
		}
		catch (IllegalArgumentException ex) {
			throw invalid("base64_decode_failed_signature",
					"Failed to decode base64 signature of trigger ID for interactive dialog.");
		}
		String data = parts[0] + ":" + parts[1] + ":" + parts[2] + ":";
		boolean valid;
		try {
			Signature verifier = Signature.getInstance("SHA256withECDSA");
			verifier.initVerify(this.key.getPublic());
			verifier.update(data.getBytes(StandardCharsets.UTF_8));
			valid = verifier.verify(signature);
		}
		catch (SignatureException ex) {
			throw invalid("signature_decode_failed", "Failed to decode ECDSA signature of trigger ID for interactive dialog.");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not check a trigger id", ex);
		}
		if (!valid) {
			throw invalid("verify_signature_failed", "Signature verification failed of trigger ID for interactive dialog.");
		}
		return new Verified(parts[0], parts[1]);
	}

	/**
	 * Returns where the interaction that issued a trigger id happened.
	 * @param clientTriggerId the client's trigger id
	 * @return the origin, or {@code null} for an id this fake did not issue
	 */
	public Origin origin(String clientTriggerId) {
		return this.origins.get(clientTriggerId);
	}

	private static ChannelService.Failure invalid(String reason, String message) {
		// The messages stand in for the server's translations, which were not looked up.
		return new ChannelService.Failure(400, "interactive_message.decode_trigger_id." + reason, message);
	}

}
