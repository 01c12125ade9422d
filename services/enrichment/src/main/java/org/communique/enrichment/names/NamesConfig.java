package org.communique.enrichment.names;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the public {@code GET /api/v1/names} (autocomplete of the subscriber page). */
@ConfigMapping(prefix = "communique.names")
public interface NamesConfig {

    /** Lookups one client address may make per minute on one instance (a keystroke each). */
    @WithDefault("600")
    int requestsPerClientPerMinute();

    /** Client addresses whose rates one instance remembers (least recent forgotten). */
    @WithDefault("100000")
    int trackedClients();
}
