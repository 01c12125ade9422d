package org.communique.platform.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import com.google.re2j.Pattern;

/**
 * Private targets that webhooks may reach anyway: CIDR blocks ({@code 127.0.0.0/8}, {@code ::1/128})
 * and host names ({@code receiver.local}). For the local stack and tests only; empty in production.
 */
public final class PrivateTargetAllowlist {

    public static final PrivateTargetAllowlist NONE = new PrivateTargetAllowlist(List.of(), List.of(), false);
    public static final PrivateTargetAllowlist EVERYTHING = new PrivateTargetAllowlist(List.of(), List.of(), true);

    private static final Pattern LITERAL = Pattern.compile("[0-9.]+|.*:.*");

    private record Block(byte[] network, int prefix) {

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (bytes[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (bytes[full] & mask) == (network[full] & mask);
        }
    }

    private final List<Block> blocks;
    private final List<String> hosts;
    private final boolean everything;

    private PrivateTargetAllowlist(List<Block> blocks, List<String> hosts, boolean everything) {
        this.blocks = blocks;
        this.hosts = hosts;
        this.everything = everything;
    }

    /** Parses entries such as {@code 127.0.0.0/8}, {@code ::1/128}, {@code 10.1.2.3} or {@code hooks.local}. */
    public static PrivateTargetAllowlist of(List<String> entries) {
        List<Block> blocks = new ArrayList<>();
        List<String> hosts = new ArrayList<>();
        for (String raw : entries) {
            String entry = raw.strip().toLowerCase(Locale.ROOT);
            if (entry.isEmpty()) {
                continue;
            }
            String address = entry.contains("/") ? entry.substring(0, entry.indexOf('/')) : entry;
            if (!LITERAL.matcher(address).matches()) {
                hosts.add(entry.endsWith(".") ? entry.substring(0, entry.length() - 1) : entry);
                continue;
            }
            try {
                byte[] network = InetAddress.getByName(address).getAddress();
                int prefix = entry.contains("/") ? Integer.parseInt(entry.substring(entry.indexOf('/') + 1))
                        : network.length * 8;
                if (prefix < 0 || prefix > network.length * 8) {
                    throw new IllegalArgumentException("bad prefix length in allowlist entry " + raw);
                }
                blocks.add(new Block(network, prefix));
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("allowlist entry is neither a host name nor a CIDR block: " + raw, e);
            }
        }
        return new PrivateTargetAllowlist(List.copyOf(blocks), List.copyOf(hosts), false);
    }

    public boolean isEmpty() {
        return !everything && blocks.isEmpty() && hosts.isEmpty();
    }

    public boolean allows(String host, InetAddress address) {
        if (everything || hosts.contains(host.toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (Block block : blocks) {
            if (block.contains(address)) {
                return true;
            }
        }
        return false;
    }
}
