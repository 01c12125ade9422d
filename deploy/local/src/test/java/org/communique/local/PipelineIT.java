package org.communique.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.communique.contracts.Alert;
import org.communique.contracts.EventJson;
import org.communique.contracts.Tags;
import org.communique.contracts.Topics;
import org.communique.testing.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole stack as {@code ./communique up} runs it (the packaged launcher starting PostgreSQL, a KRaft
 * broker and the three packaged services as child processes): a release posted to ingest reaches a
 * subscriber's webhook, tagged and signed, exactly once; then Ctrl-C leaves no process behind.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineIT {

    private static final ObjectMapper JSON = EventJson.mapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String DEMO_KEY = "e2e-" + UUID.randomUUID();

    @TempDir
    static Path home;

    private static LaunchedStack stack;
    private static WebhookReceiver receiver;

    @BeforeAll
    static void startStack() throws Exception {
        Path root = Path.of(System.getProperty("communique.root", "../..")).toAbsolutePath().normalize();
        stack = LaunchedStack.start(root, home, Map.of("COMMUNIQUE_DEMO_KEY", DEMO_KEY));
        try {
            stack.awaitUp(Duration.ofMinutes(4));
        } catch (RuntimeException e) {
            stack.forceStop();
            throw e;
        }
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stopStack() {
        if (receiver != null) {
            receiver.close();
        }
        if (stack != null) {
            stack.forceStop();
        }
    }

    @RegisterExtension
    static final TestWatcher LOGS_ON_FAILURE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            System.err.println(stack.diagnostics());
        }
    };

    @Test
    @Order(1)
    void aPostedVisitReleaseReachesTheMatchingWebhookOnceSignedAndTagged() throws Exception {
        Subscription kgToKz = subscribe("{\"visit\":{\"visitorCountries\":[\"KG\"],\"hostCountries\":[\"KZ\"]}}", "/kg-to-kz");
        Subscription toUz = subscribe("{\"visit\":{\"hostCountries\":[\"UZ\"]}}", "/to-uz");

        Instant posted = Instant.now();
        JsonNode accepted = postRelease();
        String releaseId = accepted.get("id").asText();
        assertThat(accepted.get("version").asInt()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(60)).until(() -> !receiver.at("/kg-to-kz").isEmpty());
        WebhookReceiver.Received hook = receiver.at("/kg-to-kz").get(0);
        System.out.printf("POST to webhook: %d ms%n", Duration.between(posted, hook.at()).toMillis());

        assertThat(StandardWebhooks.verify(kgToKz.secret(), hook.header("webhook-id"), hook.header("webhook-timestamp"),
                hook.body(), hook.header("webhook-signature")))
                .as("webhook-signature verifies with the subscription's secret").isTrue();
        assertThat(Long.parseLong(hook.header("webhook-timestamp")))
                .isBetween(posted.getEpochSecond() - 5, Instant.now().getEpochSecond() + 5);

        Alert alert = EventJson.decode(hook.body(), Alert.class);
        assertThat(alert.data().subscriptionId()).hasToString(kgToKz.id());
        assertThat(alert.data().release().release().id()).hasToString(releaseId);
        Tags tags = alert.data().release().tags();
        assertThat(tags.countries()).extracting(Tags.CountryTag::code).containsExactlyInAnyOrder("KZ", "KG");
        assertThat(tags.officials()).extracting(Tags.OfficialTag::name)
                .containsExactlyInAnyOrder("Sadyr Japarov", "Murat Nurtleu", "Kassym-Jomart Tokayev");
        Tags.EventTag visit = tags.events().stream().filter(e -> e.type() == Tags.EventType.VISIT).findFirst().orElseThrow();
        assertThat(visit.visitorCountry()).isEqualTo("KG");
        assertThat(visit.hostCountry()).isEqualTo("KZ");
        assertThat(visit.kind()).isEqualTo(Tags.EventKind.OFFICIAL);
        assertThat(visit.status()).isEqualTo(Tags.EventStatus.PLANNED);
        assertThat(visit.date()).isEqualTo(new Tags.EventDate("2024", Tags.DatePrecision.YEAR));

        // the same item again: same id, nothing new published, nothing alerted twice
        JsonNode again = postRelease();
        assertThat(again.get("id").asText()).isEqualTo(releaseId);
        assertThat(again.get("version").asInt()).isEqualTo(1);

        try (TopicProbe releases = TopicProbe.of(stack.kafkaBootstrap(), Topics.PRESS_RELEASES);
             TopicProbe enriched = TopicProbe.of(stack.kafkaBootstrap(), Topics.PRESS_RELEASES_ENRICHED)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> !enriched.recordsWithKey(releaseId).isEmpty());
            // a later event would arrive within the time the first one took end to end; allow ample margin
            await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).until(() ->
                    releases.recordsWithKey(releaseId).size() == 1
                            && enriched.recordsWithKey(releaseId).size() == 1
                            && receiver.at("/kg-to-kz").size() == 1);
            ConsumerRecord<String, String> event = releases.recordsWithKey(releaseId).get(0);
            assertThat(TopicProbe.header(event, "ce_type")).isEqualTo("org.communique.release.ingested.v1");
            assertThat(TopicProbe.header(event, "ce_specversion")).isEqualTo("1.0");
        }
        assertThat(receiver.at("/to-uz")).as("a subscription to visits to Uzbekistan gets nothing").isEmpty();
    }

    @Test
    @Order(2)
    void everyMetricOfTheDashboardAndTheAlertRulesIsExposed() throws Exception {
        Path root = Path.of(System.getProperty("communique.root", "../..")).toAbsolutePath().normalize();
        var files = MonitoringCheck.files(root);
        assertThat(MonitoringCheck.metricsUsed(files)).contains("communique_pipeline_records_total",
                "communique_pipeline_ingest_to_alert_seconds_bucket");
        var services = java.util.List.of(stack.url(stack.ingestPort), stack.url(stack.enrichmentPort),
                stack.url(stack.notifierPort));
        // after the release of the first test went through every stage it could reach
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(MonitoringCheck.missing(files, MonitoringCheck.scrape(services))).isEmpty());
    }

    @Test
    @Order(3)
    void ctrlCStopsEveryProcessOfTheStack() throws Exception {
        Set<ProcessHandle> processes = stack.processes();
        assertThat(processes).as("launcher, broker, three services, postmaster").hasSizeGreaterThanOrEqualTo(6);

        String signal = stack.interrupt();

        assertThat(stack.awaitExit(Duration.ofSeconds(90))).as("launcher exits after " + signal).isTrue();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(processes.stream().filter(ProcessHandle::isAlive).map(p -> p.pid() + " " + p.info().command().orElse("?")))
                        .as("processes left behind after " + signal).isEmpty());
    }

    private record Subscription(String id, String token, String secret) {
    }

    private static Subscription subscribe(String filter, String path) throws IOException, InterruptedException {
        String body = "{\"filter\":" + filter + ",\"channel\":{\"type\":\"webhook\",\"url\":\"" + receiver.url(path) + "\"}}";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(stack.url(stack.notifierPort) + "/api/v1/subscriptions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode json = JSON.readTree(response.body());
        return new Subscription(json.get("id").asText(), json.get("token").asText(), json.get("secret").asText());
    }

    private static JsonNode postRelease() throws IOException, InterruptedException {
        Map<String, Object> release = Map.of(
                "externalId", "e2e-japarov-visit",
                "url", "https://mfa.example.kz/press/e2e-japarov-visit",
                "title", "Садыр Жапаров посетит Казахстан с официальным визитом",
                "body", TestReleases.JAPAROV_VISIT,
                "language", "ru",
                "publishedAt", "2024-02-01T09:00:00Z");
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(stack.url(stack.ingestPort) + "/api/v1/releases"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + DEMO_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(release))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return JSON.readTree(response.body());
    }
}
