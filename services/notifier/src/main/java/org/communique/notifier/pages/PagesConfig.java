package org.communique.notifier.pages;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** The subscriber pages' settings: where the names come from, and the bounds of the filter preview. */
@ConfigMapping(prefix = "communique.pages")
public interface PagesConfig {

    /** The enrichment service whose {@code GET /api/v1/names} feeds the autocomplete (COMMUNIQUE_PAGES_ENRICHMENT_URL). */
    @WithDefault("http://localhost:8082")
    String enrichmentUrl();

    /**
     * The enrichment's admin key, which the operator page's knowledge-base editor sends (server-side only, never to
     * the browser) to {@code /api/v1/kb/*} (COMMUNIQUE_PAGES_ENRICHMENT_ADMIN_KEY); without it the editor says it is off.
     */
    Optional<String> enrichmentAdminKey();

    /** Name lookups one client address may make per minute through the page (one per pause in typing). */
    @WithDefault("120")
    int namesPerClientPerMinute();

    /** The newest records of press.releases.enriched a preview reads (spread over the partitions). */
    @WithDefault("500")
    int previewScanned();

    /** At most this many matching releases a preview shows, newest first. */
    @WithDefault("20")
    int previewShown();

    /** Previews one client address may ask for per minute (each reads the topic). */
    @WithDefault("20")
    int previewsPerClientPerMinute();
}
