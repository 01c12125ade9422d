package org.communique.ingest.polling;

import java.net.URI;
import java.util.Locale;

/**
 * The site of an HTML source: its list page's host and that host's subdomains ({@code www.} aside). Article links
 * that leave it are not followed: a list page is third-party content, and following its links anywhere would let
 * whoever edits it make ingest fetch, and publish, addresses inside our own network.
 */
record SameSite(String host) {

    static SameSite of(URI listPage) {
        return new SameSite(bare(listPage.getHost()));
    }

    boolean contains(URI link) {
        String other = bare(link.getHost());
        return other != null && (other.equals(host) || other.endsWith("." + host));
    }

    private static String bare(String host) {
        if (host == null) {
            return null;
        }
        String lower = host.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        return lower.startsWith("www.") ? lower.substring(4) : lower;
    }
}
