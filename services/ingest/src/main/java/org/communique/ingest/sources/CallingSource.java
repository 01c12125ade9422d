package org.communique.ingest.sources;

import jakarta.enterprise.context.RequestScoped;
import org.communique.contracts.SourceRef;

/** The source that authenticated the current request (see {@link SourceAuthenticationFilter}). */
@RequestScoped
public class CallingSource {

    private SourceRef source;
    private String language;
    private Integer rateLimitPerMinute;

    void authenticatedAs(KnownSource source) {
        this.source = source.ref();
        this.language = source.language();
        this.rateLimitPerMinute = source.rateLimitPerMinute();
    }

    public SourceRef get() {
        if (source == null) {
            throw new IllegalStateException("no authenticated source: is the resource annotated @SourceAuthenticated?");
        }
        return source;
    }

    /** The source's own request limit, or null for the configured default. */
    public Integer rateLimitPerMinute() {
        get();
        return rateLimitPerMinute;
    }

    /** The source's default language (ISO 639-1), for releases that name none; may be null. */
    public String language() {
        get();
        return language;
    }
}
