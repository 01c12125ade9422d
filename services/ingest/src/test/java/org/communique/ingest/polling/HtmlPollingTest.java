package org.communique.ingest.polling;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.communique.contracts.PressRelease;
import org.communique.contracts.Topics;
import org.communique.ingest.releases.ReleaseIds;
import org.communique.testing.InProcessKafka;
import org.communique.testing.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/** An HTML source: a list page, then article pages read through the source's selectors. */
@QuarkusTest
class HtmlPollingTest {

    private static final Map<String, Object> SELECTORS = Map.of("selectors",
            Map.of("list", "ul.news li", "title", "h1.title", "body", "div.text", "date", ".meta time"));

    @Inject
    SourcePoller poller;

    private FeedServer server;
    private TopicProbe probe;

    @BeforeEach
    void setUp() {
        server = FeedServer.start();
        probe = TopicProbe.of(InProcessKafka.bootstrapServers(), Topics.PRESS_RELEASES);
    }

    @AfterEach
    void tearDown() {
        server.close();
        probe.close();
    }

    @Test
    void listPageLeadsToArticlesInTheirOwnCharsets() {
        listing("/press/", "/press/101.html", "102.html");
        server.page("/press/101.html").body(article("ru", "Министр провёл переговоры с коллегой из Туркменистана",
                        "<p>Стороны обсудили транспортные коридоры.</p><p>Подписан меморандум.</p>", "2026-05-14T10:00:00+05:00"),
                Charset.forName("KOI8-R"), "text/html");
        server.page("/press/102.html").body(article("kk", "Қазақстан мен Қырғызстан кеңес өткізді",
                        "<p>Кеңес Астанада өтті.</p>", "14.05.2026 12:30"),
                StandardCharsets.UTF_8, "text/html; charset=utf-8");
        UUID source = PolledSources.create("HTML", server.url("/press/"), SELECTORS);

        PollOutcome outcome = poller.poll(source).orElseThrow();

        assertThat(outcome.created()).as(outcome.toString()).isEqualTo(2);
        List<PressRelease> published = await().atMost(Duration.ofSeconds(20))
                .until(() -> PolledSources.releases(probe, source), releases -> releases.size() >= 2);
        assertThat(published).extracting(PressRelease::id, PressRelease::version, PressRelease::title,
                        PressRelease::language, PressRelease::publishedAt)
                .containsExactlyInAnyOrder(
                        tuple(ReleaseIds.ofUrl(source, server.url("/press/101.html")), 1,
                                "Министр провёл переговоры с коллегой из Туркменистана", "ru",
                                Instant.parse("2026-05-14T05:00:00Z")),
                        tuple(ReleaseIds.ofUrl(source, server.url("/press/102.html")), 1,
                                "Қазақстан мен Қырғызстан кеңес өткізді", "kk", Instant.parse("2026-05-14T12:30:00Z")));
        assertThat(published).filteredOn(r -> r.language().equals("ru")).singleElement()
                .extracting(PressRelease::body)
                .isEqualTo("Стороны обсудили транспортные коридоры.\n\nПодписан меморандум.");
    }

    @Test
    void articlesAlreadyReadAreNotFetchedAgain() {
        listing("/seen/", "/seen/1.html");
        server.page("/seen/1.html").body(article("en", "Minister receives credentials of ambassadors",
                "<p>Six ambassadors presented copies of their credentials.</p>", null), StandardCharsets.UTF_8, "text/html");
        UUID source = PolledSources.create("HTML", server.url("/seen/"), SELECTORS);
        poller.poll(source).orElseThrow();

        listing("/seen/", "/seen/2.html", "/seen/1.html");
        server.page("/seen/2.html").body(article("en", "Statement on the anniversary of the ministry",
                "<p>The ministry was founded in 1991.</p>", null), StandardCharsets.UTF_8, "text/html");
        PollOutcome second = poller.poll(source).orElseThrow();

        assertThat(second).extracting(PollOutcome::created, PollOutcome::unchanged).containsExactly(1, 1);
        assertThat(server.requests("/seen/1.html")).hasSize(1);
        assertThat(server.requests("/seen/2.html")).hasSize(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> PolledSources.records(probe, source).size() == 2);
        assertThat(PolledSources.outboxRows(source)).isEqualTo(2);
    }

    @Test
    void articleWithoutItsPartsIsReportedAndAMissingOneSkipped() {
        listing("/partial/", "/partial/ok.html", "/partial/empty.html", "/partial/gone.html");
        server.page("/partial/ok.html").body(article("en", "Consultations on consular issues",
                "<p>Held in Bishkek.</p>", null), StandardCharsets.UTF_8, "text/html");
        server.page("/partial/empty.html").body("<html><body><h1 class=\"title\">Only a title</h1></body></html>",
                StandardCharsets.UTF_8, "text/html");
        UUID source = PolledSources.create("HTML", server.url("/partial/"), SELECTORS);

        PollOutcome outcome = poller.poll(source).orElseThrow();

        assertThat(outcome).extracting(PollOutcome::result, PollOutcome::created, PollOutcome::skipped)
                .containsExactly(PollOutcome.Result.READ, 1, 2);
        assertThat(outcome.problems()).containsExactlyInAnyOrder(
                server.url("/partial/empty.html") + ": body is required",
                server.url("/partial/gone.html") + ": HTTP 404 from " + server.url("/partial/gone.html"));
        assertThat(PolledSources.outboxRows(source)).isEqualTo(1);
    }

