package org.communique.ingest.polling;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.communique.contracts.PressRelease;
import org.communique.contracts.Topics;
import org.communique.ingest.Admin;
import org.communique.ingest.releases.ReleaseIds;
import org.communique.ingest.sources.SourcePoll;
import org.communique.contracts.SourceStatus;
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
import static org.communique.testing.TopicProbe.header;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** RSS and Atom sources against a real HTTP server in this JVM; every case checks what reaches press.releases. */
@QuarkusTest
class FeedPollingTest {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final Charset KOI8_R = Charset.forName("KOI8-R");

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
    void windows1251FeedIsReadIntoUnicode() {
        server.page("/rss").body(Feeds.rss("windows-1251",
                Feeds.item("kg-0512-1", "Министр иностранных дел Кыргызстана посетит Астану",
                        "<p>Визит пройдёт 20–21 мая. Стороны обсудят «дорожную карту» сотрудничества.</p>"),
                Feeds.item("kg-0512-2", "Брифинг официального представителя МИД",
                        "Ответы на вопросы СМИ о консульской работе.")), WINDOWS_1251, "application/rss+xml");
        UUID source = PolledSources.create("RSS", server.url("/rss"), Map.of("country", "KG"));

        PollOutcome outcome = poller.poll(source).orElseThrow();

        assertThat(outcome.result()).isEqualTo(PollOutcome.Result.READ);
        assertThat(outcome.created()).isEqualTo(2);
        List<PressRelease> published = await().atMost(Duration.ofSeconds(20))
                .until(() -> PolledSources.releases(probe, source), releases -> releases.size() >= 2);
        assertThat(published)
                .extracting(PressRelease::id, PressRelease::version, PressRelease::title, PressRelease::language)
                .containsExactlyInAnyOrder(
                        tuple(ReleaseIds.of(source, "external-id:kg-0512-1"), 1,
                                "Министр иностранных дел Кыргызстана посетит Астану", "ru"),
                        tuple(ReleaseIds.of(source, "external-id:kg-0512-2"), 1,
                                "Брифинг официального представителя МИД", "ru"));
        assertThat(published).filteredOn(r -> r.title().startsWith("Министр")).singleElement()
                .satisfies(release -> {
                    assertThat(release.body()).isEqualTo("Визит пройдёт 20–21 мая. Стороны обсудят «дорожную карту» сотрудничества.");
                    assertThat(release.publishedAt()).isEqualTo(Instant.parse("2026-05-12T04:30:00Z"));
                    assertThat(release.url()).isEqualTo("https://mfa.example/news/kg-0512-1");
                    assertThat(release.source().country()).isEqualTo("KG");
                });
    }

    @Test
    void koi8rAtomFeedIsReadWithTheCharsetOfTheHeader() {
        server.page("/atom").body(Feeds.atom(
                Feeds.item("urn:kz:2026:77", "Заявление МИД Казахстана", "<b>Текст</b> заявления.")),
                KOI8_R, "application/atom+xml; charset=KOI8-R");
        UUID source = PolledSources.create("ATOM", server.url("/atom"));

        assertThat(poller.poll(source).orElseThrow().created()).isEqualTo(1);

        PressRelease release = await().atMost(Duration.ofSeconds(20))
                .until(() -> PolledSources.releases(probe, source), releases -> releases.size() == 1).get(0);
        assertThat(release.id()).isEqualTo(ReleaseIds.of(source, "external-id:urn:kz:2026:77"));
        assertThat(release.title()).isEqualTo("Заявление МИД Казахстана");
        assertThat(release.body()).isEqualTo("Текст заявления.");
    }

