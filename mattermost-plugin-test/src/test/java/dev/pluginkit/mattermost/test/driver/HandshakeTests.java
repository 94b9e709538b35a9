package dev.pluginkit.mattermost.test.driver;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Reading go-plugin's handshake line.
 */
class HandshakeTests {

	@Test
	void parsesTheLineTheServerAccepts() {
		Handshake handshake = Handshake.parse("1|1|tcp|127.0.0.1:43210|grpc");
		assertThat(handshake.address()).isEqualTo("127.0.0.1:43210");
		assertThat(handshake.port()).isEqualTo(43210);
		assertThat(handshake.line()).isEqualTo("1|1|tcp|127.0.0.1:43210|grpc");
	}

	@Test
	void rejectsAnyOtherLineQuotingIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> Handshake.parse("Started in 1.2 s"))
			.withMessageContaining("'Started in 1.2 s'")
			.withMessageContaining(Handshake.EXPECTED);
	}

	@Test
	void rejectsNetRpc() {
		assertThatIllegalArgumentException().isThrownBy(() -> Handshake.parse("1|1|tcp|127.0.0.1:1234|netrpc"))
			.withMessageContaining("grpc");
	}

	@Test
	void rejectsAnAddressOffLoopback() {
		assertThatIllegalArgumentException().isThrownBy(() -> Handshake.parse("1|1|tcp|0.0.0.0:1234|grpc"))
			.withMessageContaining("127.0.0.1");
	}

	@Test
	void rejectsAnotherAppProtocolVersion() {
		assertThatIllegalArgumentException().isThrownBy(() -> Handshake.parse("1|2|tcp|127.0.0.1:1234|grpc"))
			.withMessageContaining("app protocol 1");
	}

}