    @Test
    void linksLeavingTheSourcesSiteAreNotFollowed() {
        String elsewhere = server.url("/offsite/internal.html").replace("//localhost:", "//127.0.0.1:");
        listing("/offsite/", "/offsite/ok.html", "http://169.254.169.254/latest/meta-data/", elsewhere);
        server.page("/offsite/ok.html").body(article("en", "Briefing on the regional summit",
                "<p>The spokesperson answered questions.</p>", null), StandardCharsets.UTF_8, "text/html");
        server.page("/offsite/internal.html").body(article("en", "Internal page",
                "<p>Not for publication.</p>", null), StandardCharsets.UTF_8, "text/html");
        UUID source = PolledSources.create("HTML", server.url("/offsite/"), SELECTORS);

        PollOutcome outcome = poller.poll(source).orElseThrow();

        assertThat(outcome).extracting(PollOutcome::created, PollOutcome::skipped).containsExactly(1, 2);
        assertThat(outcome.problems()).containsExactlyInAnyOrder(
                "http://169.254.169.254/latest/meta-data/: links outside localhost are not followed",
                elsewhere + ": links outside localhost are not followed");
        assertThat(server.requests("/offsite/internal.html")).isEmpty();
        assertThat(PolledSources.outboxRows(source)).isEqualTo(1);
    }

    @Test
    void articlesRedirectOnlyWithinTheSourcesSite() {
        String elsewhere = server.url("/moved/internal.html").replace("//localhost:", "//127.0.0.1:");
        listing("/moved/", "/moved/old.html", "/moved/away.html");
        server.page("/moved/old.html").redirect(301, "/moved/new.html");
        server.page("/moved/new.html").body(article("ru", "Переговоры в Ашхабаде завершились",
                "<p>Подписан протокол.</p>", null), Charset.forName("KOI8-R"), "text/html");
        server.page("/moved/away.html").redirect(302, elsewhere);
        server.page("/moved/internal.html").body(article("en", "Internal page",
                "<p>Not for publication.</p>", null), StandardCharsets.UTF_8, "text/html");
        UUID source = PolledSources.create("HTML", server.url("/moved/"), SELECTORS);

        PollOutcome outcome = poller.poll(source).orElseThrow();

        assertThat(outcome).extracting(PollOutcome::created, PollOutcome::skipped).containsExactly(1, 1);
        assertThat(outcome.problems()).singleElement().asString()
                .startsWith(server.url("/moved/away.html") + ": redirect from")
                .endsWith("leaves the source's site");
        assertThat(server.requests("/moved/internal.html")).isEmpty();
        List<PressRelease> published = await().atMost(Duration.ofSeconds(20))
                .until(() -> PolledSources.releases(probe, source), releases -> !releases.isEmpty());
        assertThat(published).extracting(PressRelease::title).containsExactly("Переговоры в Ашхабаде завершились");
    }

    @Test
    void listPageWithoutLinksFailsThePoll() {
        server.page("/redesigned/").body("<html><body><div class=\"new-layout\">News moved</div></body></html>",
                StandardCharsets.UTF_8, "text/html");
        UUID source = PolledSources.create("HTML", server.url("/redesigned/"), SELECTORS);

        PollOutcome outcome = poller.poll(source).orElseThrow();

        assertThat(outcome.result()).isEqualTo(PollOutcome.Result.FAILED);
        assertThat(outcome.error()).contains("matched no links");
        assertThat(PolledSources.outboxRows(source)).isZero();
    }

    private void listing(String path, String... links) {
        StringBuilder html = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body><ul class=\"news\">");
        for (String link : links) {
            html.append("<li><span class=\"date\">14.05.2026</span> <a href=\"").append(link).append("\">")
                    .append(link).append("</a></li>");
        }
        server.page(path).body(html.append("</ul></body></html>").toString(), StandardCharsets.UTF_8, "text/html");
    }

    private static String article(String language, String title, String body, String date) {
        String charsetMeta = language.equals("ru") ? "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">"
                : "<meta charset=\"utf-8\">";
        return "<!DOCTYPE html><html lang=\"" + language + "\"><head>" + charsetMeta + "<title>MFA</title></head><body>"
                + "<nav>Menu</nav><h1 class=\"title\">" + title + "</h1>"
                + (date == null ? "" : "<div class=\"meta\"><time datetime=\"" + date + "\">" + date + "</time></div>")
                + "<div class=\"text\">" + body + "</div><footer>© MFA</footer></body></html>";
    }
}
