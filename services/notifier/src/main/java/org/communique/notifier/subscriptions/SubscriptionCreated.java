package org.communique.notifier.subscriptions;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/**
 * The only response that carries the token, the signing secret (webhooks only) and the feed URL; none
 * of them can be read again.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionCreated(UUID id, String token, String secret, String feedUrl) {
}
