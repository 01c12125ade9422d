package org.communique.notifier.pages;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The operator page's knowledge-base editor against the enrichment admin API's contract ({@link EnrichmentAdminStub}):
 * the admin key opens a session (never echoed, never in a URL), each change redirects to the page showing it, the
 * enrichment's refusals come back as readable reasons, and what the notifier forwards is bounded.
 */
@QuarkusTest
@QuarkusTestResource(EnrichmentNamesStub.class)
class KbEditorPageTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    record Session(String cookie, String csrf) {
    }

    static Session login() {
        Response login = given().redirects().follow(false).formParam("lang", "en").formParam("adminKey", "test-admin-key")
                .post("/operator/kb/login");
        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(login.header("Location")).endsWith("/operator/kb?lang=en").doesNotContain("test-admin-key");
        assertThat(login.header("Set-Cookie")).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/operator");
        String cookie = login.cookie(OperatorSessions.COOKIE);
        String page = given().cookie(OperatorSessions.COOKIE, cookie).get("/operator/kb?lang=en").then().statusCode(200)
                .header("Cache-Control", "no-store").body(not(containsString("test-admin-key"))).extract().asString();
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).isTrue();
        return new Session(cookie, csrf.group(1));
    }

    private static io.restassured.specification.RequestSpecification as(Session s) {
        return given().redirects().follow(false).contentType(io.restassured.http.ContentType.URLENC.withCharset("UTF-8")).cookie(OperatorSessions.COOKIE, s.cookie()).formParam("csrf", s.csrf())
                .formParam("lang", "en");
    }

    private static String newId() {
        return "kb-test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Response create(Session s, String id, String ru, String en, String office, String from, String to) {
        return create(s, id, "KG", ru, en, office, from, to);
    }

    private static Response create(Session s, String id, String country, String ru, String en, String office, String from,
                                   String to) {
        return as(s).formParam("id", id).formParam("country", country).formParam("ru", ru).formParam("en", en)
                .formParam("office", office).formParam("from", from).formParam("to", to).post("/operator/kb/people");
    }

    @Test
    void withoutTheKeyOrTheSessionNothingIsShownOrChanged() {
        given().get("/operator/kb?lang=en").then().statusCode(200).body(containsString("name=\"adminKey\""),
                not(containsString("Recent changes")));
        given().formParam("adminKey", "wrong").post("/operator/kb/login").then().statusCode(401)
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
        int writes = EnrichmentAdminStub.WRITES.get();
        String id = newId();
        given().redirects().follow(false).formParam("id", id).formParam("country", "KG").formParam("ru", "Р").formParam("en", "E")
                .formParam("office", "president").formParam("from", "2020-01-01").post("/operator/kb/people")
                .then().statusCode(401).body(containsString("name=\"adminKey\""));
        Session s = login();
        // a form from another session (or a forged one) is refused as well
        given().redirects().follow(false).cookie(OperatorSessions.COOKIE, s.cookie()).formParam("csrf", "forged")
                .formParam("id", id).formParam("country", "KG").formParam("ru", "Р").formParam("en", "E")
                .formParam("office", "president").formParam("from", "2020-01-01").post("/operator/kb/people")
                .then().statusCode(401);
        given().cookie(OperatorSessions.COOKIE, "made-up").get("/operator/kb/people/sadyr-japarov?lang=en").then()
                .statusCode(200).body(containsString("name=\"adminKey\""), not(containsString("Садыр Жапаров")));
        assertThat(EnrichmentAdminStub.WRITES.get()).isEqualTo(writes);
        assertThat(EnrichmentAdminStub.person(id)).isNull();
    }

    @Test
    void signingOutEndsTheSession() {
        Session s = login();
        as(s).post("/operator/kb/logout").then().statusCode(303)
                .header("Set-Cookie", containsString("Max-Age=0"));
        given().cookie(OperatorSessions.COOKIE, s.cookie()).get("/operator/kb?lang=en").then().statusCode(200)
                .body(containsString("name=\"adminKey\""), not(containsString("Recent changes")));
    }

    @Test
    void anOperatorAddsAPersonAnOfficeHoldingAndNamesAndClosesTheOffice() {
        Session s = login();
        String id = newId();
        // Tajikistan: the office holdings of this test's KG people never meet it
        Response created = create(s, id, "TJ", "Тест Тестов", "Test Testov", "foreign_minister", "1990-01-01", "1991-01-01");
        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(created.header("Location")).endsWith("/operator/kb/people/" + id + "?lang=en&done=created");

        as(s).formParam("office", "prime_minister").formParam("from", "1992-03-01").post("/operator/kb/people/" + id + "/terms")
                .then().statusCode(303).header("Location", containsString("done=term-added"));
        as(s).formParam("kind", "name").formParam("language", "ky").formParam("name", "Тест Тестов уулу")
                .post("/operator/kb/people/" + id + "/names").then().statusCode(303);
        as(s).formParam("kind", "alias").formParam("name", "Testov T.").post("/operator/kb/people/" + id + "/names")
                .then().statusCode(303).header("Location", containsString("done=name-added"));
        as(s).formParam("office", "prime_minister").formParam("from", "1992-03-01").formParam("to", "1993-04-01")
                .post("/operator/kb/people/" + id + "/terms/close").then().statusCode(303)
                .header("Location", containsString("done=term-closed"));

        String page = given().cookie(OperatorSessions.COOKIE, s.cookie()).get("/operator/kb/people/" + id + "?lang=en&done=term-closed")
                .then().statusCode(200).body(containsString("The office holding was closed."),
                        containsString("Тест Тестов уулу"), containsString("Testov T."),
                        containsString("<td>prime_minister</td><td>1992-03-01</td><td>1993-04-01</td>"),
                        containsString("<td>foreign_minister</td><td>1990-01-01</td><td>1991-01-01</td>"))
                .extract().asString();
        assertThat(page).doesNotContain("test-admin-key");
        assertThat(EnrichmentAdminStub.person(id).path("names").path("ky").asText()).isEqualTo("Тест Тестов уулу");
        assertThat(EnrichmentAdminStub.person(id).path("terms").get(1).path("to").asText()).isEqualTo("1993-04-01");

        // found by name, and listed among the recent changes
        given().cookie(OperatorSessions.COOKIE, s.cookie()).get("/operator/kb?lang=en&q=Testov").then().statusCode(200)
                .body(containsString("href=\"/operator/kb/people/" + id + "?lang=en\""),
                        containsString("<code>" + id + "</code></a>"));
    }

    @Test
    void aChangeThatLandsBetweenTheEditorsReadAndWriteIsNotUndone() {
        Session s = login();
        String id = newId();
        // Iceland: no other test of this class gives it an office
        create(s, id, "IS", "Гонка Тестов", "Race Testov", "foreign_minister", "1960-01-01", "").then().statusCode(303);
        // another operator adds an office holding right after the editor read the person's terms to close one:
        // written back, the editor's list would drop it
        EnrichmentAdminStub.afterNextRead = person -> ((com.fasterxml.jackson.databind.node.ArrayNode) person.get("terms"))
                .addObject().put("office", "prime_minister").put("from", "1958-01-01").put("to", "1959-01-01")
                .put("acting", false).putNull("note");

        as(s).formParam("office", "foreign_minister").formParam("from", "1960-01-01").formParam("to", "1961-01-01")
                .post("/operator/kb/people/" + id + "/terms/close").then().statusCode(409)
                .body(containsString("Someone changed this record while you were editing it"));

        assertThat(EnrichmentAdminStub.person(id).path("terms")).hasSize(2);
        assertThat(EnrichmentAdminStub.person(id).path("terms").get(0).path("to").isNull()).isTrue();
        // done again on the page as it is now, the office is closed and the other holding stays
        as(s).formParam("office", "foreign_minister").formParam("from", "1960-01-01").formParam("to", "1961-01-01")
                .post("/operator/kb/people/" + id + "/terms/close").then().statusCode(303);
        assertThat(EnrichmentAdminStub.person(id).path("terms")).hasSize(2);
        assertThat(EnrichmentAdminStub.person(id).path("terms").get(0).path("to").asText()).isEqualTo("1961-01-01");
    }

    @Test
    void theEnrichmentsRefusalsComeBackAsReadableReasonsWithWhatWasTyped() {
        Session s = login();
        String id = newId();
        // the office ending before it began, then no English name: enrichment's field errors, the entries kept
        create(s, id, "Без Английского", "", "president", "2001-05-01", "2000-01-01").then().statusCode(400)
                .body(containsString("invalid person"), containsString("terms[0].to: must be after from"),
                        containsString("value=\"Без Английского\""));
        create(s, id, "Без Английского", "", "president", "2001-05-01", "2002-01-01").then().statusCode(400)
                .body(containsString("names.en: is required"), containsString("value=\"2002-01-01\""));
        // sadyr-japarov is KG's president since 2021: a second one at the same time is a conflict
        create(s, id, "Второй Президент", "Second President", "president", "2022-01-01", "").then().statusCode(409)
                .body(containsString("no office is held by two people at once"));
        create(s, id, "Первый", "First", "foreign_minister", "1980-01-01", "1981-01-01").then().statusCode(303);
        create(s, id, "Первый", "First", "foreign_minister", "1970-01-01", "1971-01-01").then().statusCode(409)
                .body(containsString("already exists"));
        as(s).formParam("kind", "short").formParam("name", "two words").post("/operator/kb/people/" + id + "/names")
                .then().statusCode(400).body(containsString("short: a short form is a single word: two words"));
        as(s).formParam("office", "president").formParam("from", "1981-01-01").formParam("to", "1982-01-01")
                .post("/operator/kb/people/" + id + "/terms/close").then().statusCode(409)
                .body(containsString("No open president term from 1981-01-01"));
        given().cookie(OperatorSessions.COOKIE, s.cookie()).get("/operator/kb/people/nobody-here?lang=en").then()
                .statusCode(404).body(containsString("no person &#39;nobody-here&#39;"));
    }

    @Test
    void whatIsForwardedIsBoundedAndPathsAreOnlyCheckedIds() {
        Session s = login();
        String id = newId();
        int writes = EnrichmentAdminStub.WRITES.get();
        create(s, id, "Я".repeat(201), "Long", "president", "1950-01-01", "").then().statusCode(400)
                .body(containsString("names.ru: at most 200 characters"));
        create(s, id, "Дата", "Date", "president", "01/02/1950", "").then().statusCode(400)
                .body(containsString("terms[0].from: must be an ISO date (2024-02-01)"));
        create(s, "Not An Id/../changes", "Имя", "Name", "president", "1950-01-01", "").then().statusCode(400)
                .body(containsString("id: lower-case words joined by hyphens"));
        as(s).formParam("office", "president").formParam("from", "1950-01-01")
                .post("/operator/kb/people/BAD..ID/terms").then().statusCode(404);
        given().cookie(OperatorSessions.COOKIE, s.cookie()).get("/operator/kb?lang=en&q=" + "x".repeat(51)).then()
                .statusCode(400).body(containsString("q: 1 to 50 characters"));
        assertThat(EnrichmentAdminStub.WRITES.get()).isEqualTo(writes);
    }

    @Test
    void hostileNamesAreShownAsText() {
        Session s = login();
        String id = newId();
        create(s, id, "<script>alert('kb')</script>", "\"><img src=x onerror=alert(1)>", "foreign_minister", "1960-01-01",
                "1961-01-01").then().statusCode(303);
        given().cookie(OperatorSessions.COOKIE, s.cookie()).get("/operator/kb/people/" + id + "?lang=ru").then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(&#39;kb&#39;)&lt;/script&gt;"), not(containsString("<script>alert")),
                        not(containsString("<img src=x")));
    }
}
