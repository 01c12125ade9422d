package org.communique.enrichment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.ZoneId;
import java.util.Optional;

@ConfigMapping(prefix = "communique.enrichment")
public interface EnrichmentConfig {

    /** The zone in which a release's publication instant becomes the date roles and relative dates resolve against. */
    @WithDefault("UTC")
    ZoneId timeZone();

    /**
     * The operator's credential for the knowledge-base admin API, sent as {@code Authorization: Bearer <key>}. Only
     * the local profile has a default; without a key the admin API refuses everyone.
     */
    Optional<String> adminKey();

    Kb kb();

    Tag tag();

    /**
     * Limits of the synchronous {@code /api/v1/tag}: each call may hold a core for a while, so callers are
     * rate-limited (per client address, per instance) and the calls tagging at once are capped. The
     * {@code raised-limits} profile ({@code COMMUNIQUE_RAISE_LIMITS=true ./communique up}) lifts them.
     */
    interface Tag {

        /** Calls one client address may make per minute on one instance. */
        @WithDefault("60")
        int requestsPerClientPerMinute();

        /** Calls tagging at once on one instance; more get 503 with Retry-After. */
        @WithDefault("4")
        int maxConcurrent();

        /** Client addresses whose rates one instance remembers (least recent forgotten). */
        @WithDefault("100000")
        int trackedClients();
    }

    interface Kb {
        /** Import the data files in {@code kb/} at start-up when their version is newer than the database's. */
        @WithDefault("true")
        boolean importOnStart();

        /** How often to look for a knowledge-base change made by another instance. */
        @WithDefault("30s")
        String refreshEvery();

        /** LISTEN for change notifications from the database, so a change reaches this instance within a moment. */
        @WithDefault("true")
        boolean listen();
    }
}
