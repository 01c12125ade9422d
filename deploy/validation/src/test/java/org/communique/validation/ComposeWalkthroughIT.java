package org.communique.validation;

import org.junit.jupiter.api.Test;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.ContainerState;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's compose walk-through, end to end: docker-compose.yml built and brought up from this clone with
 * the values of .env.example (local profile, demo receiver), a webhook subscription on the demo receiver, a
 * release posted as the demo source, the signed alert arriving at the receiver; tagging and the admin API
 * with the documented keys. Disabled (reported as skipped: "Docker is not available") where there is no
 * Docker engine, as on the machines this project is built on so far.
 */
@Testcontainers(disabledWithoutDocker = true)
class ComposeWalkthroughIT {

    private static final Duration START = Duration.ofMinutes(20);

    @Container
    static final ComposeContainer COMPOSE = new ComposeContainer(Project.file("docker-compose.yml").toFile())
            .withBuild(true)
            .withRemoveVolumes(true)
            .withEnv(Map.of(
                    "COMMUNIQUE_ADMIN_KEY", "local-admin-key",
                    "COMMUNIQUE_DEMO_KEY", "local-demo-key",
                    "POSTGRES_PASSWORD", "communique",
                    "QUARKUS_PROFILE", "local",
                    "COMPOSE_PROFILES", "demo"))
            .withExposedService("ingest", 8081, Wait.forHttp("/q/health/ready").withStartupTimeout(START))
            .withExposedService("enrichment", 8082, Wait.forHttp("/q/health/ready").withStartupTimeout(START))
            .withExposedService("notifier", 8083, Wait.forHttp("/q/health/ready").withStartupTimeout(START));

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theReadmesWalkThroughWorksAsWritten() throws Exception {
        HttpResponse<String> subscription = post(url("notifier", 8083, "/api/v1/subscriptions"), null, """
                {"filter": {"visit": {"visitorCountries": ["KG"], "hostCountries": ["KZ"]}},
                 "channel": {"type": "webhook", "url": "http://webhook-receiver:8080/hook"}}""");
        assertThat(subscription.statusCode()).isEqualTo(201);
        String subscriptionId = field(subscription.body(), "id");

        HttpResponse<String> release = post(url("ingest", 8081, "/api/v1/releases"), "local-demo-key", """
                {"externalId": "2024-02-01-japarov",
                 "title": "Садыр Жапаров посетит Казахстан",
                 "body": "Президент Кыргызстана Садыр Жапаров в этом году посетит Казахстан с официальным визитом.",
                 "language": "ru", "publishedAt": "2024-02-01T09:00:00Z"}""");
        assertThat(release.statusCode()).isEqualTo(202);

        ContainerState receiver = COMPOSE.getContainerByServiceName("webhook-receiver").orElseThrow();
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(receiver.getLogs())
                .contains("alert.created").contains(subscriptionId).contains("webhook-signature"));

        HttpResponse<String> tagged = post(url("enrichment", 8082, "/api/v1/tag"), null,
                "{\"text\": \"Глава МИД Казахстана прибыл в Бишкек с рабочим визитом.\", \"publishedAt\": \"2024-02-01\"}");
        assertThat(tagged.statusCode()).isEqualTo(200);
        assertThat(tagged.body()).contains("KZ");

        HttpResponse<String> sources = http.send(HttpRequest.newBuilder(url("ingest", 8081, "/api/v1/sources"))
                .header("Authorization", "Bearer local-admin-key").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(sources.statusCode()).isEqualTo(200);
        assertThat(sources.body()).contains("Local demo");
    }

    private URI url(String service, int port, String path) {
        return URI.create("http://" + COMPOSE.getServiceHost(service, port) + ":" + COMPOSE.getServicePort(service, port) + path);
    }

    private HttpResponse<String> post(URI uri, String key, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertThat(matcher.find()).as("%s in %s", name, json).isTrue();
        return matcher.group(1);
    }
}
