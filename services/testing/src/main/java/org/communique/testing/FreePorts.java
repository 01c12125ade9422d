package org.communique.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for the processes a test starts (brokers, databases, services, receivers).
 *
 * <p>Opening {@code new ServerSocket(0)} and closing it again, once per port, is not enough: the kernel may hand
 * the same number to two consecutive calls (a local stack once came up with its notifier's HTTP port equal to
 * Kafka's), and a port taken from the ephemeral range can become the local end of any outgoing connection
 * before the child binds it. So ports are drawn at random from below the ephemeral range, each is bound to
 * prove it is free, all sockets of one call are held until the last port is chosen, and no port is handed
 * out twice by this JVM.
 */
public final class FreePorts {

    private static final int LOWEST = 20_000;
    private static final int ATTEMPTS = 1_000;
    private static final Set<Integer> GIVEN = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    public static int one() {
        return take(1)[0];
    }

    /** {@code count} distinct ports, each free when returned. */
    public static int[] take(int count) {
        int highest = ephemeralLow() - 1;
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int attempt = 0; held.size() < count && attempt < ATTEMPTS; attempt++) {
                int port = highest > LOWEST ? ThreadLocalRandom.current().nextInt(LOWEST, highest + 1) : 0;
                if (port != 0 && GIVEN.contains(port)) {
                    continue;
                }
                ServerSocket socket = tryBind(port);
                if (socket != null && GIVEN.add(socket.getLocalPort())) {
                    held.add(socket);
                } else if (socket != null) {
                    close(socket);
                }
            }
            if (held.size() < count) {
                throw new IllegalStateException("found only " + held.size() + " of " + count + " free ports");
            }
            return held.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } finally {
            held.forEach(FreePorts::close);
        }
    }

    /** The lower end of {@code net.ipv4.ip_local_port_range}; 32768 (Linux's default) when it cannot be read. */
    static int ephemeralLow() {
        try {
            // readAllLines, not readString: procfs reports a size of 0 and readString then returns a fragment
            String range = Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).trim();
            return Integer.parseInt(range.split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 32_768;
        }
    }

    private static ServerSocket tryBind(int port) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(false);
            try {
                socket.bind(new InetSocketAddress(port));
                return socket;
            } catch (IOException inUse) {
                close(socket);
                return null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void close(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a listening socket that accepted nothing cannot lose anything
        }
    }
}
