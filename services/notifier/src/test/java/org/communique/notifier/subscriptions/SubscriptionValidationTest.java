package org.communique.notifier.subscriptions;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.communique.notifier.support.WebhookReceiver;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

/** Every rejected request is a 400 problem+json naming the offending fields. */
@QuarkusTest
class SubscriptionValidationTest {

    private final String url = WebhookReceiver.shared().url("/hooks/validation");

    @Test
    void countryCodesMustBeUpperCaseIsoAlpha2() {
        rejected("{\"countries\": [\"KZ\", \"kg\", \"XX\", \"KAZ\"]}", channel(url))
                .body("errors.field", containsInAnyOrder("filter.countries[1]", "filter.countries[2]", "filter.countries[3]"))
                .body("errors.find { it.field == 'filter.countries[1]' }.message", containsString("upper-case"))
                .body("errors.find { it.field == 'filter.countries[2]' }.message",
                        equalTo("is not an ISO 3166-1 alpha-2 country code"));
    }

    @Test
    void visitCountriesAreCheckedToo() {
        rejected("{\"visit\": {\"visitorCountries\": [\"Kyrgyzstan\"], \"hostCountries\": [null]}}", channel(url))
                .body("errors.field", containsInAnyOrder("filter.visit.visitorCountries[0]", "filter.visit.hostCountries[0]"));
    }

    @Test
    void eventTypesComeFromTheContracts() {
        rejected("{\"events\": [\"VISIT\", \"PARADE\"]}", channel(url))
                .body("errors[0].field", equalTo("filter.events[1]"))
                .body("errors[0].message", equalTo("must be one of VISIT, TALKS, CALL, MEETING, AGREEMENT"));
    }

    @Test
    void rolesAreTheTagsRolesOptionallyOfOneCountry() {
        rejected("{\"roles\": [\"ambassador:KZ\", \"envoy\", \"president:kz\"]}", channel(url))
                .body("errors.field", containsInAnyOrder("filter.roles[1]", "filter.roles[2]"))
                .body("errors.find { it.field == 'filter.roles[1]' }.message", containsString("must be a role (president,"))
                .body("errors.find { it.field == 'filter.roles[2]' }.message", containsString("ISO 3166-1 alpha-2"));
    }

    @Test
    void visitStatusesComeFromTheContracts() {
        rejected("{\"visit\": {\"statuses\": [\"PLANNED\", \"planned\", \"CANCELLED\"]}}", channel(url))
                .body("errors.field", containsInAnyOrder("filter.visit.statuses[1]", "filter.visit.statuses[2]"))
                .body("errors[0].message", equalTo("must be one of PLANNED, ONGOING, COMPLETED"));
    }

    @Test
    void officialsMustNotBeBlank() {
        rejected("{\"officials\": [\"  \"]}", channel(url))
                .body("errors[0].field", equalTo("filter.officials[0]"));
    }

    @Test
    void keywordsNeedWordsAndABoundedLength() {
        rejected("{\"keywords\": [\"визит\", \" \", \"--\", \"" + "x".repeat(101) + "\", \"a b c d e f g h i\", null]}", channel(url))
                .body("errors.field", containsInAnyOrder("filter.keywords[1]", "filter.keywords[2]",
                        "filter.keywords[3]", "filter.keywords[4]", "filter.keywords[5]"))
                .body("errors.find { it.field == 'filter.keywords[1]' }.message", equalTo("must not be blank"))
                .body("errors.find { it.field == 'filter.keywords[2]' }.message", equalTo("must contain a letter or a digit"))
                .body("errors.find { it.field == 'filter.keywords[3]' }.message", equalTo("must be at most 100 characters"))
                .body("errors.find { it.field == 'filter.keywords[4]' }.message", equalTo("must have at most 8 words"))
                .body("errors.find { it.field == 'filter.keywords[5]' }.message", equalTo("must not be null"));
    }

