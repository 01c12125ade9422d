package org.communique.enrichment.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.communique.enrichment.EnrichmentConfig;
import org.communique.platform.admin.AdminKeyRule;

/**
 * The admin credential ({@code communique.enrichment.admin-key}), checked by the shared {@link AdminKeyRule}.
 * Without a configured key the admin API is off: every request gets a 403, whatever it presents.
 */
@ApplicationScoped
public class AdminKey {

    private final AdminKeyRule rule;

    @Inject
    public AdminKey(EnrichmentConfig config) {
        rule = new AdminKeyRule(config.adminKey(), "communique.enrichment.admin-key");
    }

    public void check(String authorization) {
        rule.check(authorization);
    }
}
