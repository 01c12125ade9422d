package org.communique.ingest.durability;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.communique.contracts.Topics;
import org.communique.testing.ChildProcessKafka;
import org.communique.testing.EmbeddedPostgresServer;
import org.communique.testing.FreePorts;
import org.communique.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.communique.testing.TopicProbe.header;

/**
 * Nothing acknowledged is lost, nothing is published twice: 1,000 releases are posted while ingest halts
 * between Kafka's acknowledgement and marking rows sent (the test hook), is killed with SIGKILL under load,
 * and the broker is stopped for a minute; afterwards every acknowledged release is on press.releases
 * exactly once. The packaged application and the broker run as child processes.
 * <p>
 * {@code -Ddurability.releases=1000 -Ddurability.broker-downtime=PT60S} change the figures.
 */
class IngestDurabilityIT {

    private static final int RELEASES = Integer.getInteger("durability.releases", 1_000);
    private static final Duration BROKER_DOWNTIME =
            Duration.parse(System.getProperty("durability.broker-downtime", "PT60S"));
    private static final int HALT_AFTER_ACKS = RELEASES * 15 / 100;
    private static final String DEMO_KEY = "durability-demo-key";
    private static final Pattern UNSENT_AT_START =
            Pattern.compile("Outbox relay: (\\d+) rows were unsent at start-up");
    private static final Pattern START_CHECK =
            Pattern.compile("start-up check done: of (\\d+) rows in doubt, (\\d+) were on Kafka already");
    private static final Pattern RECONCILED =
            Pattern.compile("Outbox reconciliation: (\\d+) rows in doubt, (\\d+) already on Kafka");

    private volatile IngestProcess ingest;