    @Test
    void languagesAreLowerCaseIso639Codes() {
        rejected("{\"languages\": [\"ru\", \"RU\", \"xx\", \"rus\"]}", channel(url))
                .body("errors.field", containsInAnyOrder("filter.languages[1]", "filter.languages[2]", "filter.languages[3]"))
                .body("errors.find { it.field == 'filter.languages[2]' }.message", equalTo("is not an ISO 639-1 language code"))
                .body("errors.find { it.field == 'filter.languages[1]' }.message", containsString("lower-case ISO 639-1"));
    }

    @Test
    void sourcesAreSourceIds() {
        rejected("{\"sources\": [\"5b0c1d2e-3f40-4a51-8b62-7c8d9eaf0b1c\", \"mfa-kz\"]}", channel(url))
                .body("errors.field", containsInAnyOrder("filter.sources[1]"))
                .body("errors[0].message", equalTo("must be a source id (a UUID)"));
    }

    @Test
    void storyDedupeIsABoolean() {
        send("{\"filter\": {\"storyDedupe\": \"sometimes\"}, \"channel\": " + channel(url) + "}")
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void channelTypesAreKnown() {
        rejected("{}", "{\"type\": \"sms\", \"url\": \"" + url + "\"}")
                .body("errors[0].field", equalTo("channel.type"));
        rejected("{}", "{\"url\": \"" + url + "\"}")
                .body("errors[0].field", equalTo("channel.type"));
    }

    @Test
    void webhookUrlsMustBeHttpWithAHost() {
        for (String bad : new String[] {"ftp://example.org/hook", "not a url", "/relative/hook", "http://", "http:///x",
                "mailto:someone@example.org", "https://user:pw@example.org/", ""}) {
            rejected("{}", channel(bad)).body("errors[0].field", equalTo("channel.url"));
        }
    }

    @Test
    void ambiguousIpLiteralsAreRefusedEvenWherePrivateTargetsAreAllowed() {
        rejected("{}", channel("http://2130706433/hook"))
                .body("errors[0].field", equalTo("channel.url"))
                .body("errors[0].message", containsString("four decimal numbers"));
    }

    @Test
    void unknownFieldsAreRejectedAtEveryLevel() {
        send("{\"filter\": {}, \"channel\": {\"type\": \"webhook\", \"url\": \"" + url + "\"}, \"colour\": \"red\"}")
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("colour"));
        send("{\"filter\": {\"tongues\": [\"ru\"]}, \"channel\": {\"type\": \"webhook\", \"url\": \"" + url + "\"}}")
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("filter.tongues"));
        send("{\"filter\": {\"visit\": {\"guests\": [\"KG\"]}}, \"channel\": {\"type\": \"webhook\", \"url\": \"" + url + "\"}}")
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("filter.visit.guests"));
    }

    @Test
    void filterAndChannelAreRequired() {
        send("{}").statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("filter", "channel"));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        rejected("{\"countries\": [\"kz\"], \"events\": [\"WAR\"]}", "{\"type\": \"sms\", \"url\": \"gopher://x\"}")
                .body("errors.field", containsInAnyOrder("filter.countries[0]", "filter.events[0]", "channel.type", "channel.url"))
                .body("detail", containsString("filter.events[0]"));
    }

    @Test
    void wrongJsonTypesAndBrokenJsonAreProblemsToo() {
        send("{\"filter\": {\"countries\": \"KZ\"}, \"channel\": {\"type\": \"webhook\", \"url\": \"" + url + "\"}}")
                .statusCode(400).contentType("application/problem+json");
        send("{\"filter\": {").statusCode(400).contentType("application/problem+json")
                .body("type", startsWith("https://communique.org/problems/"));
    }

    private static String channel(String url) {
        return "{\"type\": \"webhook\", \"url\": \"" + url + "\"}";
    }

    private static ValidatableResponse rejected(String filter, String channel) {
        return send("{\"filter\": " + filter + ", \"channel\": " + channel + "}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", is(400))
                .body("type", equalTo("https://communique.org/problems/invalid-request"));
    }

    private static ValidatableResponse send(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/subscriptions").then();
    }
}
