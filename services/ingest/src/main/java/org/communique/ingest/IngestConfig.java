package org.communique.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "communique.ingest")
public interface IngestConfig {

    /**
     * The operator's bearer key for the sources API and the release listing. The local profile defaults it
     * (from {@code COMMUNIQUE_ADMIN_KEY}); no other profile has a default, and without one nobody is admin.
     */
    Optional<String> adminKey();

    Sources sources();

    Polling polling();

    Health health();

    Stories stories();

    RateLimit rateLimit();

    Idempotency idempotency();

    Batching batching();

    /** PUSH sources created, or re-keyed, at start-up. Empty unless a profile lists some. */
    Optional<List<SeedSource>> seedSources();

    interface Sources {

        /** How long the old key of a PUSH source keeps working after a rotation, unless the rotation says. */
        @WithDefault("24h")
        Duration keyRotationGrace();

        /** Longest grace a rotation may ask for. */
        @WithDefault("30d")
        Duration maxKeyRotationGrace();

        /** Poll interval of a feed or page source created without one. */
        @WithDefault("15m")
        Duration defaultPollInterval();

        /** Shortest poll interval a source may have; being polled more often than this is rude to the site. */
        @WithDefault("1m")
        Duration minPollInterval();

        /**
         * How long a source found by its key is remembered, so that a busy feeder does not cost a database
         * lookup per request. Changes made through this instance apply at once; a source disabled or
         * re-keyed through another instance is still let in by this one for at most this long.
         */
        @WithDefault("5s")
        Duration keyCacheTtl();
    }

    interface Polling {

        /** Whether the scheduler polls due sources; polls can still be triggered through the admin API. */
        @WithDefault("true")
        boolean enabled();

        /** How often the scheduler looks for due sources (each source has its own next poll time). */
        @WithDefault("1s")
        Duration tick();

        /** Sources claimed at once; they are polled {@link #concurrency()} at a time. */
        @WithDefault("32")
        int batchSize();

        @WithDefault("4")
        int concurrency();

        @WithDefault("5s")
        Duration connectTimeout();

        /** Longest wait for one response, body included. */
        @WithDefault("20s")
        Duration timeout();

        /** Longest time one fetch may take in all, redirects included: a slow drip is cut here. */
        @WithDefault("30s")
        Duration totalTimeout();

        /** Largest body once gzip is undone: a small compressed response that inflates past it fails. */
        @WithDefault("10485760")
        int maxDecompressedBytes();

        /**
         * Private addresses feeds and pages may reach anyway (CIDR blocks, host names). Honoured only in the
         * local and test profiles; elsewhere every fetch, redirect hop included, must reach a public address.
         */
        Optional<List<String>> privateTargetAllowlist();

        /** Largest feed or page read; a larger one fails the poll. */
        @WithDefault("5242880")
        int maxResponseBytes();

        /** Items (feed entries, or new article pages of an HTML source) read per poll; the rest wait for the next. */
        @WithDefault("50")
        int maxItemsPerPoll();

        /**
         * How long a claimed source is reserved for the instance polling it. If that instance dies, another
         * polls the source once this is over. A poll stops reading article pages at half of it.
         */
        @WithDefault("10m")
        Duration lease();

        /** Wait before the first retry of a failed poll; it doubles with each further failure. */
        @WithDefault("1m")
        Duration initialBackoff();

        /** Longest wait between retries of a failing source (or its poll interval, if longer). */
        @WithDefault("6h")
        Duration maxBackoff();

        @WithDefault("CommuniqueIngest/0.1 (+https://communique.org/bot)")
        String userAgent();
    }

    interface Health {

        /** Failed polls in a row after which a source is FAILING and a SourceHealth event is published. */
        @WithDefault("3")
        int failingAfter();
    }

    interface Stories {

        /** Whether near-duplicate releases get a shared story id (else each release is its own story). */
        @WithDefault("true")
        boolean enabled();

        /** How far back a release looks for others of its story; copies of a story appear within hours. */
        @WithDefault("72h")
        Duration window();

        /**
         * Estimated Jaccard similarity of word 3-gram sets (boilerplate left out) above which two releases
         * from different sources are one story.
         */
        @WithDefault("0.4")
        double minSimilarity();

        /**
         * The same for two releases of one source: a source re-posts its own release with small edits, while
         * its different releases share formulas that are only learnt as boilerplate after a few releases.
         */
        @WithDefault("0.6")
        double sameSourceMinSimilarity();

        /**
         * Releases per source whose shingles are kept to learn the source's boilerplate: word 3-grams found
         * in releases of two or more stories among them are left out when releases are compared.
         */
        @WithDefault("50")
        int boilerplateReleases();

        /** Queued releases given their stories per database transaction by the (single) assigner. */
        @WithDefault("500")
        int batchSize();

        /**
         * How often the assigner looks at the queue; every commit that queues a release also wakes it at
         * once. The Quarkus scheduler does not run jobs more often than once a second.
         */
        @WithDefault("1s")
        Duration pollInterval();

        /**
         * Releases per band hash compared with a new one, the most recent first. Bands shared by every
         * release of a ministry (its boilerplate) would otherwise bring thousands of candidates each.
         */
        @WithDefault("8")
        int candidatesPerBand();

        /**
         * Sources whose recent releases the assigner keeps in memory from one batch to the next, the most
         * recently used (a source's history is read from the database again once it has been let go, or when
         * another instance assigned stories meanwhile).
         */
        @WithDefault("64")
        int cachedSources();
    }

    interface RateLimit {

        /** Requests a PUSH source may make per minute, unless the source has its own limit; 429 beyond it. */
        @WithDefault("120")
        int requestsPerMinute();

        /** Requests a source may make at once after being quiet (the bucket's size), at most its per-minute limit. */
        @WithDefault("60")
        int burst();
    }

    interface Idempotency {

        /** How long the first answer to an Idempotency-Key is replayed to retries. */
        @WithDefault("24h")
        Duration retention();
    }

    /**
     * Group commit of pushed releases: requests hand their validated releases to a few writer threads, each
     * storing up to {@link #maxBatch()} of them in one transaction; a request is answered once its batch has
     * committed.
     */
    interface Batching {

        /** Releases stored per transaction at most; under load batches form while the previous one commits. */
        @WithDefault("256")
        int maxBatch();

        /**
         * Releases waiting for a writer, all writers together; a request that finds the queue full is answered
         * 503 with Retry-After at once instead of waiting.
         */
        @WithDefault("4096")
        int queueCapacity();

        /** Writer threads; each release id always goes to the same one, so its versions are stored in order. */
        @WithDefault("2")
        int writers();

        /** Longest a request waits for its batch to commit before it is answered 503. */
        @WithDefault("60s")
        Duration answerTimeout();
    }

    interface SeedSource {

        String name();

        /** The bearer key; only its SHA-256 is stored. */
        String key();

        /** ISO 3166-1 alpha-2. */
        Optional<String> country();
    }
}
