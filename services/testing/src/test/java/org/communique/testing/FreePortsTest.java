package org.communique.testing;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FreePortsTest {

    @Test
    void portsOfOneCallAreDistinctBindableAndBelowTheEphemeralRange() throws IOException {
        int[] ports = FreePorts.take(40);
        assertEquals(40, Arrays.stream(ports).distinct().count());
        for (int port : ports) {
            assertTrue(port < FreePorts.ephemeralLow(), port + " is inside the ephemeral range");
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(port));
            }
        }
    }

    @Test
    void noPortIsHandedOutTwiceAcrossCalls() {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            assertTrue(seen.add(FreePorts.one()), "a port came back twice");
        }
    }
}
