package org.communique.ingest.bench;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.communique.contracts.Topics;
import org.communique.ingest.durability.IngestProcess;
import org.communique.testing.ChildProcessKafka;
import org.communique.testing.EmbeddedPostgresServer;
import org.communique.testing.FreePorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * OPT-IN BENCHMARK ({@code -Dcommunique.bench=true}; never run by default, asserts no speed): ingest's way out,
 * from a pushed release's commit to its record on {@code press.releases} (the record's broker timestamp minus its
 * {@code ce_time}, which ingest sets in the transaction that stores the release). The packaged ingest runs as a
 * child process (local profile, raised limits) against a broker in another child process and the embedded
 * PostgreSQL, with 20 PUSH sources whose releases wrap their news in the source's own formulas (a fifth are
 * near-duplicates of an earlier release of another source). Three phases against the same instance: a warm-up at
 * the light rate, a measured light phase (p50/p90/p99/max of commit → {@code press.releases}), and a heavy phase
 * offered at a high rate (accepted and published releases/s, and how long publishing lagged behind). Prints the
 * load average with every figure. Asserts only that every accepted release reached the topic.
 * <pre>
 * ./mvnw -B -pl services/ingest -am verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dit.test=WayOutLatencyIT -Dfailsafe.failIfNoSpecifiedTests=false -Dcommunique.bench=true
 * </pre>
 * Options (system properties): {@code communique.bench.light-rate} (50), {@code .warm-up} (PT60S),
 * {@code .light} (PT60S), {@code .heavy-rate} (1000), {@code .heavy} (PT30S), {@code .in-flight} (128),
 * {@code .jfr} (a file name: the child records a flight recording there).
 */
@EnabledIfSystemProperty(named = "communique.bench", matches = "true")
class WayOutLatencyIT {

    private static final String ADMIN_KEY = "bench-admin-key";
    private static final int SOURCES = 20;
    private static final int LIGHT_RATE = Integer.getInteger("communique.bench.light-rate", 50);
    private static final int HEAVY_RATE = Integer.getInteger("communique.bench.heavy-rate", 1000);
    private static final int IN_FLIGHT = Integer.getInteger("communique.bench.in-flight", 128);
    private static final Duration WARM_UP = Duration.parse(System.getProperty("communique.bench.warm-up", "PT60S"));
    private static final Duration LIGHT = Duration.parse(System.getProperty("communique.bench.light", "PT60S"));
    private static final Duration HEAVY = Duration.parse(System.getProperty("communique.bench.heavy", "PT30S"));
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern KEY = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Release id → commit-to-broker milliseconds, as the records arrive. */
    private final Map<String, Long> latencies = new ConcurrentHashMap<>();
    /** Release id → broker timestamp of its first record. */
    private final Map<String, Long> brokerTimes = new ConcurrentHashMap<>();

