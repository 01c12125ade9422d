package org.communique.notifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.communique.contracts.EnrichedRelease;
import org.communique.contracts.EventJson;
import org.communique.contracts.Topics;
import org.communique.notifier.support.ChildNotifier;
import org.communique.notifier.support.TestReleases;
import org.communique.testing.EmbeddedPostgresServer;
import org.communique.testing.InProcessKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Exactly one alert under a crash: the packaged notifier (target/quarkus-app) runs as a child process
 * against the in-process Kafka broker and embedded PostgreSQL, is SIGKILLed in the middle of 1,000
 * matching releases (20 subscriptions on 10 endpoints: 20,000 pairs), and restarted. Every matching
 * subscription must end up with exactly one alert
 * (one webhook-id) per release, received; a webhook in flight at the kill may arrive twice with the
 * same webhook-id, which is what receivers dedupe on. Also prints webhook deliveries per second.
 */
class CrashRecoveryIT {

    private static final int RELEASES = 1_000;
    /** 20 webhooks per release (20,000 pairs), on 10 endpoints (ports) with two subscriptions each. */
    private static final int SUBSCRIPTIONS = 20;
    private static final int ENDPOINTS = 10;
    private static final Duration PATIENCE = Duration.ofMinutes(8);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** webhook-id -> how many times it arrived; (path, release id) -> webhook-ids seen for that pair. */
    private final Map<String, AtomicInteger> arrivals = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> idsPerPair = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final List<HttpServer> receivers = new ArrayList<>();
    private ChildNotifier notifier;

    @AfterEach
    void stop() throws InterruptedException {
        if (notifier != null) {
            notifier.kill();
        }
        receivers.forEach(receiver -> receiver.stop(0));
    }

    @Test
    void eachMatchingSubscriptionGetsEachReleaseOnceAcrossAKillAndARestart() throws Exception {
        startReceivers();
        String bootstrap = InProcessKafka.bootstrapServers();
        String jdbcUrl = EmbeddedPostgresServer.jdbcUrl("notifier_crash_it");
        String officialId = "official-" + UUID.randomUUID();

        notifier = start(bootstrap, jdbcUrl, 1);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < SUBSCRIPTIONS; i++) {
            String path = "/hooks/crash-" + i;
            paths.add(path);
            createSubscription(notifier.url(), "{\"officials\": [\"" + officialId + "\"]}", receivers.get(i % ENDPOINTS), path);
        }
        createSubscription(notifier.url(), "{\"officials\": [\"somebody-else\"]}", receivers.get(0), "/hooks/never");

        List<UUID> releases = publish(bootstrap, officialId, RELEASES);
        int expected = RELEASES * SUBSCRIPTIONS;
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(20)).until(() -> requests.get() >= expected / 3);
        int beforeKill = requests.get();
        notifier.kill();
        System.out.printf("%nkilled the notifier (SIGKILL) after %d of %d webhooks%n", beforeKill, expected);
        assertThat(beforeKill).isLessThan(expected);

        notifier = start(bootstrap, jdbcUrl, 2);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> idsPerPair.size() >= expected);

        for (String path : paths) {
            for (UUID release : releases) {
                assertThat(idsPerPair.get(path + " " + release)).as(path + " " + release).hasSize(1);
            }
        }
        assertThat(idsPerPair.keySet()).noneMatch(pair -> pair.startsWith("/hooks/never"));
        assertThat(idsPerPair).hasSize(expected);
        long resent = arrivals.values().stream().filter(count -> count.get() > 1).count();
        System.out.printf("after the restart: %d (subscription, release) pairs, each with exactly one webhook-id; "
                + "%d webhook-ids arrived more than once (in flight at the kill)%n", idsPerPair.size(), resent);

        measureThroughput(bootstrap, jdbcUrl, officialId, paths.size());
    }

    /** Webhook deliveries per second from publishing releases to the last webhook received (printed, never asserted). */
    private void measureThroughput(String bootstrap, String jdbcUrl, String officialId, int subscriptions)
            throws Exception {
        int before = idsPerPair.size();
        long alertsBefore = alertCount(jdbcUrl);
        int releases = 500;
        int webhooks = releases * subscriptions;
        long started = System.nanoTime();
        publish(bootstrap, officialId, releases);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50))
                .until(() -> alertCount(jdbcUrl) >= alertsBefore + webhooks);
        double created = (System.nanoTime() - started) / 1e9;
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(20))
                .until(() -> idsPerPair.size() >= before + webhooks);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("throughput: %d releases x %d subscriptions = %d webhooks in %.2f s: %.0f deliveries/s "
                        + "(end to end: Kafka record -> match -> alert rows -> signed POST -> attempt recorded); "
                        + "the alert rows were all written after %.2f s (%.0f releases/s consumed)%n",
                releases, subscriptions, webhooks, seconds, webhooks / seconds, created, releases / created);
    }

    private static long alertCount(String jdbcUrl) throws Exception {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(jdbcUrl);
             java.sql.ResultSet rows = connection.createStatement().executeQuery("SELECT count(*) FROM alerts")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static ChildNotifier start(String bootstrap, String jdbcUrl, int run) throws IOException {
        return ChildNotifier.start(bootstrap, jdbcUrl, "crash-it-notifier-" + run, Map.of(
                "QUARKUS_PROFILE", "local,raised-limits",
                "COMMUNIQUE_NOTIFIER_WEBHOOKS_PER_ENDPOINT_CONCURRENCY", "8"));
    }

    private void createSubscription(String notifierUrl, String filter, HttpServer receiver, String path) throws Exception {
        String body = "{\"filter\": " + filter + ", \"channel\": {\"type\": \"webhook\", \"url\": \"http://127.0.0.1:"
                + receiver.getAddress().getPort() + path + "\"}}";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(notifierUrl + "/api/v1/subscriptions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static List<UUID> publish(String bootstrap, String officialId, int count) {
        List<UUID> ids = new ArrayList<>();
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                EnrichedRelease release = TestReleases.kyrgyzVisitToKazakhstan(id, 1, officialId);
                producer.send(new ProducerRecord<>(Topics.PRESS_RELEASES_ENRICHED, id.toString(), EventJson.encode(release)));
            }
            producer.flush();
        }
        return ids;
    }

    private void startReceivers() throws IOException {
        for (int i = 0; i < ENDPOINTS; i++) {
            receivers.add(startReceiver());
        }
    }

    private HttpServer startReceiver() throws IOException {
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        receiver.setExecutor(Executors.newFixedThreadPool(8));
        receiver.createContext("/", exchange -> {
            try (exchange; InputStream in = exchange.getRequestBody()) {
                byte[] body = in.readAllBytes();
                String webhookId = exchange.getRequestHeaders().getFirst("webhook-id");
                JsonNode json = EventJson.mapper().readTree(body);
                String releaseId = json.path("data").path("release").path("release").path("id").asText();
                arrivals.computeIfAbsent(webhookId, id -> new AtomicInteger()).incrementAndGet();
                idsPerPair.computeIfAbsent(exchange.getRequestURI().getPath() + " " + releaseId,
                        pair -> ConcurrentHashMap.newKeySet()).add(webhookId);
                requests.incrementAndGet();
                exchange.sendResponseHeaders(204, -1);
            }
        });
        receiver.start();
        return receiver;
    }
}
