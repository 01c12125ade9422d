package org.communique.notifier.subscriptions;

import java.util.List;

/**
 * Body of {@code POST /api/v1/subscriptions}. Values stay strings here so that the validator can name
 * every wrong entry precisely; unknown fields are rejected by Jackson before it gets this far.
 */
public record CreateSubscriptionRequest(Filter filter, Channel channel) {

    public record Filter(List<String> countries, List<String> officials, List<String> events, Visit visit,
                         List<String> keywords, List<String> languages, List<String> sources, Boolean storyDedupe,
                         List<String> roles) {

        public Filter(List<String> countries, List<String> officials, List<String> events, Visit visit) {
            this(countries, officials, events, visit, null, null, null, null, null);
        }

        public Filter(List<String> countries, List<String> officials, List<String> events, Visit visit,
                      List<String> keywords, List<String> languages, List<String> sources, Boolean storyDedupe) {
            this(countries, officials, events, visit, keywords, languages, sources, storyDedupe, null);
        }
    }

    public record Visit(List<String> visitorCountries, List<String> hostCountries, List<String> statuses) {
    }

    /**
     * @param url     webhook channels: where to POST
     * @param address email channels: where to send
     * @param digest  email channels: immediate (default), hourly or daily
     */
    public record Channel(String type, String url, String address, String digest) {

        public Channel(String type, String url) {
            this(type, url, null, null);
        }
    }
}