    @Test
    void feedThatChangesBetweenPollsPublishesOnlyWhatChanged() {
        FeedServer.Page feed = server.page("/changing.rss").body(Feeds.rss("UTF-8",
                Feeds.item("a", "Consultations in Tashkent", "The sides will meet on 3 June."),
                Feeds.item("b", "Statement on the flood in the region", "The ministry expresses condolences.")),
                StandardCharsets.UTF_8, "application/rss+xml; charset=UTF-8");
        UUID source = PolledSources.create("RSS", server.url("/changing.rss"));
        poller.poll(source).orElseThrow();

        feed.body(Feeds.rss("UTF-8",
                Feeds.item("c", "Visit of the foreign minister to Baku", "The minister arrives on Monday."),
                Feeds.item("a", "Consultations in Tashkent", "The sides will meet on 4 June."),
                Feeds.item("b", "Statement on the flood in the region", "The ministry expresses condolences.")),
                StandardCharsets.UTF_8, "application/rss+xml; charset=UTF-8");
        PollOutcome second = poller.poll(source).orElseThrow();

        assertThat(second).extracting(PollOutcome::items, PollOutcome::created, PollOutcome::updated,
                PollOutcome::unchanged).containsExactly(3, 1, 1, 1);
        UUID a = ReleaseIds.of(source, "external-id:a");
        UUID b = ReleaseIds.of(source, "external-id:b");
        UUID c = ReleaseIds.of(source, "external-id:c");
        List<PressRelease> published = await().atMost(Duration.ofSeconds(20))
                .until(() -> PolledSources.releases(probe, source), releases -> releases.size() >= 4);
        assertThat(published).extracting(PressRelease::id, PressRelease::version)
                .containsExactlyInAnyOrder(tuple(a, 1), tuple(b, 1), tuple(a, 2), tuple(c, 1));
        assertThat(published).filteredOn(r -> r.id().equals(a) && r.version() == 2).singleElement()
                .extracting(PressRelease::body).isEqualTo("The sides will meet on 4 June.");
        assertThat(PolledSources.outboxRows(source)).isEqualTo(4);

        // and once more, unchanged: nothing
        PollOutcome third = poller.poll(source).orElseThrow();
        assertThat(third.published()).isZero();
        assertThat(PolledSources.outboxRows(source)).isEqualTo(4);
    }

    @Test
    void aFeedThatMovedIsFollowedAndARedirectLoopFailsThePoll() {
        server.page("/old.rss").redirect(301, "/new.rss");
        server.page("/new.rss").body(Feeds.rss("UTF-8",
                Feeds.item("m1", "Consultations on visa issues", "Held in Tashkent.")),
                StandardCharsets.UTF_8, "application/rss+xml");
        UUID moved = PolledSources.create("RSS", server.url("/old.rss"));
        server.page("/loop-a.rss").redirect(302, "/loop-b.rss");
        server.page("/loop-b.rss").redirect(302, "/loop-a.rss");
        UUID looping = PolledSources.create("RSS", server.url("/loop-a.rss"));

        assertThat(poller.poll(moved).orElseThrow().created()).isEqualTo(1);
        PollOutcome loop = poller.poll(looping).orElseThrow();

        assertThat(loop.result()).isEqualTo(PollOutcome.Result.FAILED);
        assertThat(loop.error()).contains("more than " + HttpFetcher.MAX_REDIRECTS + " redirects");
        assertThat(server.count("/loop-a.rss") + server.count("/loop-b.rss")).isEqualTo(HttpFetcher.MAX_REDIRECTS + 1);
        assertThat(PolledSources.outboxRows(moved)).isEqualTo(1);
        assertThat(PolledSources.outboxRows(looping)).isZero();
    }

    @Test
    void feedAnswering304PublishesNothing() {
        server.page("/etag.rss").etag("\"v1\"").body(Feeds.rss("UTF-8",
                Feeds.item("x1", "Meeting with the ambassador of Japan", "The sides discussed education.")),
                StandardCharsets.UTF_8, "application/rss+xml");
        UUID source = PolledSources.create("RSS", server.url("/etag.rss"));
        assertThat(poller.poll(source).orElseThrow().created()).isEqualTo(1);

        PollOutcome second = poller.poll(source).orElseThrow();

        assertThat(second.result()).isEqualTo(PollOutcome.Result.NOT_MODIFIED);
        assertThat(second.items()).isZero();
        assertThat(server.requests("/etag.rss")).extracting(FeedServer.Request::ifNoneMatch)
                .containsExactly(null, "\"v1\"");
        assertThat(PolledSources.outboxRows(source)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> PolledSources.records(probe, source).size() == 1);
        assertThat(PolledSources.records(probe, source)).extracting(r -> header(r, "ce_id"))
                .containsExactly(ReleaseIds.of(source, "external-id:x1") + ":1");
        assertThat(PolledSources.state(source).status).isEqualTo(SourceStatus.OK);
    }

