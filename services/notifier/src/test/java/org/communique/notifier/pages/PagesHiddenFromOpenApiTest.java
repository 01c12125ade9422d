package org.communique.notifier.pages;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The HTML pages and their helpers are not API: /q/openapi leaves them out, and keeps the API. */
@QuarkusTest
class PagesHiddenFromOpenApiTest {

    @Test
    void pageRoutesAreNotInTheOpenApiDocument() {
        Map<String, Object> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        assertThat(paths).doesNotContainKeys("/", "/subscribe", "/preview", "/manage", "/operator", "/operator/replay",
                "/pages/names");
        assertThat(paths).containsKey("/api/v1/subscriptions");
    }

    @Test
    void theLanguageLinkOfAPageAnsweringAPostLeadsToTheFormInThatLanguage() {
        given().redirects().follow(false).queryParam("lang", "en").get("/preview")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/?lang=en"));
        given().redirects().follow(false).queryParam("lang", "<script>").get("/subscribe")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/?lang=ru"));
    }
}