    @Test
    void commitToPressReleases() throws Exception {
        Path work = Path.of("target", "bench", "way-out-" + Instant.now().toEpochMilli());
        String jdbcUrl = EmbeddedPostgresServer.jdbcUrl("ingest_way_out_" + Instant.now().toEpochMilli());
        List<String> report = new ArrayList<>();
        Map<String, String> env = new HashMap<>(Map.of(
                "QUARKUS_PROFILE", "local,raised-limits",
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                "QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgresServer.USER,
                "QUARKUS_DATASOURCE_PASSWORD", "",
                "COMMUNIQUE_ADMIN_KEY", ADMIN_KEY,
                "COMMUNIQUE_INGEST_POLLING_ENABLED", "false"));
        String jfr = System.getProperty("communique.bench.jfr");
        if (jfr != null) {
            env.put("JAVA_TOOL_OPTIONS", "-XX:StartFlightRecording=filename="
                    + work.resolve(jfr).toAbsolutePath() + ",settings=profile");
        }
        try (ChildProcessKafka kafka = ChildProcessKafka.start(work.resolve("kafka"))) {
            kafka.createTopic(Topics.PRESS_RELEASES, 3);
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
            try (IngestProcess ingest = IngestProcess.start(FreePorts.one(), env, work.resolve("ingest.log"));
                 Reader reader = new Reader(kafka.bootstrapServers())) {
                List<String> keys = new ArrayList<>();
                for (int n = 0; n < SOURCES; n++) {
                    keys.add(createSource(ingest, n));
                }
                Texts texts = new Texts(SOURCES);
                Thread readerThread = new Thread(reader, "press-releases-reader");
                readerThread.start();

                report.add("load average before: " + loadAverage());
                Phase warmUp = offer(ingest, keys, texts, LIGHT_RATE, WARM_UP);
                report.add("warm-up: " + warmUp.summary());
                long cpuBefore = cpuMillis(ingest);
                Phase light = offer(ingest, keys, texts, LIGHT_RATE, LIGHT);
                awaitPublished(light.accepted);
                long cpuLight = cpuMillis(ingest) - cpuBefore;
                report.add("light: " + light.summary() + "; load average " + loadAverage());
                report.add(String.format("  commit → press.releases: %s; ingest CPU %.1f %% of one core",
                        percentiles(light.accepted), 100.0 * cpuLight / light.duration.toMillis()));

                cpuBefore = cpuMillis(ingest);
                Phase heavy = offer(ingest, keys, texts, HEAVY_RATE, HEAVY);
                String loadDuringHeavy = loadAverage();
                awaitPublished(heavy.accepted);
                long cpuHeavy = cpuMillis(ingest) - cpuBefore;
                long inWindow = heavy.accepted.stream().map(brokerTimes::get)
                        .filter(t -> t <= heavy.end.toEpochMilli()).count();
                long lastBroker = heavy.accepted.stream().mapToLong(brokerTimes::get).max().orElse(0);
                double drain = (lastBroker - heavy.start.toEpochMilli()) / 1000.0;
                report.add("heavy: " + heavy.summary() + "; load average " + loadDuringHeavy);
                report.add(String.format("  published %.1f/s while offered (%d of %d accepted), all %d published "
                                + "%.1f s after the phase began (%.1f/s); ingest CPU %.1f s",
                        inWindow / seconds(heavy.duration), inWindow, heavy.accepted.size(), heavy.accepted.size(),
                        drain, heavy.accepted.size() / drain, cpuHeavy / 1000.0));
                report.add("  commit → press.releases: " + percentiles(heavy.accepted));
                reader.stop.set(true);
                readerThread.join(10_000);
                report.add("duplicates on press.releases: " + reader.duplicates.get());
            }
        } finally {
            String text = String.join("\n", report);
            System.out.println("\n=== ingest way out (commit → press.releases) ===\n" + text + "\n");
            Files.createDirectories(work);
            Files.writeString(work.resolve("report.txt"), text + "\n");
        }
    }