    @Test
    void lastModifiedIsSentBack() {
        server.page("/lm.rss").lastModified("Tue, 12 May 2026 05:00:00 GMT").body(Feeds.rss("UTF-8",
                Feeds.item("lm1", "Consular reception hours change", "From June, on Tuesdays and Thursdays.")),
                StandardCharsets.UTF_8, "application/rss+xml");
        UUID source = PolledSources.create("RSS", server.url("/lm.rss"));
        poller.poll(source).orElseThrow();

        assertThat(poller.poll(source).orElseThrow().result()).isEqualTo(PollOutcome.Result.NOT_MODIFIED);
        assertThat(server.requests("/lm.rss")).extracting(FeedServer.Request::ifModifiedSince)
                .containsExactly(null, "Tue, 12 May 2026 05:00:00 GMT");
        assertThat(PolledSources.outboxRows(source)).isEqualTo(1);
    }

    @Test
    void feedThatTimesOutFailsThePollAndBacksOff() {
        server.page("/slow.rss").hang();
        UUID source = PolledSources.create("RSS", server.url("/slow.rss"));

        Instant before = Instant.now();
        PollOutcome outcome = poller.poll(source).orElseThrow();

        assertThat(outcome.result()).isEqualTo(PollOutcome.Result.FAILED);
        assertThat(outcome.error()).contains("within");
        SourcePoll state = PolledSources.state(source);
        assertThat(state.consecutiveFailures).isEqualTo(1);
        assertThat(state.status).isEqualTo(SourceStatus.DEGRADED);
        assertThat(state.nextPollAt).isAfter(before.plusSeconds(50));
        assertThat(PolledSources.outboxRows(source)).isZero();
        Admin.source(source.toString()).statusCode(200)
                .body("health.status", equalTo("DEGRADED"))
                .body("health.consecutiveFailures", equalTo(1))
                .body("health.lastPoll.result", equalTo("failed"));
    }

    @Test
    void garbageFailsThePollAndPublishesNothing() {
        server.page("/garbage.rss").body("<html><body>Site under maintenance \u0000\u0001</body>",
                StandardCharsets.UTF_8, "application/rss+xml");
        server.page("/binary.rss").body("\u001f\u008b\u0008 not even text", StandardCharsets.ISO_8859_1,
                "application/octet-stream");
        UUID html = PolledSources.create("RSS", server.url("/garbage.rss"));
        UUID binary = PolledSources.create("RSS", server.url("/binary.rss"));

        PollOutcome first = poller.poll(html).orElseThrow();
        PollOutcome second = poller.poll(binary).orElseThrow();

        assertThat(first.result()).isEqualTo(PollOutcome.Result.FAILED);
        assertThat(first.error()).startsWith("not a readable RSS or Atom feed");
        assertThat(second.result()).isEqualTo(PollOutcome.Result.FAILED);
        assertThat(PolledSources.outboxRows(html) + PolledSources.outboxRows(binary)).isZero();
        assertThat(PolledSources.state(html).lastError).startsWith("not a readable RSS or Atom feed");
    }

    @Test
    void serverErrorFailsThePoll() {
        server.page("/down.rss").status(503).body("busy", StandardCharsets.UTF_8, "text/plain");
        UUID source = PolledSources.create("RSS", server.url("/down.rss"));

        PollOutcome outcome = poller.poll(source).orElseThrow();

        // the test's site is on localhost: recorded errors never show an internal address
        assertThat(outcome.error()).isEqualTo("HTTP 503 from " + org.communique.platform.net.ErrorText.INTERNAL);
        assertThat(PolledSources.outboxRows(source)).isZero();
    }

