package org.communique.notifier.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The limits as small as production's (the test profile raises them, since every test calls from
 * 127.0.0.1), and clients told apart by {@code X-Forwarded-For} as behind a reverse proxy, so that each
 * test is its own client.
 */
public class LowLimitsProfile implements QuarkusTestProfile {

    public static final int PER_CLIENT = 25;
    public static final int PER_EMAIL = 3;
    public static final int CONFIRMATION_MAILS = 3;
    public static final int TEST_ALERTS = 2;
    public static final int STREAMS_PER_SUBSCRIPTION = 2;
    public static final int STREAMS_PER_INSTANCE = 6;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("communique.notifier.limits.subscriptions-per-client", Integer.toString(PER_CLIENT)),
                Map.entry("communique.notifier.limits.creations-per-client-per-hour", "2000"),
                Map.entry("communique.notifier.limits.subscriptions-per-email", Integer.toString(PER_EMAIL)),
                Map.entry("communique.notifier.limits.confirmation-mails-per-address-per-day",
                        Integer.toString(CONFIRMATION_MAILS)),
                Map.entry("communique.notifier.limits.test-alerts-per-subscription-per-hour",
                        Integer.toString(TEST_ALERTS)),
                Map.entry("communique.notifier.streams.max-per-subscription", Integer.toString(STREAMS_PER_SUBSCRIPTION)),
                Map.entry("communique.notifier.streams.max-per-instance", Integer.toString(STREAMS_PER_INSTANCE)),
                Map.entry("quarkus.http.proxy.proxy-address-forwarding", "true"),
                Map.entry("quarkus.http.proxy.allow-x-forwarded", "true"));
    }
}
