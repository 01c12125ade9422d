package org.communique.notifier;

import org.communique.notifier.support.ChildNotifier;
import org.communique.notifier.support.CountingReceiver;
import org.communique.testing.EmbeddedPostgresServer;
import org.communique.testing.InProcessKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two packaged notifiers (child processes) in one consumer group on one database share the work: every
 * (subscription, release) pair gets exactly one alert (one webhook-id), and both instances deliver.
 * Prints deliveries per second with one instance and then with two (measured, never asserted).
 * <p>
 * The receiver takes {@link #ANSWER_AFTER} per webhook, so that one instance, capped per endpoint, needs
 * several seconds for a round: the case scale-out is for. Only one instance holds the topic's partition; it
 * keeps what its endpoint's lane holds and gives the rest back to the table, where both claim. With an
 * instant receiver the first could finish a round before the second's first poll, and whether the second
 * "took a share" was a race (the test failed now and then on it).
 */
class ScaleOutIT {

    private static final int RELEASES = 1_000;
    private static final int SUBSCRIPTIONS = 3;
    private static final Duration PATIENCE = Duration.ofMinutes(4);
    private static final Duration RECORDING = Duration.ofSeconds(30);
    private static final Duration ANSWER_AFTER = Duration.ofMillis(20);

    private final List<ChildNotifier> notifiers = new ArrayList<>();
    private CountingReceiver receiver;

    @AfterEach
    void stop() throws Exception {
        for (ChildNotifier notifier : notifiers) {
            notifier.kill();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void twoInstancesDeliverEachAlertOnceBetweenThem() throws Exception {
        String bootstrap = InProcessKafka.bootstrapServers();
        String jdbcUrl = EmbeddedPostgresServer.jdbcUrl("notifier_scale_it");
        receiver = CountingReceiver.start(ANSWER_AFTER);
        ChildNotifier first = ChildNotifier.start(bootstrap, jdbcUrl, "scale-it-notifier-1", Map.of());
        notifiers.add(first);
        String officialId = "official-" + UUID.randomUUID();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < SUBSCRIPTIONS; i++) {
            paths.add("/hooks/scale-" + i);
            first.subscribeWebhook("{\"officials\": [\"" + officialId + "\"]}", receiver.url(paths.get(i)));
        }

        double alone = deliver(bootstrap, officialId, paths, 0);
        // the receiver counts a webhook as it answers it; the instance records the outcome a moment later
        await().atMost(RECORDING).until(() -> delivered(first) >= RELEASES * SUBSCRIPTIONS);
        ChildNotifier second = ChildNotifier.start(bootstrap, jdbcUrl, "scale-it-notifier-2", Map.of());
        notifiers.add(second);
        long firstBefore = delivered(first);
        double together = deliver(bootstrap, officialId, paths, RELEASES * SUBSCRIPTIONS);
        await().atMost(RECORDING).until(() -> delivered(first) - firstBefore + delivered(second)
                >= RELEASES * SUBSCRIPTIONS);

        long byFirst = delivered(first) - firstBefore;
        long bySecond = delivered(second);
        System.out.printf("%nscale-out: one instance %.0f deliveries/s, two instances %.0f deliveries/s "
                + "(second round: %d by the first, %d by the second); %d webhook-ids arrived more than once%n",
                alone, together, byFirst, bySecond, receiver.resent());
        assertThat(byFirst + bySecond).isEqualTo(RELEASES * SUBSCRIPTIONS);
        assertThat(bySecond).as("the second instance took a share").isPositive();
    }

    /** Publishes a round of releases, waits for every pair, checks one webhook-id each; returns deliveries/s. */
    private double deliver(String bootstrap, String officialId, List<String> paths, int pairsBefore) throws Exception {
        long started = System.nanoTime();
        List<UUID> releases = ChildNotifier.publish(bootstrap, officialId, RELEASES, 0);
        int expected = pairsBefore + RELEASES * SUBSCRIPTIONS;
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> receiver.pairs() >= expected);
        double seconds = (System.nanoTime() - started) / 1e9;
        for (String path : paths) {
            for (UUID release : releases) {
                assertThat(receiver.webhookIds(path, release)).as(path + " " + release).hasSize(1);
            }
        }
        assertThat(receiver.pairs()).isEqualTo(expected);
        return RELEASES * SUBSCRIPTIONS / seconds;
    }

    /** Webhook attempts this instance recorded as delivered, from its Prometheus metrics. */
    private static long delivered(ChildNotifier notifier) {
        return (long) notifier.metric("communique_notifier_webhook_attempts_total", "outcome=\"DELIVERED\"");
    }
}
