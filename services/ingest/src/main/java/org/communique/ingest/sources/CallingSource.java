package org.communique.ingest.sources;

import jakarta.enterprise.context.RequestScoped;
import org.communique.contracts.SourceRef;

/** The source that authenticated the current request (see {@link SourceAuthenticationFilter}). */
@RequestScoped
public class CallingSource {

    private SourceRef source;

    void authenticatedAs(SourceRef source) {
        this.source = source;
    }

    public SourceRef get() {
        if (source == null) {
            throw new IllegalStateException("no authenticated source: is the resource annotated @SourceAuthenticated?");
        }
        return source;
    }
}