    @Test
    void itemsWithMissingFieldsAreReportedAndTheRestPublished() {
        server.page("/partial.rss").body(Feeds.rss("UTF-8",
                Feeds.item("ok", "Talks with the delegation of Mongolia", "The sides signed a memorandum."),
                new Feeds.Item("no-title", "https://mfa.example/news/no-title", null, "A body without a title.", null),
                new Feeds.Item("no-body", "https://mfa.example/news/no-body", "A title without a body", null, null)),
                StandardCharsets.UTF_8, "application/rss+xml");
        UUID source = PolledSources.create("RSS", server.url("/partial.rss"));

        PollOutcome outcome = poller.poll(source).orElseThrow();

        assertThat(outcome.result()).isEqualTo(PollOutcome.Result.READ);
        assertThat(outcome).extracting(PollOutcome::items, PollOutcome::created, PollOutcome::skipped)
                .containsExactly(3, 1, 2);
        assertThat(outcome.problems()).containsExactlyInAnyOrder(
                "https://mfa.example/news/no-title: title is required",
                "https://mfa.example/news/no-body: body is required");
        PressRelease only = await().atMost(Duration.ofSeconds(20))
                .until(() -> PolledSources.releases(probe, source), releases -> releases.size() == 1).get(0);
        assertThat(only.id()).isEqualTo(ReleaseIds.of(source, "external-id:ok"));
        Admin.source(source.toString()).statusCode(200)
                .body("health.status", equalTo("DEGRADED"))
                .body("health.lastPoll.skipped", equalTo(2))
                .body("health.lastPoll.problems", hasSize(2));
    }

    @Test
    void externalEntitiesAndEntityExpansionAreRefused() {
        server.page("/xxe.rss").body("""
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <rss version="2.0"><channel><title>t</title><link>https://x.example/</link><description>d</description>
                <item><guid>xxe</guid><title>&secret;</title><description>&secret;</description></item>
                </channel></rss>""", StandardCharsets.UTF_8, "application/rss+xml");
        server.page("/laughs.rss").body("""
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
                <rss version="2.0"><channel><title>t</title><link>https://x.example/</link><description>d</description>
                <item><guid>laughs</guid><title>&d;</title><description>&d;</description></item>
                </channel></rss>""", StandardCharsets.UTF_8, "application/rss+xml");
        UUID xxe = PolledSources.create("RSS", server.url("/xxe.rss"));
        UUID laughs = PolledSources.create("RSS", server.url("/laughs.rss"));

        assertThat(poller.poll(xxe).orElseThrow().result()).isEqualTo(PollOutcome.Result.FAILED);
        assertThat(poller.poll(laughs).orElseThrow().result()).isEqualTo(PollOutcome.Result.FAILED);
        assertThat(PolledSources.state(xxe).lastError).containsIgnoringCase("DOCTYPE");
        assertThat(PolledSources.outboxRows(xxe) + PolledSources.outboxRows(laughs)).isZero();
    }

    @Test
    void adminCanTriggerAPoll() {
        server.page("/manual.rss").body(Feeds.rss("UTF-8",
                Feeds.item("m1", "Foreign ministry hosts a diplomatic reception", "On the occasion of the national day.")),
                StandardCharsets.UTF_8, "application/rss+xml");
        UUID source = PolledSources.create("RSS", server.url("/manual.rss"));

        Admin.request().post("/api/v1/sources/" + source + "/poll").then().statusCode(200)
                .body("result", equalTo("read"))
                .body("created", equalTo(1));
        Admin.request().post("/api/v1/sources/" + UUID.randomUUID() + "/poll").then().statusCode(404);
        assertThat(server.requests("/manual.rss")).singleElement()
                .extracting(FeedServer.Request::userAgent).asString().startsWith("CommuniqueIngest/");
    }
}