    @Test
    void everyAcknowledgedReleaseIsOnTheTopicExactlyOnce() throws Exception {
        Path work = Path.of("target", "durability", "run-" + Instant.now().toEpochMilli());
        String jdbcUrl = EmbeddedPostgresServer.jdbcUrl("ingest_durability_" + Instant.now().toEpochMilli());
        List<String> report = new ArrayList<>();
        try (ChildProcessKafka kafka = ChildProcessKafka.start(work.resolve("kafka"))) {
            kafka.createTopic(Topics.PRESS_RELEASES, 3);
            Map<String, String> env = new HashMap<>(Map.of(
                    "QUARKUS_PROFILE", "local",
                    "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                    "QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgresServer.USER,
                    "QUARKUS_DATASOURCE_PASSWORD", "",
                    "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                    "COMMUNIQUE_DEMO_KEY", DEMO_KEY,
                    "COMMUNIQUE_INGEST_RATE_LIMIT_REQUESTS_PER_MINUTE", "1000000",
                    "COMMUNIQUE_INGEST_RATE_LIMIT_BURST", "1000000"));
            int port = FreePorts.one();
            List<Path> logs = new ArrayList<>();

            // 1. the first run halts between the acknowledgement of record HALT_AFTER_ACKS and marking it sent
            Map<String, String> withHalt = new HashMap<>(env);
            withHalt.put("COMMUNIQUE_OUTBOX_HALT_AFTER_ACKS", Integer.toString(HALT_AFTER_ACKS));
            ingest = start(port, withHalt, work, logs);
            try (Feeding feeding = new Feeding(() -> ingest, DEMO_KEY, RELEASES, 4)) {
                ingest.awaitExit(Duration.ofMinutes(5));
                report.add("run 1 halted by the hook after " + HALT_AFTER_ACKS + " acknowledged records, with "
                        + feeding.acknowledgedCount() + " releases acknowledged to feeders");

                // 2. a real SIGKILL under load
                ingest = start(port, env, work, logs);
                feeding.reopen();
                int killAt = feeding.acknowledgedCount() + RELEASES / 4;
                await().atMost(Duration.ofMinutes(5)).until(() -> feeding.acknowledgedCount() >= killAt);
                ingest.kill();
                report.add("run 2 killed (SIGKILL) with " + feeding.acknowledgedCount() + " releases acknowledged");

                // 3. the broker goes away while feeders keep posting
                ingest = start(port, env, work, logs);
                feeding.reopen();
                int stopAt = Math.min(RELEASES - 1, feeding.acknowledgedCount() + RELEASES / 5);
                await().atMost(Duration.ofMinutes(5)).until(() -> feeding.acknowledgedCount() >= stopAt);
                Instant stopping = Instant.now();
                int acknowledgedAtStop = feeding.acknowledgedCount();
                kafka.stop();
                Instant stopped = Instant.now();
                await().atMost(BROKER_DOWNTIME.plusMinutes(1)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> Duration.between(stopped, Instant.now()).compareTo(BROKER_DOWNTIME) >= 0);
                Instant starting = Instant.now();
                kafka.restart();
                Instant restarted = Instant.now();
                int acknowledgedWhileDown = feeding.acknowledgedCount() - acknowledgedAtStop;
                report.add("broker unavailable for " + Duration.between(stopping, restarted).toSeconds()
                        + " s (SIGTERM shutdown " + Duration.between(stopping, stopped).toSeconds() + " s, down "
                        + Duration.between(stopped, starting).toSeconds() + " s, restart "
                        + Duration.between(starting, restarted).toSeconds() + " s); " + acknowledgedWhileDown
                        + " releases acknowledged to feeders meanwhile");

                await().atMost(Duration.ofMinutes(10)).until(feeding::done);
                await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                        .until(() -> unsent(jdbcUrl) == 0);
                report.add("outbox empty " + Duration.between(restarted, Instant.now()).toSeconds()
                        + " s after the broker came back; " + feeding.attempts() + " POSTs for " + RELEASES
                        + " releases");

                Set<String> acknowledged = feeding.acknowledgedIds();
                assertThat(acknowledged).hasSize(RELEASES);
                try (TopicProbe probe = TopicProbe.of(kafka.bootstrapServers(), Topics.PRESS_RELEASES)) {
                    List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofMinutes(2))
                            .until(probe::records, all -> keys(all).containsAll(acknowledged));
                    records = probe.records();
                    Map<String, Long> perId = records.stream()
                            .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
                    Map<String, Long> duplicates = perId.entrySet().stream().filter(e -> e.getValue() > 1)
                            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
                    report.add("press.releases: " + records.size() + " records, " + perId.size()
                            + " distinct release ids, " + duplicates.size() + " ids more than once");
                    report.addAll(reconciliations(logs));
                    print(work, report);

                    assertThat(duplicates).as("releases published more than once").isEmpty();
                    assertThat(perId.keySet()).containsExactlyInAnyOrderElementsOf(acknowledged);
                    assertThat(records).extracting(r -> header(r, "ce_id"))
                            .allSatisfy(ceId -> assertThat(ceId).endsWith(":1"));
                }
            } finally {
                ingest.close();
            }
        }
    }

    private static IngestProcess start(int port, Map<String, String> env, Path work, List<Path> logs) {
        Path log = work.resolve("ingest-" + (logs.size() + 1) + ".log");
        logs.add(log);
        return IngestProcess.start(port, env, log);
    }

    private static Set<String> keys(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
    }

    private static long unsent(String jdbcUrl) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM outbox WHERE sent_at IS NULL")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> reconciliations(List<Path> logs) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int run = 0; run < logs.size(); run++) {
            String log = Files.readString(logs.get(run));
            String unsent = first(UNSENT_AT_START, log, m -> m.group(1));
            String check = first(START_CHECK, log, m -> m.group(2) + " of " + m.group(1));
            List<String> passes = RECONCILED.matcher(log).results()
                    .map(m -> m.group(2) + "/" + m.group(1)).toList();
            lines.add("run " + (run + 1) + ": unsent at start-up " + (unsent == null ? "0" : unsent)
                    + ", found on Kafka at start-up " + (check == null ? "-" : check)
                    + ", reconciliation passes that found records (found/in doubt) " + passes);
        }
        return lines;
    }

    private static String first(Pattern pattern, String text, Function<Matcher, String> value) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? value.apply(matcher) : null;
    }

    private static void print(Path work, List<String> report) throws IOException {
        String text = "DURABILITY (" + RELEASES + " releases)\n  " + String.join("\n  ", report) + "\n";
        System.out.println(text);
        Files.writeString(work.resolve("summary.txt"), text);
    }
}
