package org.communique.notifier.support;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.communique.contracts.EnrichedRelease;
import org.communique.contracts.EventJson;
import org.communique.contracts.Topics;
import org.communique.testing.EmbeddedPostgresServer;
import org.communique.testing.FreePorts;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The packaged notifier (target/quarkus-app) as a child process, for the *IT tests that stop things for real. */
public final class ChildNotifier implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final int port;

    private ChildNotifier(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts it in the local profile and waits until it is ready; {@code log} names its log file under target/. */
    public static ChildNotifier start(String bootstrap, String jdbcUrl, String log, Map<String, String> environment)
            throws IOException {
        int port = FreePorts.one();
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m",
                // a member that joins or leaves should not wait long for the group to notice
                "-Dmp.messaging.incoming.enriched-releases.session.timeout.ms=6000",
                "-Dmp.messaging.incoming.enriched-releases.heartbeat.interval.ms=1000",
                "-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString());
        builder.environment().put("QUARKUS_PROFILE", "local");
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        builder.environment().put("QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgresServer.USER);
        builder.environment().put("QUARKUS_DATASOURCE_PASSWORD", "");
        builder.environment().put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true);
        builder.redirectOutput(new File("target/" + log + ".log"));
        Process process = builder.start();
        ChildNotifier notifier = new ChildNotifier(process, port);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250)).until(() -> {
            assertThat(process.isAlive()).as("notifier exited; see target/" + log + ".log").isTrue();
            return notifier.status("/q/health/ready") == 200;
        });
        return notifier;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int status(String path) {
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

    /** The value of a Prometheus sample whose line starts with {@code name} and contains {@code label}; 0 when absent. */
    public double metric(String name, String label) {
        try {
            String metrics = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/metrics"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
            return metrics.lines()
                    .filter(line -> line.startsWith(name) && line.contains(label))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .sum();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public void subscribeWebhook(String filter, String url) throws Exception {
        String body = "{\"filter\": " + filter + ", \"channel\": {\"type\": \"webhook\", \"url\": \"" + url + "\"}}";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/subscriptions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    /** Publishes {@code count} enriched releases naming the official, {@code perSecond} at most (0: at once). */
    public static List<UUID> publish(String bootstrap, String officialId, int count, int perSecond)
            throws InterruptedException {
        List<UUID> ids = new ArrayList<>();
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5);
        long started = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                EnrichedRelease release = TestReleases.kyrgyzVisitToKazakhstan(id, 1, officialId);
                producer.send(new ProducerRecord<>(Topics.PRESS_RELEASES_ENRICHED, id.toString(),
                        EventJson.encode(release)));
                if (perSecond > 0) {
                    // pacing a stream of releases, not waiting for a result
                    long due = started + (i + 1) * 1_000_000_000L / perSecond;
                    long ahead = due - System.nanoTime();
                    if (ahead > 0) {
                        Thread.sleep(ahead / 1_000_000, (int) (ahead % 1_000_000));
                    }
                }
            }
            producer.flush();
        }
        return ids;
    }

    /** CPU time the child process has used so far (all its threads), in milliseconds; -1 where the OS does not say. */
    public long cpuMillis() {
        return process.toHandle().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
