package org.communique.ingest.sources;

import java.time.Duration;

/** A validated source request: what a source is and how to read it. Optional parts are null. */
public record SourceDefinition(
        String name,
        SourceKind kind,
        String country,
        String language,
        String url,
        Duration pollInterval,
        HtmlSelectors selectors,
        Integer rateLimitPerMinute,
        boolean enabled) {

    /** CSS selectors of an HTML source: links on the list page, then title, body and date on an article. */
    public record HtmlSelectors(String list, String title, String body, String date) {
    }

    void applyTo(Source source) {
        source.name = name;
        source.country = country;
        source.language = language;
        source.url = url;
        source.pollIntervalSeconds = pollInterval == null ? null : Math.toIntExact(pollInterval.toSeconds());
        source.listSelector = selectors == null ? null : selectors.list();
        source.titleSelector = selectors == null ? null : selectors.title();
        source.bodySelector = selectors == null ? null : selectors.body();
        source.dateSelector = selectors == null ? null : selectors.date();
        source.rateLimitPerMinute = rateLimitPerMinute;
        source.enabled = enabled;
    }

    static SourceRequest requestOf(Source source) {
        SourceRequest.Selectors selectors = source.listSelector == null ? null : new SourceRequest.Selectors(
                source.listSelector, source.titleSelector, source.bodySelector, source.dateSelector);
        return new SourceRequest(source.name, source.kind.name(), source.country, source.language, source.url,
                source.pollInterval().map(Duration::toString).orElse(null), selectors, source.rateLimitPerMinute,
                source.enabled);
    }
}
