package org.communique.ingest.sources;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Authenticates before the body is read, so a caller without a valid key learns nothing about what its
 * payload would have produced. Runs on the worker thread of the (blocking) resource method.
 */
@Provider
@SourceAuthenticated
@Priority(Priorities.AUTHENTICATION)
public class SourceAuthenticationFilter implements ContainerRequestFilter {

    private final SourceAuthenticator authenticator;

    private final CallingSource callingSource;

    public SourceAuthenticationFilter(SourceAuthenticator authenticator, CallingSource callingSource) {
        this.authenticator = authenticator;
        this.callingSource = callingSource;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        callingSource.authenticatedAs(authenticator.authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION)));
    }
}
