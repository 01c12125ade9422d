package org.communique.enrichment.budget;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How much of a text the tagger reads, at {@code /api/v1/tag} and for releases from {@code press.releases}. */
@ConfigMapping(prefix = "communique.enrichment.tagging")
public interface TaggingBudgetConfig {

    /**
     * Characters of a text that are tagged; the rest is not, and the answer or event says {@code truncated}. The
     * default is the most text ingest accepts in one release, so every release it sends is tagged whole, while the
     * 1 MiB texts {@code /api/v1/tag} takes cost at most a fifth of what they would.
     */
    @WithDefault("200000")
    int maxCharacters();
}
