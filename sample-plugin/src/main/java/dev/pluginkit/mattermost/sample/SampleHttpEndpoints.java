package dev.pluginkit.mattermost.sample;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.pluginkit.mattermost.web.MattermostUserId;

import org.springframework.http.MediaType;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sample's HTTP endpoints, which the server serves at {@code /plugins/dev.pluginkit.sample/...}
 * and forwards to the plugin through ServeHTTP. Bodies stream: {@code /echo} and
 * {@code /upload} never hold a whole body in memory.
 */
@RestController
class SampleHttpEndpoints {

	/** Answers the request body, with its content type, as it arrives. */
	@PostMapping("/echo")
	void echo(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (request.getContentType() != null) {
			response.setContentType(request.getContentType());
		}
		if (request.getContentLengthLong() >= 0) {
			response.setContentLengthLong(request.getContentLengthLong());
		}
		StreamUtils.copy(request.getInputStream(), response.getOutputStream());
	}

	/** Who the server says is calling; 401 when nobody is logged in. */
	@GetMapping("/whoami")
	Map<String, String> whoami(@MattermostUserId String userId) {
		return Map.of("user_id", userId);
	}

	/** Fails, to show that a failing handler answers 500 and the plugin goes on. */
	@GetMapping("/fail")
	String fail() {
		throw new IllegalStateException("/fail always fails");
	}

	/** Reads the body as a stream and answers its size and SHA-256 digest. */
	@PostMapping(path = "/upload", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> upload(InputStream body) throws IOException {
		MessageDigest sha256 = sha256();
		long bytes = 0;
		byte[] buffer = new byte[64 * 1024];
		try (DigestInputStream digest = new DigestInputStream(body, sha256)) {
			int read;
			while ((read = digest.read(buffer)) != -1) {
				bytes += read;
			}
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("bytes", bytes);
		answer.put("sha256", HexFormat.of().formatHex(sha256.digest()));
		return answer;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
