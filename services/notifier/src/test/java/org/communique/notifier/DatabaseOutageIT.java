package org.communique.notifier;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.communique.contracts.Topics;
import org.communique.notifier.support.ChildNotifier;
import org.communique.notifier.support.CountingReceiver;
import org.communique.testing.EmbeddedPostgresServer;
import org.communique.testing.FreePorts;
import org.communique.testing.InProcessKafka;
import org.communique.testing.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL stopped for 30 s while 1,000 matching releases stream in: the packaged notifier (a child
 * process) must retry what failed, not dead-letter it. Every (subscription, release) pair ends up with
 * exactly one alert (one webhook-id), received; nothing reaches {@code press.releases.enriched.dlq}.
 * The database is a PostgreSQL of its own (stopped and started on the same data directory and port),
 * not the one the other tests of this JVM share.
 */
class DatabaseOutageIT {

    private static final int RELEASES = 1_000;
    private static final int RELEASES_PER_SECOND = 25;
    private static final int SUBSCRIPTIONS = 3;
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    private EmbeddedPostgres postgres;
    private ChildNotifier notifier;
    private CountingReceiver receiver;

    @AfterEach
    void stop() throws Exception {
        if (notifier != null) {
            notifier.kill();
        }
        if (receiver != null) {
            receiver.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aDatabaseOutageMidStreamLosesNoAlertAndDeadLettersNothing() throws Exception {
        Path dataDirectory = Files.createTempDirectory(Path.of("target"), "outage-pg-");
        int pgPort = FreePorts.one();
        postgres = startPostgres(dataDirectory, pgPort);
        EmbeddedPostgresServer.createDatabase(postgres, "notifier_outage_it");
        String jdbcUrl = postgres.getJdbcUrl(EmbeddedPostgresServer.USER, "notifier_outage_it");
        String bootstrap = InProcessKafka.bootstrapServers();
        receiver = CountingReceiver.start();
        notifier = ChildNotifier.start(bootstrap, jdbcUrl, "outage-it-notifier", Map.of());
        String officialId = "official-" + UUID.randomUUID();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < SUBSCRIPTIONS; i++) {
            paths.add("/hooks/outage-" + i);
            notifier.subscribeWebhook("{\"officials\": [\"" + officialId + "\"]}", receiver.url(paths.get(i)));
        }

        try (TopicProbe deadLetters = TopicProbe.of(bootstrap, Topics.deadLetter(Topics.PRESS_RELEASES_ENRICHED))) {
            CompletableFuture<List<UUID>> published = CompletableFuture.supplyAsync(() -> {
                try {
                    return ChildNotifier.publish(bootstrap, officialId, RELEASES, RELEASES_PER_SECOND);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> receiver.requests() >= 150);

            postgres.close();
            postgres = null;
            int atStop = receiver.requests();
            System.out.printf("%nPostgreSQL stopped after %d of %d webhooks%n", atStop, RELEASES * SUBSCRIPTIONS);
            // the outage: releases keep coming, nothing may be dead-lettered meanwhile
            await().during(OUTAGE).atMost(OUTAGE.plusSeconds(10)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> deadLetters.recordsMatching(r -> r.key() != null).isEmpty() && notifier.isAlive());
            postgres = startPostgres(dataDirectory, pgPort);
            System.out.printf("PostgreSQL started again after %d s; %d webhooks so far%n", OUTAGE.toSeconds(),
                    receiver.requests());

            List<UUID> releases = published.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            int expected = RELEASES * SUBSCRIPTIONS;
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> receiver.pairs() >= expected);

            for (String path : paths) {
                for (UUID release : releases) {
                    Set<String> ids = receiver.webhookIds(path, release);
                    assertThat(ids).as(path + " " + release).hasSize(1);
                }
            }
            assertThat(receiver.pairs()).isEqualTo(expected);
            Set<String> ours = Set.copyOf(releases.stream().map(UUID::toString).toList());
            assertThat(deadLetters.recordsMatching(r -> ours.contains(r.key()))).isEmpty();
            System.out.printf("after the outage: %d (subscription, release) pairs, each with exactly one webhook-id; "
                    + "%d webhook-ids arrived more than once (sent, but the outcome not recorded before the "
                    + "database went away); no dead letters%n", receiver.pairs(), receiver.resent());
        }
    }

    private static EmbeddedPostgres startPostgres(Path dataDirectory, int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
    }
}
