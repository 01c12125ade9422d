package org.communique.platform.net;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;

/**
 * A webhook URL that passed {@link TargetGuard}, with the addresses it was checked against. Delivery
 * connects to one of exactly these addresses, never resolving the name again, so a name that changes
 * its answer after the check (DNS rebinding) cannot redirect the request.
 *
 * @param host the name (or literal) from the URL, sent as Host header and TLS server name
 */
public record ResolvedTarget(URI url, String host, int port, boolean https, List<InetAddress> addresses) {

    public ResolvedTarget {
        addresses = List.copyOf(addresses);
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("a resolved target needs an address");
        }
    }

    /** Path and query as sent in the request line. */
    public String requestUri() {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
    }
}
