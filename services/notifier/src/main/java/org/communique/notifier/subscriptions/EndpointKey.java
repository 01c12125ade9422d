package org.communique.notifier.subscriptions;

import java.net.URI;
import java.util.Locale;

/** {@code host:port} of a webhook URL, the unit of the per-endpoint concurrency cap. */
public final class EndpointKey {

    private EndpointKey() {
    }

    public static String of(URI url) {
        int port = url.getPort();
        if (port < 0) {
            port = "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        }
        return url.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }
}
