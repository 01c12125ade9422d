package org.communique.ingest.sources;

/**
 * A source as the admin API receives it, to create one or, with only the fields to change, to update one
 * (an empty string clears an optional field). Values stay strings so that every bad one is reported alike.
 *
 * @param pollInterval ISO-8601 duration, such as {@code PT15M}
 * @param rateLimitPerMinute requests a minute a PUSH source may make; 0 in an update goes back to the default
 */
public record SourceRequest(
        String name,
        String kind,
        String country,
        String language,
        String url,
        String pollInterval,
        Selectors selectors,
        Integer rateLimitPerMinute,
        Boolean enabled) {

    /** Where an HTML source's pages keep their parts, as CSS selectors. */
    public record Selectors(String list, String title, String body, String date) {
    }

    /** This request's fields where it has them, {@code base}'s elsewhere. */
    SourceRequest over(SourceRequest base) {
        Selectors mergedSelectors = selectors == null ? base.selectors
                : base.selectors == null ? selectors
                : new Selectors(or(selectors.list, base.selectors.list), or(selectors.title, base.selectors.title),
                        or(selectors.body, base.selectors.body), or(selectors.date, base.selectors.date));
        return new SourceRequest(or(name, base.name), or(kind, base.kind), or(country, base.country),
                or(language, base.language), or(url, base.url), or(pollInterval, base.pollInterval), mergedSelectors,
                rateLimitPerMinute == null ? base.rateLimitPerMinute : rateLimitPerMinute,
                enabled == null ? base.enabled : enabled);
    }

    private static String or(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
