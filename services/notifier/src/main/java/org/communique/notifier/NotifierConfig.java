package org.communique.notifier;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "communique.notifier")
public interface NotifierConfig {

    Webhooks webhooks();

    Matching matching();

    Consumer consumer();

    Streams streams();

    Email email();

    Limits limits();

    /** Base of the links the service hands out in emails, e.g. https://alerts.example.org. */
    @WithDefault("http://localhost:8083")
    String publicUrl();

    interface Email {

        /** How often due email alerts (immediate, and digests at their hour) are polled. */
        @WithDefault("1s")
        Duration pollInterval();

        /** Emails in one round; a digest counts once. */
        @WithDefault("100")
        int batchSize();

        /** How long claimed email alerts stay invisible to other instances; must exceed the send timeout. */
        @WithDefault("120s")
        Duration claimLease();

        /** Emails handed to the mail server at the same time (non-blocking: they hold no thread). */
        @WithDefault("8")
        int concurrency();

        /** Upper bound for handing one email to the mail server. */
        @WithDefault("60s")
        Duration sendTimeout();

        /**
         * How long the request that creates a subscription (or asks for the mail again) waits for the mail
         * server to take the confirmation; a server that stalls fails the mail, not the request.
         */
        @WithDefault("10s")
        Duration confirmationTimeout();
    }

    /**
     * What one caller may ask of the public API. Counted quotas (subscriptions, confirmation mails) are
     * counted in the database and hold across instances; rates are per instance. The {@code raised-limits}
     * profile ({@code COMMUNIQUE_RAISE_LIMITS=true ./communique up}) multiplies them for load tests.
     */
    interface Limits {

        /** Live subscriptions created from one client address (an IPv6 client counts by its /64). */
        @WithDefault("25")
        int subscriptionsPerClient();

        /** Live subscriptions that mail one address. */
        @WithDefault("5")
        int subscriptionsPerEmail();

        /** Live subscriptions in all: every instance keeps every filter in memory. */
        @WithDefault("100000")
        int maxSubscriptions();

        /** Subscriptions one client may create per hour on one instance, deleted ones included. */
        @WithDefault("60")
        int creationsPerClientPerHour();

        /** Confirmation mails sent to one address per 24 hours (creations and resends together). */
        @WithDefault("5")
        int confirmationMailsPerAddressPerDay();

        /** Test alerts one subscription may ask for per hour on one instance. */
        @WithDefault("10")
        int testAlertsPerSubscriptionPerHour();

        /** Client addresses and subscriptions whose rates one instance remembers (least recent forgotten). */
        @WithDefault("100000")
        int trackedKeys();
    }

    interface Streams {

        /** Open streams of one subscription on one instance; more get 429. */
        @WithDefault("5")
        int maxPerSubscription();

        /** Open streams on one instance; more get 503 with Retry-After. */
        @WithDefault("1000")
        int maxPerInstance();

        /** Events written to a stream and not yet taken by its client; past this the client is dropped. */
        @WithDefault("256")
        int maxPendingEvents();

        /** How often open streams look for alerts committed by other instances (this one's wake them at once). */
        @WithDefault("1s")
        Duration pollInterval();

        /** A comment line this often keeps idle connections open through proxies and detects closed ones. */
        @WithDefault("15s")
        Duration heartbeatInterval();
    }

    interface Consumer {

        /** First wait before a batch that failed for a reason that can pass (the database away) is tried again. */
        @WithDefault("200ms")
        Duration retryInitialBackoff();

        /** Longest wait between tries; the waits double up to it, and tries go on until the batch goes through. */
        @WithDefault("5s")
        Duration retryMaxBackoff();

        /**
         * Alerts written per transaction (whole subscriptions per chunk): a release matching more
         * subscriptions commits its first chunk, and its delivery starts, before the rest is written.
         */
        @WithDefault("500")
        int alertChunkSize();
    }

    interface Matching {

        /** How often an idle instance checks for subscription changes (each release checks anyway). */
        @WithDefault("1s")
        Duration refreshInterval();
    }

    interface Webhooks {

        /**
         * Lets webhooks target every loopback and private address. Honoured only in the local and test
         * profiles; prefer {@link #privateTargetAllowlist()}.
         */
        @WithDefault("false")
        boolean allowPrivateTargets();

        /**
         * Private targets webhooks may reach anyway: CIDR blocks and host names, e.g.
         * {@code 127.0.0.0/8,::1/128}. Honoured only in the local and test profiles.
         */
        Optional<List<String>> privateTargetAllowlist();

        @WithDefault("5s")
        Duration connectTimeout();

        /** Upper bound for one whole attempt: connect, send, response. */
        @WithDefault("15s")
        Duration requestTimeout();

        /** Delay before each retry; once exhausted the alert is FAILED. */
        @WithDefault("5s,5m,30m,2h,5h,10h,10h")
        List<Duration> retryBackoff();

        /** Upper bound for a {@code Retry-After} (429, 503) that replaces the scheduled delay. */
        @WithDefault("24h")
        Duration maxRetryAfter();

        /** An endpoint whose attempts have all failed for this long is disabled. */
        @WithDefault("5d")
        Duration disableAfter();

        /** How long deliveries are also signed with the secret a rotation replaced. */
        @WithDefault("24h")
        Duration secretRotationGrace();

        /** Concurrent deliveries per endpoint (host and port) on one instance. */
        @WithDefault("4")
        int perEndpointConcurrency();

        /** How often due alerts are polled (new alerts also wake the dispatcher at once). */
        @WithDefault("1s")
        Duration pollInterval();

        /**
         * How long a claimed alert stays invisible to other dispatchers; must exceed the request timeout.
         * If this instance dies mid-attempt the alert becomes due again after it.
         */
        @WithDefault("60s")
        Duration claimLease();

        /** Webhook requests in flight per instance (non-blocking: they hold no thread while they wait). */
        @WithDefault("512")
        int concurrency();

        /** Alerts claimed per database statement. */
        @WithDefault("500")
        int claimBatchSize();

        /** Claimed alerts waiting in memory for a free slot, per endpoint; more wait in the database. */
        @WithDefault("64")
        int queuedPerEndpoint();

        /** Claimed alerts waiting in memory for a free slot, in all. */
        @WithDefault("10000")
        int queued();

        /** Attempt outcomes recorded per database transaction. */
        @WithDefault("500")
        int recordBatchSize();

        /**
         * How long outcomes are gathered into one recording transaction after the first arrives: at a trickle of
         * webhooks, one transaction and one {@code alerts.deliveries} relay round per this interval instead of
         * per outcome. Delays only the record and the event, not the webhook.
         */
        @WithDefault("20ms")
        Duration recordLinger();

        /**
         * Bytes of release JSON kept in memory for building webhook bodies: a fan-out reads one release
         * thousands of times.
         */
        @WithDefault("32000000")
        long releaseCacheBytes();

        /**
         * Releases kept in memory at most: each counts as at least {@code releaseCacheBytes / releaseCacheEntries}
         * bytes, so many small releases cannot grow the cache's bookkeeping past what its bytes allow.
         */
        @WithDefault("10000")
        int releaseCacheEntries();
    }
}
