package org.communique.notifier.subscriptions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.communique.notifier.deliveries.DeliveryChannels;
import org.communique.notifier.matching.FilterJson;
import org.communique.notifier.webhooks.WebhookSecrets;

import java.time.Clock;
import java.util.UUID;

/** Creates and deletes subscriptions. */
@ApplicationScoped
public class SubscriptionRegistry {

    private final Clock clock;

    public SubscriptionRegistry(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    SubscriptionCreated create(NewSubscription request) {
        String token = AccessTokens.newToken();
        String secret = WebhookSecrets.generate();

        Subscription subscription = new Subscription();
        subscription.id = UUID.randomUUID();
        subscription.tokenHash = AccessTokens.hash(token);
        subscription.webhookSecret = secret;
        subscription.filter = FilterJson.encode(request.filter());
        subscription.channelType = DeliveryChannels.WEBHOOK;
        subscription.target = request.webhookUrl().toString();
        subscription.status = SubscriptionStatus.ACTIVE;
        subscription.createdAt = clock.instant();
        subscription.persist();
        return new SubscriptionCreated(subscription.id, token, secret);
    }

    /**
     * Soft delete: the row stays for the alerts and attempts that reference it. Pending alerts are
     * cancelled by the dispatcher when it next picks them up.
     */
    @Transactional
    void delete(Subscription subscription) {
        Subscription managed = Subscription.findById(subscription.id);
        managed.status = SubscriptionStatus.DELETED;
        managed.deletedAt = clock.instant();
    }
}
