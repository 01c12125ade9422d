package org.communique.ingest.polling;

import io.quarkus.arc.DefaultBean;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.communique.ingest.IngestConfig;
import org.communique.platform.net.HostResolver;
import org.communique.platform.net.TargetGuard;

import java.util.List;

/**
 * The platform's address guard for feed, list-page and article fetches (and source registration), and the
 * resolver it asks: the system's, bounded in time ({@link HostResolver#SYSTEM}). The guard's lookup is the
 * only one a fetch makes (see {@link HttpFetcher}); tests may put another resolver in its place.
 */
public class FetchTargetGuard {

    @Produces
    @Singleton
    @DefaultBean
    HostResolver hostResolver() {
        return HostResolver.SYSTEM;
    }

    @Produces
    @Singleton
    TargetGuard targetGuard(IngestConfig config, HostResolver resolver) {
        return new TargetGuard(TargetGuard.allowlist(false,
                config.polling().privateTargetAllowlist().orElse(List.of()), ConfigUtils.getProfiles()),
                resolver);
    }
}
