package org.communique.ingest.polling;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedReaderTest {

    private static final URI BASE = URI.create("https://mfa.example/rss");

    @Test
    void rssItemsKeepIdsLinksDatesAndTheFeedLanguage() {
        List<FeedItem> items = FeedReader.read(Feeds.rss("UTF-8",
                new Feeds.Item("g1", "/news/1", "First", "<p>One</p>", "Tue, 12 May 2026 09:30:00 +0500")), BASE);

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.externalId()).isEqualTo("g1");
            assertThat(item.url()).isEqualTo("https://mfa.example/news/1");
            assertThat(item.title()).isEqualTo("First");
            assertThat(item.body()).isEqualTo("<p>One</p>");
            assertThat(item.publishedAt()).isEqualTo(Instant.parse("2026-05-12T04:30:00Z"));
            assertThat(item.language()).isEqualTo("ru");
        });
    }

    @Test
    void atomContentIsTheBody() {
        List<FeedItem> items = FeedReader.read(Feeds.atom(Feeds.item("urn:x:1", "Title", "<b>Body</b>")), BASE);

        assertThat(items).singleElement().extracting(FeedItem::body).isEqualTo("<b>Body</b>");
    }

    @Test
    void somethingElseIsNotAFeed() {
        assertThatThrownBy(() -> FeedReader.read("<html><body>hello</body></html>", BASE))
                .isInstanceOf(PollFailure.class).hasMessageStartingWith("not a readable RSS or Atom feed");
        assertThatThrownBy(() -> FeedReader.read("{\"json\": true}", BASE)).isInstanceOf(PollFailure.class);
    }

    @Test
    void documentTypeDeclarationsAreRefused() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>&secret;</title></channel></rss>""";

        assertThatThrownBy(() -> FeedReader.read(xxe, BASE)).isInstanceOf(PollFailure.class)
                .hasMessageContaining("DOCTYPE");
    }
}
