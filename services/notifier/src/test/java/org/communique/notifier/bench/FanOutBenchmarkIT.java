package org.communique.notifier.bench;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.communique.contracts.EventJson;
import org.communique.contracts.Topics;
import org.communique.notifier.support.ChildNotifier;
import org.communique.notifier.support.TestReleases;
import org.communique.testing.EmbeddedPostgresServer;
import org.communique.testing.FreePorts;
import org.communique.testing.InProcessKafka;
import org.communique.testing.RawKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * OPT-IN BENCHMARK ({@code -Dcommunique.bench=true}; never run by default, asserts no speed): one release
 * matching 5,000 webhook subscriptions on 1,000 endpoints (10,000 subscriptions in all), delivered by the
 * packaged notifier (a child process) to a receiver in a third process ({@link BenchReceiver}). Prints
 * first-to-last time and deliveries/s for the single release, sustained deliveries/s over a few more
 * such releases back to back, and, in the same run, what a raw Kafka producer achieves on this machine.
 * Times count from the release's record on {@code press.releases.enriched} (its timestamp, taken when it was
 * sent): "published → last" is the whole fan-out, "first → last" its spread; after the sustained part, one more
 * single release on the warm notifier. Each part prints the CPU per delivery of every process. Then a stream of releases at
 * {@value #STREAM_RATE}/s matching {@value #STREAM_MATCHING} subscriptions each, on as many endpoints:
 * record → first webhook of each release, p50 and p99, after a warm-up.
 */
@EnabledIfSystemProperty(named = "communique.bench", matches = "true")
class FanOutBenchmarkIT {

    private static final int ENDPOINTS = 1_000;
    private static final int MATCHING_PER_ENDPOINT = 5;
    private static final int OTHER_SUBSCRIPTIONS = 5_000;
    private static final int SUSTAINED_RELEASES = 4;
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final int STREAM_RATE = 50;
    private static final int STREAM_MATCHING = 3;
    private static final int STREAM_WARM_UP_SECONDS = 10;
    private static final int STREAM_SECONDS = 40;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Process receiver;
    private ChildNotifier notifier;
    private ProcessCpu cpu;

    @AfterEach
    void stop() throws Exception {
        if (notifier != null) {
            notifier.close();
        }
        if (receiver != null) {
            receiver.destroyForcibly().waitFor();
        }
    }

    @Test
    void fanOutOfOneReleaseTo5000WebhooksOn1000Endpoints() throws Exception {
        String bootstrap = InProcessKafka.bootstrapServers();
        double rawKafka = RawKafka.producerRecordsPerSecond(bootstrap, 200_000, 1024);

        int receiverPort = FreePorts.one();
        receiver = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), BenchReceiver.class.getName(),
                Integer.toString(receiverPort))
                .redirectErrorStream(true).redirectOutput(new File("target/bench-receiver.log")).start();
        notifier = ChildNotifier.start(bootstrap, EmbeddedPostgresServer.jdbcUrl("notifier_bench"), "bench-notifier",
                // 10,000 subscriptions from one client address: the documented override of the quotas
                Map.of("QUARKUS_PROFILE", "local,raised-limits",
                        // a profile of the run, for finding what limits it: jfr print --events jdk.ExecutionSample
                        "JAVA_TOOL_OPTIONS", "-XX:StartFlightRecording=filename=target/fanout-notifier.jfr,settings=profile,dumponexit=true"));
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> stats(receiverPort, 0) != null);
        Map<String, Long> processes = new java.util.LinkedHashMap<>();
        processes.put("notifier", notifier.pid());
        processes.put("receiver", receiver.pid());
        processes.put("test JVM with the broker", ProcessHandle.current().pid());
        processes.put("postgresql", postmaster(EmbeddedPostgresServer.jdbcUrl("notifier_bench")));
        cpu = new ProcessCpu(processes);

        String officialId = "official-" + UUID.randomUUID();
        long subscribing = System.nanoTime();
        subscribeAll(notifier.url(), officialId, receiverPort);
        System.out.printf("%n10,000 subscriptions created in %.1f s%n", (System.nanoTime() - subscribing) / 1e9);

        int matching = ENDPOINTS * MATCHING_PER_ENDPOINT;
        String loadBefore = loadAverage();
        long cpuBefore = notifier.cpuMillis();
        Map<String, Long> processesBefore = cpu.snapshot();
        long connectionsBefore = connections(receiverPort);
        long published = publishTimed(bootstrap, officialId, 1, 0).values().iterator().next();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> stats(receiverPort, published)[0] >= matching);
        long[] one = stats(receiverPort, published);
        System.out.printf("one release -> %d webhooks on %d endpoints: published -> first %d ms, published -> last "
                        + "%d ms, first -> last %d ms (p50 %d ms, p99 %d ms from published): %.0f deliveries/s "
                        + "first to last%n", one[0], ENDPOINTS, one[1], one[2], one[2] - one[1], one[3], one[4],
                one[0] * 1000.0 / Math.max(1, one[2] - one[1]));
        long cpuOne = notifier.cpuMillis();
        Map<String, Long> processesOne = cpu.snapshot();
        long connectionsOne = connections(receiverPort);
        System.out.printf("  notifier CPU %.2f ms per delivery; load average before %s, after %s%n",
                (cpuOne - cpuBefore) / (double) one[0], loadBefore, loadAverage());
        System.out.printf("  %s; connections opened to the receiver: %d%n",
                ProcessCpu.perUnit(processesBefore, processesOne, one[0], "delivery"), connectionsOne - connectionsBefore);

        long sustainedFrom = publishTimed(bootstrap, officialId, SUSTAINED_RELEASES, 0).values().stream()
                .mapToLong(Long::longValue).min().orElseThrow();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> stats(receiverPort, sustainedFrom)[0] >= (long) SUSTAINED_RELEASES * matching);
        long[] sustained = stats(receiverPort, sustainedFrom);
        System.out.printf("%d releases back to back -> %d webhooks: last after %d ms (p50 %d ms, p99 %d ms): "
                        + "%.0f deliveries/s sustained%n", SUSTAINED_RELEASES, sustained[0], sustained[2], sustained[3],
                sustained[4], sustained[0] * 1000.0 / sustained[2]);
        System.out.printf("  notifier CPU %.2f ms per delivery; load average after %s%n",
                (notifier.cpuMillis() - cpuOne) / (double) sustained[0], loadAverage());
        System.out.printf("  %s; connections opened to the receiver: %d%n",
                ProcessCpu.perUnit(processesOne, cpu.snapshot(), sustained[0], "delivery"),
                connections(receiverPort) - connectionsOne);
        warmRelease(bootstrap, officialId, receiverPort, matching);
        System.out.printf("raw Kafka producer on this machine, same run: %.0f records/s (1 KiB, acks=all)%n", rawKafka);
        assertThat(one[0]).isEqualTo(matching);

        stream(bootstrap, receiverPort);
    }

    /**
     * The single fan-out again, on a notifier that has delivered 25,000 webhooks (compiled hot paths, connections
     * to the endpoints kept alive): the figure of a notifier that has been running, beside the cold one above.
     */
    private void warmRelease(String bootstrap, String officialId, int receiverPort, int matching) throws Exception {
        String loadBefore = loadAverage();
        Map<String, Long> processesBefore = cpu.snapshot();
        long connectionsBefore = connections(receiverPort);
        long published = publishTimed(bootstrap, officialId, 1, 0).values().iterator().next();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> stats(receiverPort, published)[0] >= matching);
        long[] warm = stats(receiverPort, published);
        System.out.printf("one release again, warm -> %d webhooks: published -> first %d ms, published -> last %d ms, "
                        + "first -> last %d ms (p50 %d ms, p99 %d ms from published): %.0f deliveries/s first to last%n",
                warm[0], warm[1], warm[2], warm[2] - warm[1], warm[3], warm[4],
                warm[0] * 1000.0 / Math.max(1, warm[2] - warm[1]));
        System.out.printf("  %s; connections opened to the receiver: %d; load average before %s, after %s%n",
                ProcessCpu.perUnit(processesBefore, cpu.snapshot(), warm[0], "delivery"),
                connections(receiverPort) - connectionsBefore, loadBefore, loadAverage());
    }

    /** Releases at STREAM_RATE/s, each matching STREAM_MATCHING subscriptions: record -> first webhook. */
    private void stream(String bootstrap, int receiverPort) throws Exception {
        String officialId = "official-" + UUID.randomUUID();
        for (int i = 0; i < STREAM_MATCHING; i++) {
            notifier.subscribeWebhook("{\"officials\": [\"" + officialId + "\"]}",
                    "http://127.0.9." + (i + 1) + ":" + receiverPort + "/timed/" + i);
        }
        String loadBefore = loadAverage();
        Map<UUID, Long> warmUp = publishTimed(bootstrap, officialId, STREAM_RATE * STREAM_WARM_UP_SECONDS, STREAM_RATE);
        long cpuBefore = notifier.cpuMillis();
        Map<String, Long> processesBefore = cpu.snapshot();
        System.out.printf("%n%d releases/s, %d matching subscriptions each: measured part from %s%n", STREAM_RATE,
                STREAM_MATCHING, java.time.Instant.now());
        Map<UUID, Long> measured = publishTimed(bootstrap, officialId, STREAM_RATE * STREAM_SECONDS, STREAM_RATE);
        System.out.printf("  measured part until %s%n", java.time.Instant.now());
        long notifierCpu = notifier.cpuMillis() - cpuBefore;
        Map<String, Long> processesAfter = cpu.snapshot();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                .until(() -> firsts(receiverPort).keySet().containsAll(measured.keySet().stream().map(UUID::toString).toList()));
        Map<String, Long> firsts = firsts(receiverPort);
        long[] latencies = measured.entrySet().stream()
                .mapToLong(sent -> firsts.get(sent.getKey().toString()) - sent.getValue()).sorted().toArray();
        System.out.printf("  record -> first webhook over %d releases (after %d s of warm-up, %d releases): p50 %d ms, "
                        + "p90 %d ms, p99 %d ms, max %d ms%n", latencies.length, STREAM_WARM_UP_SECONDS, warmUp.size(),
                percentile(latencies, 0.50), percentile(latencies, 0.90), percentile(latencies, 0.99),
                latencies[latencies.length - 1]);
        System.out.printf("  notifier CPU %.2f ms per release (%.1f %% of one core); load average before %s, after %s%n",
                notifierCpu / (double) measured.size(), notifierCpu / (STREAM_SECONDS * 10.0), loadBefore, loadAverage());
        System.out.printf("  %s%n", ProcessCpu.perUnit(processesBefore, processesAfter, measured.size(), "release"));
        assertThat(latencies).hasSize(measured.size());
    }

    private static long percentile(long[] sorted, double fraction) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * fraction) - 1)];
    }

    /** Publishes like {@link ChildNotifier#publish}; answers each release's record timestamp (when it was sent). */
    private static Map<UUID, Long> publishTimed(String bootstrap, String officialId, int count, int perSecond)
            throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0);
        Map<UUID, Future<RecordMetadata>> sent = new HashMap<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            // connected and with the topic's metadata before the first timed record
            producer.partitionsFor(Topics.PRESS_RELEASES_ENRICHED);
            long started = System.nanoTime();
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                sent.put(id, producer.send(new ProducerRecord<>(Topics.PRESS_RELEASES_ENRICHED, id.toString(),
                        EventJson.encode(TestReleases.kyrgyzVisitToKazakhstan(id, 1, officialId)))));
                if (perSecond > 0) {
                    // pacing a stream of releases, not waiting for a result
                    long ahead = started + (i + 1) * 1_000_000_000L / perSecond - System.nanoTime();
                    if (ahead > 0) {
                        Thread.sleep(ahead / 1_000_000, (int) (ahead % 1_000_000));
                    }
                }
            }
            producer.flush();
        }
        Map<UUID, Long> timestamps = new HashMap<>();
        for (Map.Entry<UUID, Future<RecordMetadata>> record : sent.entrySet()) {
            timestamps.put(record.getKey(), record.getValue().get().timestamp());
        }
        return timestamps;
    }

    private static Map<String, Long> firsts(int port) throws Exception {
        String body = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/firsts"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Map<String, Long> firsts = new HashMap<>();
        body.lines().map(line -> line.split(" ")).forEach(parts -> firsts.put(parts[0], Long.parseLong(parts[1])));
        return firsts;
    }

    private static long connections(int port) throws Exception {
        return Long.parseLong(HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/connections"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body().trim());
    }

    /** The process id of the PostgreSQL server holding {@code jdbcUrl}: the parent of a backend. */
    private static long postmaster(String jdbcUrl) throws Exception {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(jdbcUrl,
                EmbeddedPostgresServer.USER, "");
             java.sql.ResultSet pid = connection.createStatement().executeQuery("SELECT pg_backend_pid()")) {
            pid.next();
            return ProcessHandle.of(pid.getLong(1)).flatMap(ProcessHandle::parent).orElseThrow().pid();
        }
    }

    private static void subscribeAll(String notifierUrl, String officialId, int receiverPort) throws Exception {
        Semaphore inFlight = new Semaphore(32);
        List<CompletableFuture<HttpResponse<String>>> created = new ArrayList<>();
        for (int i = 0; i < ENDPOINTS * MATCHING_PER_ENDPOINT + OTHER_SUBSCRIPTIONS; i++) {
            boolean matching = i < ENDPOINTS * MATCHING_PER_ENDPOINT;
            int endpoint = i % ENDPOINTS;
            String url = "http://127.0." + (endpoint / 250 + 1) + "." + (endpoint % 250 + 1) + ":" + receiverPort
                    + "/hook/" + i;
            String filter = "{\"officials\": [\"" + (matching ? officialId : "somebody-else-" + i) + "\"]}";
            String body = "{\"filter\": " + filter + ", \"channel\": {\"type\": \"webhook\", \"url\": \"" + url + "\"}}";
            inFlight.acquire();
            created.add(HTTP.sendAsync(HttpRequest.newBuilder(URI.create(notifierUrl + "/api/v1/subscriptions"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, failure) -> inFlight.release()));
        }
        for (CompletableFuture<HttpResponse<String>> response : created) {
            assertThat(response.get().statusCode()).as(response.get().body()).isEqualTo(201);
        }
    }

    private static long[] stats(int port, long since) throws Exception {
        String body = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/stats?since=" + since))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
        String[] parts = body.trim().split(" ");
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Long.parseLong(parts[i]);
        }
        return values;
    }

    /** The 1-, 5- and 15-minute load averages of the machine (Linux), for reading the figures beside them. */
    private static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
