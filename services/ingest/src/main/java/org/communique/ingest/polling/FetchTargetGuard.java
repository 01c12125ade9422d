package org.communique.ingest.polling;

import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.communique.ingest.IngestConfig;
import org.communique.platform.net.HostResolver;
import org.communique.platform.net.TargetGuard;

import java.util.List;

/** The platform's address guard for feed, list-page and article fetches (and source registration). */
public class FetchTargetGuard {

    @Produces
    @Singleton
    TargetGuard targetGuard(IngestConfig config) {
        return new TargetGuard(TargetGuard.allowlist(false,
                config.polling().privateTargetAllowlist().orElse(List.of()), ConfigUtils.getProfiles()),
                HostResolver.SYSTEM);
    }
}
