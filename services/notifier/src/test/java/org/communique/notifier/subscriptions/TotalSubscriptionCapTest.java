package org.communique.notifier.subscriptions;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.communique.notifier.support.Clients;
import org.communique.notifier.support.TestDatabase;
import org.communique.notifier.support.TotalCapProfile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Past the total (here: one live subscription, whoever holds it) every creation is a 429 and nothing is stored. */
@QuarkusTest
@TestProfile(TotalCapProfile.class)
class TotalSubscriptionCapTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theServiceRefusesSubscriptionsPastItsTotal() {
        long before = live();
        Response refused = null;
        for (int i = 0; i < 2 && refused == null; i++) {
            Response response = Clients.create(Clients.newClient(), "{}", "{\"type\": \"feed\"}");
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertThat(response.statusCode()).isEqualTo(201);
            }
        }
        assertThat(refused).as("a creation past the total").isNotNull();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.<String>path("detail")).contains("in total");
        assertThat(live()).isEqualTo(Math.max(1, before));
    }

    private long live() {
        return TestDatabase.rows(dataSource, "SELECT id FROM subscriptions WHERE deleted_at IS NULL").size();
    }
}
