package org.communique.ingest.polling;

import java.util.Arrays;
import java.util.stream.Collectors;

/** RSS and Atom documents for the feed server, written for these tests. */
final class Feeds {

    private Feeds() {
    }

    record Item(String guid, String link, String title, String description, String pubDate) {
    }

    static Item item(String guid, String title, String description) {
        return new Item(guid, "https://mfa.example/news/" + guid, title, description, "Tue, 12 May 2026 09:30:00 +0500");
    }

    static String rss(String encoding, Item... items) {
        return "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>\n"
                + "<rss version=\"2.0\"><channel><title>Press releases</title><link>https://mfa.example/</link>"
                + "<description>Press service</description><language>ru</language>\n"
                + Arrays.stream(items).map(Feeds::rssItem).collect(Collectors.joining("\n"))
                + "\n</channel></rss>\n";
    }

    private static String rssItem(Item item) {
        StringBuilder xml = new StringBuilder("<item>");
        if (item.guid() != null) {
            xml.append("<guid isPermaLink=\"false\">").append(item.guid()).append("</guid>");
        }
        if (item.link() != null) {
            xml.append("<link>").append(item.link()).append("</link>");
        }
        if (item.title() != null) {
            xml.append("<title>").append(item.title()).append("</title>");
        }
        if (item.description() != null) {
            xml.append("<description><![CDATA[").append(item.description()).append("]]></description>");
        }
        if (item.pubDate() != null) {
            xml.append("<pubDate>").append(item.pubDate()).append("</pubDate>");
        }
        return xml.append("</item>").toString();
    }

    /** An Atom feed without an encoding in its prolog: the charset has to come from the HTTP header. */
    static String atom(Item... items) {
        return "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ru\">"
                + "<title>Новости</title><id>urn:uuid:5d1c2f0a-8f43-4c55-9a3b-1b2a0f9e7c11</id>"
                + "<updated>2026-05-12T09:30:00+05:00</updated>\n"
                + Arrays.stream(items).map(item -> "<entry><id>" + item.guid() + "</id>"
                        + "<title>" + item.title() + "</title>"
                        + "<link href=\"" + item.link() + "\"/>"
                        + "<updated>2026-05-12T09:30:00+05:00</updated>"
                        + "<content type=\"html\">" + item.description().replace("<", "&lt;") + "</content>"
                        + "</entry>").collect(Collectors.joining("\n"))
                + "\n</feed>\n";
    }
}
