package org.communique.ingest.polling;

/** What a site said identifies its last response ({@code ETag}, {@code Last-Modified}); either may be null. */
record Validators(String etag, String lastModified) {

    static final Validators NONE = new Validators(null, null);
}
