package org.communique.ingest.polling;

import java.net.URI;

/**
 * A response read in full, or a 304. {@code uri} is where it came from after redirects, the base for
 * relative links.
 */
record Fetched(int status, byte[] body, String contentType, String etag, String lastModified, URI uri) {

    boolean notModified() {
        return status == 304;
    }
}
