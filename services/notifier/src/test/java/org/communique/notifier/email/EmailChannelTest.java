package org.communique.notifier.email;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.communique.contracts.EnrichedRelease;
import org.communique.notifier.support.Mailbox;
import org.communique.notifier.support.SubscriptionsApi;
import org.communique.notifier.support.TestClock;
import org.communique.notifier.support.TestReleases;
import org.communique.notifier.support.WebhookReceiver;
import org.communique.notifier.support.Webhooks;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Email alerts against a real SMTP server: double opt-in, escaped and highlighted bodies, one-click unsubscribe, digests. */
@QuarkusTest
class EmailChannelTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    TestClock clock;

    private final WebhookReceiver receiver = WebhookReceiver.shared();

    @Test
    void nothingButTheConfirmationIsSentBeforeItsLinkIsFollowed() {
        String officialId = "official-" + UUID.randomUUID();
        String address = address();
        JsonPath created = createEmail("{\"officials\": [\"" + officialId + "\"], \"keywords\": [\"визит\"]}", address, null);
        assertThat(created.getString("secret")).isNull();
        await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(address), hasSize(1));
        MimeMessage confirmation = Mailbox.messagesTo(address).get(0);
        assertThat(Mailbox.subject(confirmation)).contains("Confirm");
        String token = Mailbox.linkToken(Mailbox.part(confirmation, "text/plain"));
        given().header("Authorization", "Bearer " + created.getString("token"))
                .get("/api/v1/subscriptions/{id}", created.getString("id"))
                .then().statusCode(200).body("status", equalTo("UNCONFIRMED"))
                .body("channel.address", equalTo(address)).body("channel.digest", equalTo("immediate"));
        given().header("Authorization", "Bearer " + created.getString("token"))
                .post("/api/v1/subscriptions/{id}/test", created.getString("id")).then().statusCode(409);

        UUID early = UUID.randomUUID();
        publishAndAwaitWitness(officialId, early);
        assertThat(Mailbox.messagesTo(address)).hasSize(1);

        // a mail scanner fetching the link changes nothing; the button's POST confirms
        given().get("/api/v1/email/confirm/{token}", token).then().statusCode(200).contentType("text/html");
        given().post("/api/v1/email/confirm/{token}", token).then().statusCode(200);
        EnrichedRelease hostile = TestReleases.variant(TestReleases.kyrgyzVisitToKazakhstan(UUID.randomUUID(), 1, officialId))
                .text("<script>x()</script> Визит & \"переговоры\"", "Министр прибудет с официальным визитом. <img src=x>")
                .build();
        TestReleases.publish(hostile);

        await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(address), hasSize(2));
        MimeMessage alert = Mailbox.messagesTo(address).get(1);
        assertThat(Mailbox.subject(alert)).startsWith("Communiqué: ").contains("Визит");
        String html = Mailbox.part(alert, "text/html");
        String text = Mailbox.part(alert, "text/plain");
        assertThat(html).doesNotContain("<script>").doesNotContain("<img")
                .contains("&lt;script&gt;x()&lt;/script&gt;").contains("&lt;img src=x&gt;")
                .contains("<mark>визитом</mark>");
        assertThat(text).contains("*визитом*").contains("<script>x()</script>");
        assertThat(Mailbox.header(alert, "List-Unsubscribe")).matches("<https?://.+/api/v1/email/unsubscribe/mail_.+>");
        assertThat(Mailbox.header(alert, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        await().atMost(PATIENCE).until(() -> SubscriptionsApi.deliveries(
                new SubscriptionsApi.Created(created.getString("id"), created.getString("token"), null)), hasSize(1));
        assertThat(SubscriptionsApi.deliveries(new SubscriptionsApi.Created(created.getString("id"),
                created.getString("token"), null)).get(0))
                .containsEntry("channel", "email").containsEntry("outcome", "DELIVERED").containsEntry("statusCode", 250);
    }

    @Test
    void oneClickUnsubscribeWorksFromTheHeader() {
        String officialId = "official-" + UUID.randomUUID();
        String address = address();
        JsonPath created = createEmail("{\"officials\": [\"" + officialId + "\"]}", address, null);
        confirm(address);
        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(UUID.randomUUID(), 1, officialId));
        await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(address), hasSize(2));
        String unsubscribe = Mailbox.header(Mailbox.messagesTo(address).get(1), "List-Unsubscribe");

        // what a mail client sends (RFC 8058)
        given().contentType(ContentType.URLENC).body("List-Unsubscribe=One-Click")
                .post("/api/v1/email/unsubscribe/{token}", Mailbox.linkToken(unsubscribe))
                .then().statusCode(200);

        given().header("Authorization", "Bearer " + created.getString("token"))
                .get("/api/v1/subscriptions/{id}", created.getString("id")).then().statusCode(404);
        publishAndAwaitWitness(officialId, UUID.randomUUID());
        assertThat(Mailbox.messagesTo(address)).hasSize(2);
    }

    @Test
    void anHourlyDigestSendsTheHoursAlertsTogether() {
        String officialId = "official-" + UUID.randomUUID();
        String address = address();
        createEmail("{\"officials\": [\"" + officialId + "\"]}", address, "hourly");
        confirm(address);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        TestReleases.publish(TestReleases.variant(TestReleases.kyrgyzVisitToKazakhstan(first, 1, officialId))
                .text("Первое заявление", "Текст").build());
        publishAndAwaitWitness(officialId, second);
        assertThat(Mailbox.messagesTo(address)).hasSize(1);

        clock.advance(Duration.ofHours(1));

        await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(address), hasSize(2));
        MimeMessage digest = Mailbox.messagesTo(address).get(1);
        assertThat(Mailbox.subject(digest)).isEqualTo("Communiqué: 2 alerts (hourly digest)");
        assertThat(Mailbox.part(digest, "text/plain")).contains("Первое заявление").contains("Кыргызстана");
    }

    @Test
    void emailChannelsAreValidated() {
        List.of("{\"type\": \"email\"}", "{\"type\": \"email\", \"address\": \"not-an-address\"}",
                "{\"type\": \"email\", \"address\": \"a@example.org\", \"digest\": \"weekly\"}",
                "{\"type\": \"email\", \"address\": \"a@example.org\", \"url\": \"http://127.0.0.1/\"}",
                "{\"type\": \"webhook\", \"url\": \"" + receiver.url("/x") + "\", \"address\": \"a@example.org\"}")
                .forEach(channel -> given().contentType(ContentType.JSON)
                        .body("{\"filter\": {}, \"channel\": " + channel + "}")
                        .post("/api/v1/subscriptions")
                        .then().statusCode(400).contentType("application/problem+json"));
        given().post("/api/v1/email/confirm/mail_unknown").then().statusCode(404).contentType("application/problem+json");
    }

    private void publishAndAwaitWitness(String officialId, UUID releaseId) {
        String witness = receiver.newPath();
        SubscriptionsApi.createWebhook("{\"officials\": [\"" + officialId + "\"]}", receiver.url(witness));
        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(releaseId, 1, officialId));
        await().atMost(PATIENCE).until(() -> Webhooks.about(releaseId, witness), hasSize(1));
    }

    private static void confirm(String address) {
        await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(address), hasSize(1));
        String token = Mailbox.linkToken(Mailbox.part(Mailbox.messagesTo(address).get(0), "text/plain"));
        given().post("/api/v1/email/confirm/{token}", token).then().statusCode(200);
    }

    private static JsonPath createEmail(String filter, String address, String digest) {
        String channel = "{\"type\": \"email\", \"address\": \"" + address + "\""
                + (digest == null ? "" : ", \"digest\": \"" + digest + "\"") + "}";
        return given().contentType(ContentType.JSON).body("{\"filter\": " + filter + ", \"channel\": " + channel + "}")
                .post("/api/v1/subscriptions").then().statusCode(201).extract().jsonPath();
    }

    private static String address() {
        return "desk-" + UUID.randomUUID() + "@example.org";
    }
}
