package org.communique.notifier.matching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Stored form of a filter (the {@code subscriptions.filter} jsonb column). Unknown fields are ignored so
 * that an older instance still reads filters written by a newer one during a rolling deploy.
 */
public final class FilterJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private FilterJson() {
    }

    public static String encode(SubscriptionFilter filter) {
        try {
            return MAPPER.writeValueAsString(filter);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a subscription filter", e);
        }
    }

    public static SubscriptionFilter decode(String json) {
        try {
            return MAPPER.readValue(json, SubscriptionFilter.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored subscription filter is unreadable", e);
        }
    }
}
