package org.communique.notifier.subscriptions;

/**
 * Body of {@code PATCH /api/v1/subscriptions/{id}}: a part that is present replaces that part (the whole
 * filter, or the channel's URL); a part that is absent stays as it is.
 */
public record UpdateSubscriptionRequest(CreateSubscriptionRequest.Filter filter, CreateSubscriptionRequest.Channel channel) {
}
