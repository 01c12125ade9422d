package org.communique.notifier.subscriptions;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * The key a caller's quotas are counted under: its IPv4 address, or the /64 of its IPv6 address (one
 * host usually has a whole /64 and could otherwise take a new address per request). Behind a reverse
 * proxy, enable Quarkus's {@code quarkus.http.proxy.*} forwarding so that this is the real client.
 */
public final class ClientKey {

    private ClientKey() {
    }

    public static String of(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return "unknown";
        }
        String text = remoteAddress.strip();
        if (text.indexOf(':') < 0) {
            return text;
        }
        try {
            byte[] bytes = InetAddress.getByName(text.startsWith("[") ? text : "[" + text + "]").getAddress();
            if (bytes.length == 4) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
