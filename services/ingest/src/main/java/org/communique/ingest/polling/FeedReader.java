package org.communique.ingest.polling;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;

import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import com.google.re2j.Pattern;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom with Rome. Document type declarations are refused, so neither
 * external entities nor entity expansion ("billion laughs") can reach the parser.
 */
final class FeedReader {

    private static final Pattern LANGUAGE = Pattern.compile("([a-zA-Z]{2})(?:[-_].*)?");

    private FeedReader() {
    }

    /** The entries in feed order, usually newest first. */
    static List<FeedItem> read(String xml, URI base) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new StringReader(xml));
        } catch (FeedException | IllegalArgumentException e) {
            throw new PollFailure("not a readable RSS or Atom feed: " + shorten(e.getMessage()), e);
        }
        String language = language(feed.getLanguage());
        List<FeedItem> items = new ArrayList<>();
        int position = 0;
        for (SyndEntry entry : feed.getEntries()) {
            position++;
            String link = absolute(base, entry.getLink());
            String id = blankToNull(entry.getUri());
            String label = link != null ? link : id != null ? id : "entry " + position;
            Date published = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            items.add(new FeedItem(label, id, link, blankToNull(entry.getTitle()), body(entry),
                    published == null ? null : published.toInstant(), language));
        }
        return items;
    }

    private static String body(SyndEntry entry) {
        String content = entry.getContents().stream()
                .map(SyndContent::getValue)
                .filter(Objects::nonNull)
                .filter(value -> !value.isBlank())
                .findFirst()
                .orElse(null);
        if (content != null) {
            return content;
        }
        return entry.getDescription() == null ? null : blankToNull(entry.getDescription().getValue());
    }

    private static String absolute(URI base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            return base.resolve(link.strip()).toString();
        } catch (IllegalArgumentException e) {
            return link.strip();
        }
    }

    private static String language(String value) {
        if (value == null) {
            return null;
        }
        var matcher = LANGUAGE.matcher(value.strip());
        return matcher.matches() ? matcher.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static String shorten(String message) {
        if (message == null) {
            return "no detail";
        }
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}
