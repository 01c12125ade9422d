package org.communique.ingest.polling;

import org.communique.ingest.sources.SourceDefinition.HtmlSelectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads an HTML source with jsoup: links to articles from its list page, then each article's title, body
 * and date through the source's CSS selectors. jsoup knows HTML's named entities only and never fetches
 * anything a page refers to.
 */
final class PageReader {

    private PageReader() {
    }

    /** Absolute http(s) links of the list page's items, in page order, without repeats. */
    static List<String> links(String html, URI base, String listSelector) {
        Document page = Jsoup.parse(html, base.toString());
        Set<String> links = new LinkedHashSet<>();
        for (Element item : page.select(listSelector)) {
            Element anchor = item.is("a[href]") ? item : item.selectFirst("a[href]");
            if (anchor == null) {
                continue;
            }
            String link = anchor.absUrl("href");
            if (link.regionMatches(true, 0, "http://", 0, 7) || link.regionMatches(true, 0, "https://", 0, 8)) {
                links.add(stripFragment(link));
            }
        }
        return List.copyOf(links);
    }

    static FeedItem article(String html, URI url, HtmlSelectors selectors, String language) {
        Document page = Jsoup.parse(html, url.toString());
        Element title = page.selectFirst(selectors.title());
        Elements body = page.select(selectors.body());
        String date = null;
        if (selectors.date() != null) {
            Element dateElement = page.selectFirst(selectors.date());
            if (dateElement != null) {
                date = dateElement.hasAttr("datetime") ? dateElement.attr("datetime")
                        : dateElement.hasAttr("content") ? dateElement.attr("content")
                        : dateElement.text();
            }
        }
        String pageLanguage = page.selectFirst("html[lang]") == null ? null
                : page.selectFirst("html[lang]").attr("lang").toLowerCase(Locale.ROOT);
        if (pageLanguage != null && pageLanguage.length() >= 2 && pageLanguage.chars().limit(2).allMatch(c -> c >= 'a' && c <= 'z')) {
            language = pageLanguage.substring(0, 2);
        }
        return new FeedItem(url.toString(), null, url.toString(),
                title == null ? null : title.text(),
                body.isEmpty() ? null : body.outerHtml(),
                PublishedDates.parse(date).orElse(null),
                language);
    }

    private static String stripFragment(String link) {
        int hash = link.indexOf('#');
        return hash < 0 ? link : link.substring(0, hash);
    }
}
