package dev.pluginkit.mattermost.runtime;

import java.net.SocketAddress;
import java.nio.channels.ServerSocketChannel;

import io.netty.channel.socket.nio.NioServerSocketChannel;

/**
 * A Netty server channel over a socket that already listens. The runtime binds the port and
 * writes the handshake line before Netty and gRPC are even loaded, so that the handshake
 * does not wait for them; the connection the Mattermost server opens meanwhile waits in the
 * socket's backlog until gRPC serves it. Binding again would fail, so bind does nothing.
 */
class PreboundServerSocketChannel extends NioServerSocketChannel {

	PreboundServerSocketChannel(ServerSocketChannel socket) {
		super(socket);
	}

	@Override
	protected void doBind(SocketAddress localAddress) {
		// Bound by PluginPortRange before the handshake.
	}

}
