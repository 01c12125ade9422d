package org.communique.notifier.subscriptions;

import java.util.List;

/**
 * Body of {@code POST /api/v1/subscriptions}. Values stay strings here so that the validator can name
 * every wrong entry precisely; unknown fields are rejected by Jackson before it gets this far.
 */
public record CreateSubscriptionRequest(Filter filter, Channel channel) {

    public record Filter(List<String> countries, List<String> officials, List<String> events, Visit visit) {
    }

    public record Visit(List<String> visitorCountries, List<String> hostCountries, List<String> statuses) {
    }

    public record Channel(String type, String url) {
    }
}
