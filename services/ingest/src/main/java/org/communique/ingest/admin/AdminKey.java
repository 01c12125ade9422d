package org.communique.ingest.admin;

import jakarta.enterprise.context.ApplicationScoped;
import org.communique.ingest.IngestConfig;
import org.communique.platform.admin.AdminKeyRule;

/**
 * The operator's credential ({@code communique.ingest.admin-key}), checked by the shared {@link AdminKeyRule}.
 * Only the local profile has a default; elsewhere, without a configured key, the admin API answers 403.
 */
@ApplicationScoped
public class AdminKey {

    private final AdminKeyRule rule;

    AdminKey(IngestConfig config) {
        rule = new AdminKeyRule(config.adminKey(), "communique.ingest.admin-key");
    }

    /** Passes for the admin key as a Bearer token, fails with a 401 (or, with no key configured, 403) problem. */
    public void check(String authorization) {
        rule.check(authorization);
    }
}
