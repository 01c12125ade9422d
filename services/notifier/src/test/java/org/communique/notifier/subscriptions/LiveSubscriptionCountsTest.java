package org.communique.notifier.subscriptions;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.communique.notifier.support.Clients;
import org.communique.notifier.support.TestDatabase;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quotas read live subscriptions from counts that triggers keep; they must stay equal to counting the rows,
 * through creations, deletions over the API, a client's change and rows removed outright.
 */
@QuarkusTest
class LiveSubscriptionCountsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theKeptCountsEqualTheLiveRows() {
        String deleted = created().path("id");
        Response kept = created();
        String client = (String) TestDatabase.rows(dataSource,
                "SELECT created_by FROM subscriptions WHERE id = ?::uuid", deleted).get(0).get("created_by");
        String moved = "moved-" + Clients.newClient();
        assertCountsMatchRows(client, moved);

        given().header("Authorization", "Bearer " + kept.<String>path("token"))
                .delete("/api/v1/subscriptions/{id}", kept.<String>path("id")).then().statusCode(204);
        assertCountsMatchRows(client, moved);

        TestDatabase.execute(dataSource, "UPDATE subscriptions SET created_by = ? WHERE id = ?::uuid", moved, deleted);
        assertThat(kept("client:" + moved)).isEqualTo(1);
        assertCountsMatchRows(client, moved);

        TestDatabase.execute(dataSource, "DELETE FROM subscriptions WHERE id = ?::uuid", deleted);
        assertThat(kept("client:" + moved)).as("a client with nothing live keeps no row").isNull();
        assertCountsMatchRows(client, moved);
    }

    private static Response created() {
        // a filter no release of the other tests matches: no alert refers to it, so a row can be removed outright
        Response response = Clients.create(Clients.newClient(), "{\"keywords\": [\"zzqxvw\"]}", "{\"type\": \"feed\"}");
        response.then().statusCode(201);
        return response;
    }

    private void assertCountsMatchRows(String... clients) {
        assertThat(kept("*")).isEqualTo(counted("SELECT id FROM subscriptions WHERE deleted_at IS NULL"));
        for (String client : clients) {
            long rows = counted("SELECT id FROM subscriptions WHERE deleted_at IS NULL AND created_by = ?", client);
            Long kept = kept("client:" + client);
            assertThat(kept == null ? 0 : kept).as("live subscriptions of " + client).isEqualTo(rows);
        }
    }

    private long counted(String sql, Object... parameters) {
        return TestDatabase.rows(dataSource, sql, parameters).size();
    }

    private Long kept(String scope) {
        List<Map<String, Object>> rows = TestDatabase.rows(dataSource,
                "SELECT live FROM live_subscription_counts WHERE scope = ?", scope);
        return rows.isEmpty() ? null : ((Number) rows.get(0).get("live")).longValue();
    }
}
