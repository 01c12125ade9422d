package org.communique.platform.net;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;

/** Where an IP address points, as far as webhook delivery cares. */
public enum AddressClass {

    PUBLIC("a public"),
    LOOPBACK("a loopback"),
    PRIVATE("a private-network"),
    LINK_LOCAL("a link-local"),
    SHARED("a carrier-grade NAT"),
    UNIQUE_LOCAL("a unique-local"),
    MULTICAST("a multicast"),
    UNSPECIFIED("an unspecified"),
    RESERVED("a reserved");

    private final String description;

    AddressClass(String description) {
        this.description = description;
    }

    /** "a loopback", "a private-network", ... for messages such as "resolves to a loopback address". */
    public String description() {
        return description;
    }

    public static AddressClass of(InetAddress address) {
        byte[] bytes = address.getAddress();
        return address instanceof Inet6Address ? ofIpv6(bytes) : ofIpv4(bytes);
    }

    static AddressClass ofIpv4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0) {
            return UNSPECIFIED;                                      // 0.0.0.0/8 "this network"
        }
        if (first == 127) {
            return LOOPBACK;
        }
        if (first == 10 || (first == 172 && second >= 16 && second <= 31) || (first == 192 && second == 168)) {
            return PRIVATE;
        }
        if (first == 169 && second == 254) {
            return LINK_LOCAL;                                       // includes 169.254.169.254 (cloud metadata)
        }
        if (first == 100 && second >= 64 && second <= 127) {
            return SHARED;                                           // 100.64.0.0/10
        }
        if (first >= 224 && first <= 239) {
            return MULTICAST;
        }
        int third = b[2] & 0xff;
        if (first >= 240                                             // 240.0.0.0/4 and 255.255.255.255
                || (first == 192 && second == 0 && third == 0)       // 192.0.0.0/24 protocol assignments
                || (first == 192 && second == 0 && third == 2)       // 192.0.2.0/24 documentation
                || (first == 198 && second == 51 && third == 100)    // 198.51.100.0/24 documentation
                || (first == 203 && second == 0 && third == 113)     // 203.0.113.0/24 documentation
                || (first == 192 && second == 88 && third == 99)     // 192.88.99.0/24 6to4 relays
                || (first == 198 && (second == 18 || second == 19))) { // 198.18.0.0/15 benchmarking
            return RESERVED;
        }
        return PUBLIC;
    }

    static AddressClass ofIpv6(byte[] b) {
        if (isZero(b, 0, 16)) {
            return UNSPECIFIED;
        }
        if (isZero(b, 0, 15) && b[15] == 1) {
            return LOOPBACK;
        }
        // addresses that carry an IPv4 address: judge the embedded one
        if (isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return ofIpv4(Arrays.copyOfRange(b, 12, 16));            // ::ffff:a.b.c.d mapped
        }
        if (isZero(b, 0, 12)) {
            return ofIpv4(Arrays.copyOfRange(b, 12, 16));            // ::a.b.c.d compatible (deprecated)
        }
        if (startsWith(b, 0x00, 0x64, 0xff, 0x9b) && isZero(b, 4, 12)) {
            return ofIpv4(Arrays.copyOfRange(b, 12, 16));            // 64:ff9b::/96 NAT64
        }
        if (startsWith(b, 0x00, 0x64, 0xff, 0x9b, 0x00, 0x01)) {
            return PRIVATE;                                          // 64:ff9b:1::/48 local-use NAT64
        }
        if (startsWith(b, 0x20, 0x02)) {
            return ofIpv4(Arrays.copyOfRange(b, 2, 6));              // 2002::/16 6to4
        }
        if (startsWith(b, 0x20, 0x01, 0x00, 0x00)                    // 2001::/32 Teredo (embeds an obscured IPv4)
                || startsWith(b, 0x20, 0x01, 0x0d, 0xb8)             // 2001:db8::/32 documentation
                || startsWith(b, 0x3f, 0xff)                         // 3fff::/16: documentation 3fff::/20, rest unallocated
                || (startsWith(b, 0x01, 0x00) && isZero(b, 2, 8))    // 100::/64 discard-only
                || (startsWith(b, 0x20, 0x01) && (b[2] & 0xff) == 0 && (b[3] & 0xf0) == 0x20)) { // 2001:20::/28 ORCHIDv2
            return RESERVED;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0xff) {
            return MULTICAST;
        }
        if (first == 0xfe && (second & 0xc0) == 0x80) {
            return LINK_LOCAL;                                       // fe80::/10
        }
        if (first == 0xfe && (second & 0xc0) == 0xc0) {
            return PRIVATE;                                          // fec0::/10 site-local (deprecated)
        }
        if ((first & 0xfe) == 0xfc) {
            return UNIQUE_LOCAL;                                     // fc00::/7
        }
        return PUBLIC;
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
