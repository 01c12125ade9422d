package org.communique.notifier.subscriptions;

import java.util.UUID;

/** The only response that carries the token and the signing secret; neither can be read again. */
public record SubscriptionCreated(UUID id, String token, String secret) {
}
