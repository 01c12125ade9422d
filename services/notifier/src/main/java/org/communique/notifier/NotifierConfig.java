package org.communique.notifier;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

@ConfigMapping(prefix = "communique.notifier")
public interface NotifierConfig {

    Webhooks webhooks();

    Outbox outbox();

    interface Webhooks {

        /** Lets webhooks target loopback and private networks; only for the local stack and tests. */
        @WithDefault("false")
        boolean allowPrivateTargets();

        @WithDefault("5s")
        Duration connectTimeout();

        /** Upper bound for one whole attempt: connect, send, response. */
        @WithDefault("15s")
        Duration requestTimeout();

        /** Delay before each retry; once exhausted the alert is FAILED. */
        @WithDefault("5s,5m,30m,2h")
        List<Duration> retryBackoff();

        /** How often due alerts are polled (new alerts also wake the dispatcher at once). */
        @WithDefault("1s")
        Duration pollInterval();

        /**
         * How long a claimed alert stays invisible to other dispatchers; must exceed the request timeout.
         * If this instance dies mid-attempt the alert becomes due again after it.
         */
        @WithDefault("60s")
        Duration claimLease();

        /** Concurrent deliveries per instance. */
        @WithDefault("8")
        int concurrency();
    }

    interface Outbox {

        @WithDefault("5s")
        Duration pollInterval();

        @WithDefault("100")
        int batchSize();

        /** How long to wait for the broker to acknowledge a batch before leaving it for the next round. */
        @WithDefault("30s")
        Duration publishTimeout();
    }
}