    private void awaitPublished(Set<String> ids) {
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(latencies.keySet()).containsAll(ids));
    }

    private String percentiles(Set<String> ids) {
        long[] values = ids.stream().mapToLong(latencies::get).sorted().toArray();
        if (values.length == 0) {
            return "none";
        }
        return String.format("p50 %d ms, p90 %d ms, p99 %d ms, max %d ms (%d releases)", at(values, 0.50),
                at(values, 0.90), at(values, 0.99), values[values.length - 1], values.length);
    }

    private static long at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    /** Offers releases at a fixed rate (open loop, at most {@link #IN_FLIGHT} outstanding; the rest refused). */
    private Phase offer(IngestProcess ingest, List<String> keys, Texts texts, int rate, Duration duration)
            throws InterruptedException {
        Phase phase = new Phase(rate, duration);
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        long startNanos = System.nanoTime();
        long total = rate * duration.toSeconds();
        for (long n = 0; n < total; n++) {
            long due = startNanos + n * 1_000_000_000L / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            if (!inFlight.tryAcquire()) {
                phase.refused.incrementAndGet();
                continue;
            }
            Texts.Release release = texts.next();
            long sent = System.nanoTime();
            HttpRequest request = HttpRequest.newBuilder(URI.create(ingest.url() + "/api/v1/releases"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + keys.get(release.source()))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(release.json(), StandardCharsets.UTF_8))
                    .build();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                inFlight.release();
                phase.postMillis.add((System.nanoTime() - sent) / 1_000_000);
                Matcher id = response == null ? null : ID.matcher(response.body());
                if (response != null && response.statusCode() == 202 && id.find()) {
                    phase.accepted.add(id.group(1));
                } else {
                    phase.failed.incrementAndGet();
                }
            });
        }
        inFlight.acquire(IN_FLIGHT);
        phase.end = Instant.now();
        return phase;
    }

    private String createSource(IngestProcess ingest, int n) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(ingest.url() + "/api/v1/sources"))
                .header("Authorization", "Bearer " + ADMIN_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Bench ministry " + n + "\",\"kind\":\"PUSH\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        Matcher key = KEY.matcher(response.body());
        assertThat(key.find()).as(response.body()).isTrue();
        return key.group(1);
    }

    private static long cpuMillis(IngestProcess ingest) {
        return ProcessHandle.of(ingest.pid()).flatMap(p -> p.info().totalCpuDuration()).map(Duration::toMillis)
                .orElse(0L);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private static final class Phase {

        final int rate;
        final Duration duration;
        final Instant start = Instant.now();
        Instant end;
        final Set<String> accepted = ConcurrentHashMap.newKeySet();
        final List<Long> postMillis = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();

        Phase(int rate, Duration duration) {
            this.rate = rate;
            this.duration = duration;
        }

        String summary() {
            long[] posts;
            synchronized (postMillis) {
                posts = postMillis.stream().mapToLong(Long::longValue).sorted().toArray();
            }
            double took = Duration.between(start, end).toMillis() / 1000.0;
            return String.format("offered %d/s for %d s: accepted %d (%.1f/s), failed %d, refused at %d in flight %d;"
                            + " POST p50 %d ms, p99 %d ms", rate, duration.toSeconds(), accepted.size(),
                    accepted.size() / took, failed.get(), IN_FLIGHT, refused.get(),
                    posts.length == 0 ? 0 : at(posts, 0.5), posts.length == 0 ? 0 : at(posts, 0.99));
        }
    }

    /** Reads press.releases from its end; the first record of each release id counts. */
    private final class Reader implements Runnable, AutoCloseable {

        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicInteger duplicates = new AtomicInteger();
        private final KafkaConsumer<String, String> consumer;

        Reader(String bootstrap) {
            consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                    ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 5,
                    ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000), new StringDeserializer(), new StringDeserializer());
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(Topics.PRESS_RELEASES)) {
                partitions.add(new TopicPartition(info.topic(), info.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
        }

        @Override
        public void run() {
            try {
                read();
            } finally {
                consumer.close();
            }
        }

        private void read() {
            while (!stop.get()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    Header time = record.headers().lastHeader("ce_time");
                    if (time == null) {
                        continue;
                    }
                    long committed = Instant.parse(new String(time.value(), StandardCharsets.UTF_8)).toEpochMilli();
                    if (latencies.putIfAbsent(record.key(), record.timestamp() - committed) == null) {
                        brokerTimes.put(record.key(), record.timestamp());
                    } else {
                        duplicates.incrementAndGet();
                    }
                }
            }
        }

        /** The reading thread closes the consumer once it stops. */
        @Override
        public void close() {
            stop.set(true);
        }
    }

    /**
     * Releases of ministries: each source's own opening and closing formulas around 60 words of news, a fifth of
     * them near-duplicates (a few words changed) of an earlier release of another source. Deterministic.
     */
    private static final class Texts {

        private final Random random = new Random(42);
        private final List<String> vocabulary = new ArrayList<>();
        private final List<String[]> formulas = new ArrayList<>();
        private final List<String> recent = new ArrayList<>();
        private int count;

        Texts(int sources) {
            for (int n = 0; n < 5_000; n++) {
                vocabulary.add(word(4 + random.nextInt(7)));
            }
            for (int s = 0; s < sources; s++) {
                formulas.add(new String[] {words(25), words(35)});
            }
        }

        record Release(int source, String json) {
        }

        Release next() {
            int source = random.nextInt(formulas.size());
            String news;
            if (!recent.isEmpty() && random.nextInt(5) == 0) {
                String[] copied = recent.get(random.nextInt(recent.size())).split(" ");
                for (int change = 0; change < 3; change++) {
                    copied[random.nextInt(copied.length)] = vocabulary.get(random.nextInt(vocabulary.size()));
                }
                news = String.join(" ", copied);
            } else {
                news = words(60);
                recent.add(news);
                if (recent.size() > 200) {
                    recent.remove(0);
                }
            }
            int n = count++;
            String body = formulas.get(source)[0] + ". " + news + ". " + formulas.get(source)[1] + ".";
            return new Release(source, "{\"externalId\":\"bench-" + n + "\",\"title\":\"Release " + n + " "
                    + news.substring(0, Math.min(40, news.length())) + "\",\"body\":\"" + body
                    + "\",\"language\":\"en\"}");
        }

        private String words(int n) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < n; i++) {
                text.append(i == 0 ? "" : " ").append(vocabulary.get(random.nextInt(vocabulary.size())));
            }
            return text.toString();
        }

        private String word(int length) {
            StringBuilder word = new StringBuilder();
            for (int c = 0; c < length; c++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            return word.toString();
        }
    }
}
