package org.communique.notifier.support;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Distinct callers for {@link LowLimitsProfile}, told apart by {@code X-Forwarded-For}. */
public final class Clients {

    private Clients() {
    }

    /** A client address of its own for each test (and each run: the test database outlives runs). */
    public static String newClient() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "203." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    public static Response create(String client, String filter, String channel) {
        return given().header("X-Forwarded-For", client).contentType(ContentType.JSON)
                .body("{\"filter\": " + filter + ", \"channel\": " + channel + "}")
                .post("/api/v1/subscriptions");
    }

    /** A subscription created by a client of its own: id and token. */
    public static SubscriptionsApi.Created created(String channel) {
        Response response = create(newClient(), "{}", channel);
        response.then().statusCode(201);
        return new SubscriptionsApi.Created(response.path("id"), response.path("token"), response.path("secret"));
    }
}
