package dev.pluginkit.mattermost.runtime;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The port the plugin listens on, from go-plugin's PLUGIN_MIN_PORT and PLUGIN_MAX_PORT.
 */
class PluginPortRangeTests {

	@Test
	void takesTheFirstFreePortOfTheRangeCountingUp() throws IOException {
		try (ServerSocketChannel taken = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0))) {
			int port = ((InetSocketAddress) taken.getLocalAddress()).getPort();
			PluginPortRange range = PluginPortRange
				.fromEnvironment(Map.of("PLUGIN_MIN_PORT", Integer.toString(port), "PLUGIN_MAX_PORT",
						Integer.toString(Math.min(port + 50, 65535))));

			try (ServerSocketChannel bound = range.bind()) {
				int chosen = ((InetSocketAddress) bound.getLocalAddress()).getPort();
				assertThat(chosen).isGreaterThan(port).isLessThanOrEqualTo(port + 50);
			}
		}
	}

	@Test
	void failsWhenNoPortOfTheRangeIsFree() throws IOException {
		try (ServerSocketChannel taken = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0))) {
			int port = ((InetSocketAddress) taken.getLocalAddress()).getPort();

			assertThatExceptionOfType(BindException.class).isThrownBy(() -> PluginPortRange.of(port, port).bind())
				.withMessageContaining("No free port on 127.0.0.1 between " + port + " and " + port);
		}
	}

	@Test
	void letsTheSystemChooseWithoutBothVariables() throws IOException {
		assertThat(PluginPortRange.fromEnvironment(Map.of("PLUGIN_MIN_PORT", "10000"))).isSameAs(PluginPortRange.any());
		try (ServerSocketChannel bound = PluginPortRange.any().bind()) {
			assertThat(((InetSocketAddress) bound.getLocalAddress()).getPort()).isPositive();
		}
	}

	@Test
	void namesTheVariableThatHoldsNoPort() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PluginPortRange.fromEnvironment(Map.of("PLUGIN_MIN_PORT", "ten", "PLUGIN_MAX_PORT", "25000")))
			.withMessage("PLUGIN_MIN_PORT must be a TCP port number, but is 'ten'");
	}

	@Test
	void refusesAReversedRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> PluginPortRange.of(25000, 10000))
			.withMessageContaining("25000..10000");
	}

}
