package org.communique.notifier.subscriptions;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.communique.notifier.support.StandardWebhooksVerifier;
import org.communique.notifier.support.SubscriptionsApi;
import org.communique.notifier.support.SubscriptionsApi.Created;
import org.communique.notifier.support.TestReleases;
import org.communique.notifier.support.WebhookReceiver;
import org.communique.notifier.support.Webhooks;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** The owner's token manages the subscription: update, pause and resume, test alerts, redelivery. */
@QuarkusTest
class ManagementApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String PROBLEM_JSON = "application/problem+json";

    private final WebhookReceiver receiver = WebhookReceiver.shared();

    @Test
    void patchReplacesTheFilterAndTheUrlAndTheNextReleaseFollowsThem() {
        String officialId = "official-" + UUID.randomUUID();
        String before = receiver.newPath();
        String after = receiver.newPath();
        Created subscription = SubscriptionsApi.createWebhook("{\"countries\": [\"AQ\"]}", receiver.url(before));

        patch(subscription, "{\"filter\": {\"officials\": [\"" + officialId + "\"]}, \"channel\": {\"url\": \""
                + receiver.url(after) + "\"}}")
                .then().statusCode(200)
                .body("filter.officials", contains(officialId))
                .body("filter.countries", equalTo(null))
                .body("channel.url", equalTo(receiver.url(after)));
        UUID releaseId = UUID.randomUUID();
        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(releaseId, 1, officialId));

        await().atMost(PATIENCE).until(() -> Webhooks.about(releaseId, after), hasSize(1));
        assertThat(receiver.requestsTo(before)).isEmpty();
        // a part left out stays as it was
        patch(subscription, "{\"filter\": {\"countries\": [\"KZ\"]}}").then().statusCode(200)
                .body("channel.url", equalTo(receiver.url(after)));
    }

    @Test
    void patchValidatesLikeCreation() {
        Created subscription = quiet();

        patch(subscription, "{\"filter\": {\"countries\": [\"kz\"]}, \"channel\": {\"url\": \"http://10.0.0.1/\"}}")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("filter.countries[0]", "channel.url"));
        patch(subscription, "{\"channel\": {\"type\": \"email\"}}")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("channel.type"));
        patch(subscription, "{}").then().statusCode(400).contentType(PROBLEM_JSON);
        patch(subscription, "{\"colour\": 1}").then().statusCode(400).contentType(PROBLEM_JSON);
        given().contentType(ContentType.JSON).body("{\"filter\": {}}")
                .patch("/api/v1/subscriptions/{id}", subscription.id())
                .then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void aPausedSubscriptionGetsNothingUntilResumed() {
        String officialId = "official-" + UUID.randomUUID();
        String path = receiver.newPath();
        String witness = receiver.newPath();
        Created subscription = SubscriptionsApi.createWebhook("{\"officials\": [\"" + officialId + "\"]}", receiver.url(path));
        SubscriptionsApi.createWebhook("{\"officials\": [\"" + officialId + "\"]}", receiver.url(witness));

        post(subscription, "pause").then().statusCode(200).body("status", equalTo("PAUSED"));
        UUID whilePaused = UUID.randomUUID();
        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(whilePaused, 1, officialId));
        await().atMost(PATIENCE).until(() -> Webhooks.about(whilePaused, witness), hasSize(1));
        assertThat(receiver.requestsTo(path)).isEmpty();

        post(subscription, "resume").then().statusCode(200).body("status", equalTo("ACTIVE"));
        UUID afterResume = UUID.randomUUID();
        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(afterResume, 1, officialId));
        await().atMost(PATIENCE).until(() -> Webhooks.about(afterResume, path), hasSize(1));
        assertThat(Webhooks.about(whilePaused, path)).isEmpty();
    }

    @Test
    void aTestAlertIsDeliveredSignedAndRecorded() {
        String path = receiver.newPath();
        Created subscription = SubscriptionsApi.createWebhook("{\"countries\": [\"AQ\"]}", receiver.url(path));

        String releaseId = post(subscription, "test").then().statusCode(202).extract().path("releaseId");

        await().atMost(PATIENCE).until(() -> receiver.requestsTo(path), hasSize(1));
        WebhookReceiver.Request webhook = receiver.requestsTo(path).get(0);
        JsonPath body = JsonPath.from(webhook.body());
        assertThat(body.getString("type")).isEqualTo("alert.created");
        assertThat(body.getString("data.subscriptionId")).isEqualTo(subscription.id());
        assertThat(body.getString("data.release.release.id")).isEqualTo(releaseId);
        assertThat(body.getString("data.release.release.title")).startsWith("Test alert");
        assertThat(StandardWebhooksVerifier.verifies(subscription.secret(), webhook.header("webhook-id"),
                webhook.header("webhook-timestamp"), webhook.body(), webhook.header("webhook-signature"))).isTrue();
        await().atMost(PATIENCE).until(() -> SubscriptionsApi.deliveries(subscription), hasSize(1));
    }

    @Test
    void redeliveryKeepsTheWebhookIdAndCountsAnotherAttempt() {
        String officialId = "official-" + UUID.randomUUID();
        String path = receiver.newPath();
        Created subscription = SubscriptionsApi.createWebhook("{\"officials\": [\"" + officialId + "\"]}", receiver.url(path));
        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(UUID.randomUUID(), 1, officialId));
        await().atMost(PATIENCE).until(() -> SubscriptionsApi.deliveries(subscription), hasSize(1));
        Map<String, Object> delivered = SubscriptionsApi.deliveries(subscription).get(0);

        given().header("Authorization", "Bearer " + subscription.token())
                .post("/api/v1/subscriptions/{id}/deliveries/{delivery}/redeliver", subscription.id(), delivered.get("alertId"))
                .then().statusCode(202).body("alertId", equalTo(delivered.get("alertId")));
        await().atMost(PATIENCE).until(() -> receiver.requestsTo(path), hasSize(2));
        // by the attempt's id too
        given().header("Authorization", "Bearer " + subscription.token())
                .post("/api/v1/subscriptions/{id}/deliveries/{delivery}/redeliver", subscription.id(), delivered.get("id"))
                .then().statusCode(202);
        await().atMost(PATIENCE).until(() -> receiver.requestsTo(path), hasSize(3));

        List<WebhookReceiver.Request> requests = receiver.requestsTo(path);
        assertThat(requests).extracting(r -> r.header("webhook-id")).containsOnly((String) delivered.get("alertId"));
        assertThat(requests).extracting(WebhookReceiver.Request::body).containsOnly(requests.get(0).body());
        await().atMost(PATIENCE).until(() -> SubscriptionsApi.deliveries(subscription), hasSize(3));
        assertThat(SubscriptionsApi.deliveries(subscription)).extracting(a -> a.get("attempt")).containsExactly(3, 2, 1);
    }

    @Test
    void onlyThisSubscriptionsDeliveriesCanBeRedelivered() {
        Created mine = quiet();
        Created other = quiet();
        String otherRelease = post(other, "test").then().statusCode(202).extract().path("releaseId");
        await().atMost(PATIENCE).until(() -> SubscriptionsApi.deliveries(other), hasSize(1));
        Object othersAlert = SubscriptionsApi.deliveries(other).get(0).get("alertId");
        assertThat(otherRelease).isNotBlank();

        given().header("Authorization", "Bearer " + mine.token())
                .post("/api/v1/subscriptions/{id}/deliveries/{delivery}/redeliver", mine.id(), othersAlert)
                .then().statusCode(404).contentType(PROBLEM_JSON);
        given().header("Authorization", "Bearer " + mine.token())
                .post("/api/v1/subscriptions/{id}/deliveries/{delivery}/redeliver", mine.id(), "not-an-id")
                .then().statusCode(404).contentType(PROBLEM_JSON).body("detail", containsString("not-an-id"));
    }

    private Created quiet() {
        return SubscriptionsApi.createWebhook("{\"countries\": [\"AQ\"]}", receiver.url(receiver.newPath()));
    }

    private static io.restassured.response.Response patch(Created subscription, String body) {
        return given().header("Authorization", "Bearer " + subscription.token())
                .contentType(ContentType.JSON).body(body)
                .patch("/api/v1/subscriptions/{id}", subscription.id());
    }

    private static io.restassured.response.Response post(Created subscription, String action) {
        return given().header("Authorization", "Bearer " + subscription.token())
                .post("/api/v1/subscriptions/{id}/" + action, subscription.id());
    }
}
