package org.communique.notifier.support;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Calls the subscriptions API as a subscriber would. */
public final class SubscriptionsApi {

    public record Created(String id, String token, String secret, String feedUrl) {

        public Created(String id, String token, String secret) {
            this(id, token, secret, null);
        }
    }

    private SubscriptionsApi() {
    }

    public static Created createWebhook(String filterJson, String url) {
        return create(filterJson, "{\"type\": \"webhook\", \"url\": \"" + url + "\"}");
    }

    public static Created create(String filterJson, String channelJson) {
        JsonPath created = given()
                .contentType(ContentType.JSON)
                .body("{\"filter\": " + filterJson + ", \"channel\": " + channelJson + "}")
                .post("/api/v1/subscriptions")
                .then()
                .statusCode(201)
                .extract().jsonPath();
        return new Created(created.getString("id"), created.getString("token"), created.getString("secret"),
                created.getString("feedUrl"));
    }

    /** The subscription as its owner reads it. */
    public static JsonPath get(Created subscription) {
        return given()
                .header("Authorization", "Bearer " + subscription.token())
                .get("/api/v1/subscriptions/{id}", subscription.id())
                .then()
                .statusCode(200)
                .extract().jsonPath();
    }

    /** Resumes a paused or disabled subscription; returns it as its owner then reads it. */
    public static JsonPath resume(Created subscription) {
        return given()
                .header("Authorization", "Bearer " + subscription.token())
                .post("/api/v1/subscriptions/{id}/resume", subscription.id())
                .then()
                .statusCode(200)
                .extract().jsonPath();
    }

    /** Delivery attempts of a subscription, newest first. */
    public static List<Map<String, Object>> deliveries(Created subscription) {
        return given()
                .header("Authorization", "Bearer " + subscription.token())
                .get("/api/v1/subscriptions/{id}/deliveries", subscription.id())
                .then()
                .statusCode(200)
                .extract().jsonPath().getList("deliveries");
    }
}
