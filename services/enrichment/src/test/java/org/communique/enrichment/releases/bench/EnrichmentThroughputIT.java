package org.communique.enrichment.releases.bench;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.communique.contracts.EventJson;
import org.communique.contracts.EventTypes;
import org.communique.contracts.PressRelease;
import org.communique.contracts.SourceRef;
import org.communique.contracts.Topics;
import org.communique.enrichment.tagger.TagInput;
import org.communique.enrichment.tagger.Tagger;
import org.communique.enrichment.tagger.bench.BenchReleases;
import org.communique.enrichment.tagger.kb.KbDataFiles;
import org.communique.testing.EmbeddedPostgresServer;
import org.communique.testing.FreePorts;
import org.communique.testing.InProcessKafka;
import org.communique.testing.RawKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * OPT-IN BENCHMARK ({@code -Dcommunique.bench=true}; never run by default, asserts no speed): {@value #RELEASES}
 * Russian releases of 2–4 KB ({@link BenchReleases}, as ingest publishes them: {@link PressRelease} JSON with binary
 * CloudEvents headers) are written to {@code press.releases} first; then the packaged enrichment service (a child
 * process, local profile, real embedded Kafka and PostgreSQL) starts and consumes them. Prints, in the same run:
 * the service's releases/s (from its readiness, and between its first and last enriched record) and per CPU-second of
 * the whole service process, for the whole run and for each fifth of it (the last fifth is the warmed service: the
 * JIT was still compiling the tagger 20,000 releases in); the tagger alone on the same releases in this JVM (per
 * CPU-second of the tagging thread, as {@code CpuThroughput}); and a raw Kafka producer's records/s with records of the same size. Asserts only that
 * every release is enriched exactly once. The child records a JFR profile in target/enrichment-bench.jfr.
 */
@EnabledIfSystemProperty(named = "communique.bench", matches = "true")
class EnrichmentThroughputIT {

    private static final int RELEASES = Integer.getInteger("communique.bench.releases", 60_000);
    /** The run is measured in this many equal parts; the JIT is still compiling the tagger well into the run. */
    private static final int PARTS = 5;
    private static final int TAGGER_WARMUP_SECONDS = 15;
    private static final Duration PATIENCE = Duration.ofMinutes(15);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Process service;

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.destroy();
            if (!service.waitFor(30, TimeUnit.SECONDS)) {
                service.destroyForcibly().waitFor();
            }
        }
    }

    @Test
    void everyReleaseIsEnrichedExactlyOnceAndTheRateIsPrinted() throws Exception {
        String bootstrap = InProcessKafka.bootstrapServers();
        List<TagInput> texts = BenchReleases.russian();
        List<PressRelease> releases = releases(texts);

        double[] tagger = taggerAlone(releases);
        double raw = RawKafka.producerRecordsPerSecond(bootstrap, 50_000, averageBytes(releases));
        double fill = fill(bootstrap, releases);

        long starting = System.nanoTime();
        int port = FreePorts.one();
        service = start(bootstrap, port);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100)).until(() -> {
            assertThat(service.isAlive()).as("enrichment exited; see target/enrichment-bench.log").isTrue();
            return status(port, "/q/health/ready") == 200;
        });
        long ready = System.nanoTime();
        Duration cpuAtReady = cpu(service);
        String loadAtReady = loadAverage();

        Map<String, Integer> seen = new HashMap<>();
        long[] firstAndLast = {Long.MAX_VALUE, Long.MIN_VALUE};
        int duplicates = 0;
        // wall time and service CPU each time another fifth of the releases has been enriched
        long[] partAt = new long[PARTS + 1];
        Duration[] cpuAtPart = new Duration[PARTS + 1];
        partAt[0] = ready;
        cpuAtPart[0] = cpuAtReady;
        int part = 1;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.PRESS_RELEASES_ENRICHED));
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (seen.size() < RELEASES && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (seen.merge(record.key(), 1, Integer::sum) > 1) {
                        duplicates++;
                    }
                    firstAndLast[0] = Math.min(firstAndLast[0], record.timestamp());
                    firstAndLast[1] = Math.max(firstAndLast[1], record.timestamp());
                }
                while (part <= PARTS && seen.size() >= (long) RELEASES * part / PARTS) {
                    partAt[part] = System.nanoTime();
                    cpuAtPart[part] = cpu(service);
                    part++;
                }
            }
            long done = System.nanoTime();
            Duration cpuAtEnd = cpu(service);
            String loadAtDone = loadAverage();
            // anything late (a duplicate from a redelivered batch) would arrive within a few polls
            long settle = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < settle) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (seen.merge(record.key(), 1, Integer::sum) > 1) {
                        duplicates++;
                    }
                }
            }

            double fromReady = seen.size() / ((done - ready) / 1e9);
            double steady = seen.size() / Math.max(0.001, (firstAndLast[1] - firstAndLast[0]) / 1e3);
            double serviceCpuSeconds = (cpuAtEnd.toNanos() - cpuAtReady.toNanos()) / 1e9;
            System.out.printf("%n%d releases of 2-4 KB (avg %d bytes as JSON), %d available processors, shared machine%n",
                    RELEASES, averageBytes(releases), Runtime.getRuntime().availableProcessors());
            System.out.printf("service start to ready: %.1f s; load average (/proc/loadavg) at ready: %s, at the last "
                    + "enriched record: %s%n", (ready - starting) / 1e9, loadAtReady, loadAtDone);
            System.out.printf("enrichment service: %.0f releases/s from ready to last enriched record (%.1f s); "
                            + "%.0f releases/s first to last enriched record; %.0f releases per CPU-second of the "
                            + "whole service process (%.1f CPU-s)%n", fromReady, (done - ready) / 1e9, steady,
                    seen.size() / serviceCpuSeconds, serviceCpuSeconds);
            double steadyPerCpu = Double.NaN;
            for (int p = 1; p < part; p++) {
                int enriched = RELEASES * p / PARTS - RELEASES * (p - 1) / PARTS;
                double seconds = (partAt[p] - partAt[p - 1]) / 1e9;
                double cpuSeconds = (cpuAtPart[p].toNanos() - cpuAtPart[p - 1].toNanos()) / 1e9;
                steadyPerCpu = enriched / cpuSeconds;
                System.out.printf("fifth %d (%d releases): %.0f releases/s, %.0f releases per CPU-second of the whole "
                        + "service process (%.1f CPU-s, %.1f s)%n", p, enriched, enriched / seconds, steadyPerCpu,
                        cpuSeconds, seconds);
            }
            System.out.printf("tagger alone, same releases, this JVM: %.0f releases per CPU-second (%.0f per "
                    + "wall-second)%n", tagger[0], tagger[1]);
            System.out.printf("ratio tagger / service, per CPU-second: %.2f whole run, %.2f last fifth; per "
                            + "wall-second (tagger / service first-to-last): %.2f%n", tagger[0] / (seen.size() / serviceCpuSeconds),
                    tagger[0] / steadyPerCpu, tagger[1] / steady);
            System.out.printf("raw Kafka producer, same run: %.0f records/s (%d B, acks=all, lz4); the bench's own "
                    + "fill of press.releases: %.0f records/s%n", raw, averageBytes(releases), fill);
        }
        assertThat(seen).hasSize(RELEASES);
        assertThat(seen.keySet()).containsExactlyInAnyOrderElementsOf(
                releases.stream().map(r -> r.id().toString()).toList());
        assertThat(duplicates).as("enriched records seen more than once").isZero();
    }

    /** N releases cycling over the bench texts, each with its own id, as ingest would publish them. */
    private static List<PressRelease> releases(List<TagInput> texts) {
        List<PressRelease> releases = new ArrayList<>(RELEASES);
        SourceRef source = new SourceRef(UUID.nameUUIDFromBytes("bench-source".getBytes(StandardCharsets.UTF_8)),
                "МИД КР", "KG");
        Instant ingested = Instant.parse("2024-02-01T06:05:00Z");
        for (int i = 0; i < RELEASES; i++) {
            TagInput text = texts.get(i % texts.size());
            UUID id = UUID.randomUUID();
            Instant published = text.publishedAt() == null ? null : text.publishedAt().atStartOfDay(ZoneOffset.UTC).toInstant();
            releases.add(new PressRelease(id, 1, source, "https://example.org/releases/" + id, text.language(),
                    text.title(), text.text(), published, ingested, "sha256:" + id, "story-" + id));
        }
        return releases;
    }

    /** [releases per CPU-second of the tagging thread, releases per wall-second], the input built as the service does. */
    private static double[] taggerAlone(List<PressRelease> releases) {
        Tagger tagger = Tagger.build(KbDataFiles.fromClasspath());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        long warmUntil = System.nanoTime() + TAGGER_WARMUP_SECONDS * 1_000_000_000L;
        for (int i = 0; System.nanoTime() < warmUntil; i++) {
            sink += tagger.tag(input(releases.get(i % releases.size()))).countries().size();
        }
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (PressRelease release : releases) {
            sink += tagger.tag(input(release)).countries().size();
        }
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        double wallSeconds = (System.nanoTime() - wall) / 1e9;
        assertThat(sink).isPositive();
        return new double[] {releases.size() / cpuSeconds, releases.size() / wallSeconds};
    }

    private static TagInput input(PressRelease release) {
        return new TagInput(release.title(), release.body(), release.language(),
                release.publishedAt() == null ? null : LocalDate.ofInstant(release.publishedAt(), ZoneOffset.UTC));
    }

    /** Writes the releases to press.releases with ingest's binary CloudEvents headers; returns records/s. */
    private static double fill(String bootstrap, List<PressRelease> releases) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            long started = System.nanoTime();
            for (PressRelease release : releases) {
                String key = release.id().toString();
                RecordHeaders headers = new RecordHeaders();
                header(headers, "ce_specversion", "1.0");
                header(headers, "ce_id", key + ":" + release.version());
                header(headers, "ce_type", EventTypes.RELEASE_INGESTED);
                header(headers, "ce_source", "/communique/ingest");
                header(headers, "ce_time", release.ingestedAt().toString());
                header(headers, "content-type", "application/json");
                producer.send(new ProducerRecord<>(Topics.PRESS_RELEASES, null, key, EventJson.encode(release), headers));
            }
            producer.flush();
            return releases.size() / ((System.nanoTime() - started) / 1e9);
        }
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static int averageBytes(List<PressRelease> releases) {
        long total = 0;
        for (int i = 0; i < Math.min(releases.size(), 1_000); i++) {
            total += EventJson.encode(releases.get(i)).getBytes(StandardCharsets.UTF_8).length;
        }
        return (int) (total / Math.min(releases.size(), 1_000));
    }

    private static Process start(String bootstrap, int port) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx768m",
                // a profile of the run, for finding what limits it: jfr print --events jdk.ExecutionSample
                "-XX:StartFlightRecording=filename=target/enrichment-bench.jfr,settings=profile,dumponexit=true",
                // deep enough for Jackson's nested serializers, so samples are attributed to their caller
                "-XX:FlightRecorderOptions=stackdepth=256",
                "-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString());
        builder.environment().put("QUARKUS_PROFILE", "local");
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", EmbeddedPostgresServer.jdbcUrl("enrichment_bench"));
        builder.environment().put("QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgresServer.USER);
        builder.environment().put("QUARKUS_DATASOURCE_PASSWORD", "");
        builder.environment().put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        builder.redirectErrorStream(true);
        builder.redirectOutput(new File("target/enrichment-bench.log"));
        return builder.start();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static Duration cpu(Process process) {
        return process.info().totalCpuDuration().orElseThrow(() -> new IllegalStateException("no CPU time for the child"));
    }

    private static int status(int port, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
