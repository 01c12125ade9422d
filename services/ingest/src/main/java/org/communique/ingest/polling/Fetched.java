package org.communique.ingest.polling;

import java.net.URI;

/**
 * A response read in full, a 304, or a redirect to {@code location}. {@code uri} is where it came from (after
 * redirects, once {@link HttpFetcher} has followed them), the base for relative links.
 */
record Fetched(int status, byte[] body, String contentType, String etag, String lastModified, URI uri,
               String location) {

    static Fetched redirect(int status, String location, URI uri) {
        return new Fetched(status, new byte[0], null, null, null, uri, location);
    }

    boolean notModified() {
        return status == 304;
    }
}
