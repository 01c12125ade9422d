package org.communique.notifier.subscriptions;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.communique.notifier.support.Clients;
import org.communique.notifier.support.LowLimitsProfile;
import org.communique.notifier.support.Mailbox;
import org.communique.notifier.support.TestDatabase;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** What one caller can create or trigger is bounded, and the limit answers before anything is stored or sent. */
@QuarkusTest
@TestProfile(LowLimitsProfile.class)
class SubscriptionQuotaTest {

    /** The largest filter the validator lets through: 20 keywords of 99 characters. */
    private static final String LARGE_FILTER = IntStream.range(0, 20)
            .mapToObj(i -> "\"" + (char) ('a' + i) + "x".repeat(98) + "\"")
            .collect(Collectors.joining(", ", "{\"keywords\": [", "], \"countries\": [\"KZ\", \"KG\"]}"));

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aThousandSubscriptionsFromOneClientStopAtItsQuota() {
        String client = client();
        long heapBefore = usedHeap();
        long started = System.nanoTime();
        Map<Integer, Integer> statuses = new HashMap<>();
        for (int i = 0; i < 1000; i++) {
            Response response = create(client, LARGE_FILTER, "{\"type\": \"sse\"}");
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() == 429) {
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(response.header("Retry-After")).isNotBlank();
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        long heapAfter = usedHeap();

        assertThat(statuses).containsOnlyKeys(201, 429);
        assertThat(statuses.get(201)).isEqualTo(LowLimitsProfile.PER_CLIENT);
        assertThat(statuses.get(429)).isEqualTo(1000 - LowLimitsProfile.PER_CLIENT);
        assertThat(liveFrom(client)).isEqualTo(LowLimitsProfile.PER_CLIENT);
        System.out.printf("hostile: 1,000 subscriptions (%d-char filters) from one client: %d created, %d x 429,"
                        + " %d ms, heap %d -> %d MiB%n", LARGE_FILTER.length(), statuses.get(201), statuses.get(429),
                millis, heapBefore >> 20, heapAfter >> 20);
    }

    @Test
    void aDeletedSubscriptionFreesItsPlace() {
        String client = client();
        String token = null;
        String id = null;
        for (int i = 0; i < LowLimitsProfile.PER_CLIENT; i++) {
            Response created = create(client, "{}", "{\"type\": \"feed\"}");
            assertThat(created.statusCode()).isEqualTo(201);
            id = created.path("id");
            token = created.path("token");
        }
        assertThat(create(client, "{}", "{\"type\": \"feed\"}").statusCode()).isEqualTo(429);
        given().header("Authorization", "Bearer " + token).delete("/api/v1/subscriptions/{id}", id)
                .then().statusCode(204);
        assertThat(create(client, "{}", "{\"type\": \"feed\"}").statusCode()).isEqualTo(201);
    }

    @Test
    void oneAddressHasAFewSubscriptionsAndAFewConfirmationMails() {
        String address = "quota-" + UUID.randomUUID() + "@example.org";
        String email = "{\"type\": \"email\", \"address\": \"" + address + "\"}";
        Response first = create(client(), "{}", email);
        assertThat(first.statusCode()).isEqualTo(201);

        // 100 confirmation requests for one address: the first mail and resends up to the daily quota
        Map<Integer, Integer> statuses = new HashMap<>();
        statuses.put(201, 1);
        for (int i = 1; i < 100; i++) {
            int status = given().header("Authorization", "Bearer " + first.path("token"))
                    .post("/api/v1/subscriptions/{id}/confirmation", (String) first.path("id")).statusCode();
            statuses.merge(status, 1, Integer::sum);
        }
        assertThat(statuses.get(202)).isEqualTo(LowLimitsProfile.CONFIRMATION_MAILS - 1);
        assertThat(statuses.get(429)).isEqualTo(100 - LowLimitsProfile.CONFIRMATION_MAILS);
        assertThat(Mailbox.messagesTo(address)).hasSize(LowLimitsProfile.CONFIRMATION_MAILS);
        System.out.printf("hostile: 100 confirmation requests for one address: %d mails sent, %d x 429%n",
                Mailbox.messagesTo(address).size(), statuses.get(429));

        // further subscriptions of the address are refused too: its mails are used up, then its quota
        Response more = create(client(), "{}", email);
        assertThat(more.statusCode()).isEqualTo(429);
        assertThat(Mailbox.messagesTo(address)).hasSize(LowLimitsProfile.CONFIRMATION_MAILS);
        assertThat(TestDatabase.rows(dataSource, "SELECT id FROM subscriptions WHERE email_address = ?", address))
                .hasSize(1);
    }

    @Test
    void resendingNeedsAnUnconfirmedEmailSubscription() {
        Response webhook = create(client(), "{}", "{\"type\": \"sse\"}");
        given().header("Authorization", "Bearer " + webhook.path("token"))
                .post("/api/v1/subscriptions/{id}/confirmation", (String) webhook.path("id"))
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void testAlertsAreRateLimitedPerSubscription() {
        Response created = create(client(), "{}", "{\"type\": \"webhook\", \"url\": \"http://127.0.0.1:9/hook\"}");
        Map<Integer, Integer> statuses = new HashMap<>();
        for (int i = 0; i < 10; i++) {
            Response test = given().header("Authorization", "Bearer " + created.path("token"))
                    .post("/api/v1/subscriptions/{id}/test", (String) created.path("id"));
            statuses.merge(test.statusCode(), 1, Integer::sum);
            if (test.statusCode() == 429) {
                assertThat(test.header("Retry-After")).isNotBlank();
            }
        }
        assertThat(statuses).containsEntry(202, LowLimitsProfile.TEST_ALERTS)
                .containsEntry(429, 10 - LowLimitsProfile.TEST_ALERTS);
    }

    private static Response create(String client, String filter, String channel) {
        return Clients.create(client, filter, channel);
    }

    private static String client() {
        return Clients.newClient();
    }

    private long liveFrom(String client) {
        return TestDatabase.rows(dataSource,
                "SELECT id FROM subscriptions WHERE created_by = ? AND deleted_at IS NULL", client).size();
    }

    private static long usedHeap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
