package org.communique.ingest.ratelimit;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.communique.ingest.sources.CallingSource;
import org.communique.ingest.sources.SourceAuthenticated;

/** Counts every request of an authenticated source against its limit, before the body is read. */
@Provider
@SourceAuthenticated
@Priority(Priorities.AUTHENTICATION + 100)
public class RateLimitFilter implements ContainerRequestFilter {

    private final CallingSource callingSource;

    private final SourceRateLimiter limiter;

    public RateLimitFilter(CallingSource callingSource, SourceRateLimiter limiter) {
        this.callingSource = callingSource;
        this.limiter = limiter;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        limiter.acquire(callingSource.get().id(), callingSource.rateLimitPerMinute());
    }
}
