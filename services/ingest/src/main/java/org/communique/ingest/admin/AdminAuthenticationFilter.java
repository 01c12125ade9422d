package org.communique.ingest.admin;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/** Checks the admin key before the body is read. */
@Provider
@AdminAuthenticated
@Priority(Priorities.AUTHENTICATION)
public class AdminAuthenticationFilter implements ContainerRequestFilter {

    private final AdminKey adminKey;

    public AdminAuthenticationFilter(AdminKey adminKey) {
        this.adminKey = adminKey;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        adminKey.check(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    }
}
