package org.communique.enrichment.admin;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/** Runs before the body is read, so an unauthenticated request learns nothing about its payload's validity. */
@Provider
@AdminOnly
@Priority(Priorities.AUTHENTICATION)
public class AdminKeyFilter implements ContainerRequestFilter {

    private final AdminKey adminKey;

    public AdminKeyFilter(AdminKey adminKey) {
        this.adminKey = adminKey;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        adminKey.check(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    }
}
