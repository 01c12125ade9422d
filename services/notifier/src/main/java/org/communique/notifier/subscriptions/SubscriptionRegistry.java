package org.communique.notifier.subscriptions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.communique.notifier.deliveries.DeliveryChannels;
import org.communique.notifier.matching.FilterJson;
import org.communique.notifier.NotifierConfig;
import org.communique.platform.problem.ProblemException;
import org.communique.notifier.subscriptions.EndpointKey;
import org.communique.notifier.subscriptions.WebhookSecrets;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Creates and deletes subscriptions. */
@ApplicationScoped
public class SubscriptionRegistry {

    private final Clock clock;
    private final NotifierConfig config;
    private final SubscriptionQuotas quotas;

    public SubscriptionRegistry(Clock clock, NotifierConfig config, SubscriptionQuotas quotas) {
        this.clock = clock;
        this.config = config;
        this.quotas = quotas;
    }

    /**
     * Returns the new subscription with its token and feed token, which only their hashes remember. The
     * quotas (in total, per client, per e-mail address, confirmation mails) are counted in the same
     * transaction: a refused request stores nothing.
     */
    @Transactional
    public Created create(NewSubscription request, String client) {
        quotas.checkQuotas(client, request);
        String token = AccessTokens.newToken();
        String feedToken = AccessTokens.newFeedToken();
        boolean webhook = DeliveryChannels.WEBHOOK.equals(request.channelType());
        String secret = webhook ? WebhookSecrets.generate() : null;

        Subscription subscription = new Subscription();
        subscription.id = UUID.randomUUID();
        subscription.tokenHash = AccessTokens.hash(token);
        subscription.feedTokenHash = AccessTokens.hash(feedToken);
        subscription.webhookSecret = secret;
        subscription.filter = FilterJson.encode(request.filter());
        subscription.channelType = request.channelType();
        if (webhook) {
            subscription.target = request.webhookUrl().toString();
            subscription.endpointKey = EndpointKey.of(request.webhookUrl());
        }
        boolean email = DeliveryChannels.EMAIL.equals(request.channelType());
        if (email) {
            subscription.emailAddress = request.emailAddress();
            subscription.emailDigest = request.emailDigest();
            subscription.emailToken = AccessTokens.newEmailToken();
        }
        subscription.status = email ? SubscriptionStatus.UNCONFIRMED : SubscriptionStatus.ACTIVE;
        subscription.createdAt = clock.instant();
        subscription.createdBy = client;
        subscription.persist();
        return new Created(subscription.id, token, secret, feedToken, subscription.emailAddress, subscription.emailToken);
    }

    /** Counts one more confirmation mail for an unconfirmed subscription's address; 429 past the quota. */
    @Transactional
    public void reserveConfirmationResend(Subscription subscription) {
        quotas.reserveConfirmationMail(subscription.emailAddress);
    }

    public record Created(UUID id, String token, String secret, String feedToken, String emailAddress, String emailToken) {
    }

    @Transactional
    public Subscription update(Subscription subscription, SubscriptionUpdate update) {
        Subscription managed = Subscription.findById(subscription.id);
        if (update.filter() != null) {
            managed.filter = FilterJson.encode(update.filter());
        }
        if (update.webhookUrl() != null) {
            managed.target = update.webhookUrl().toString();
            managed.endpointKey = EndpointKey.of(update.webhookUrl());
        }
        if (update.emailDigest() != null) {
            managed.emailDigest = update.emailDigest();
        }
        return managed;
    }

    /** No new alerts while paused; pending deliveries wait for {@link #resume}. */
    @Transactional
    public Subscription pause(Subscription subscription) {
        Subscription managed = Subscription.findById(subscription.id);
        if (managed.status == SubscriptionStatus.UNCONFIRMED) {
            throw new ProblemException(409, "subscription-unconfirmed", "Subscription not confirmed",
                    "follow the confirmation link sent to " + managed.emailAddress + " first");
        }
        if (managed.status == SubscriptionStatus.DISABLED) {
            throw new ProblemException(409, "subscription-disabled", "Subscription disabled",
                    "the service disabled this subscription (" + managed.disabledReason + "); resume it instead");
        }
        managed.status = SubscriptionStatus.PAUSED;
        return managed;
    }

    /** Back to active, whether the owner paused it or the service disabled it. */
    @Transactional
    public Subscription resume(Subscription subscription) {
        Subscription managed = Subscription.findById(subscription.id);
        if (managed.status == SubscriptionStatus.UNCONFIRMED) {
            throw new ProblemException(409, "subscription-unconfirmed", "Subscription not confirmed",
                    "follow the confirmation link sent to " + managed.emailAddress + " first");
        }
        managed.status = SubscriptionStatus.ACTIVE;
        managed.disabledReason = null;
        managed.disabledAt = null;
        managed.failingSince = null;
        return managed;
    }

    /**
     * Replaces the signing secret. Deliveries carry a signature with the old one too until the grace
     * window ends, so the owner can switch receivers over without losing a message.
     */
    @Transactional
    public SecretRotated rotateSecret(Subscription subscription) {
        Subscription managed = Subscription.findById(subscription.id);
        Instant now = clock.instant();
        Instant expires = now.plus(config.webhooks().secretRotationGrace());
        managed.webhookSecretPrevious = managed.webhookSecret;
        managed.webhookSecretPreviousExpiresAt = expires;
        managed.webhookSecret = WebhookSecrets.generate();
        return new SecretRotated(managed.webhookSecret, expires);
    }

    /**
     * Soft delete: the row stays for the alerts and attempts that reference it. Pending alerts are
     * cancelled by the dispatcher when it next picks them up.
     */
    @Transactional
    public void delete(Subscription subscription) {
        Subscription managed = Subscription.findById(subscription.id);
        managed.status = SubscriptionStatus.DELETED;
        managed.deletedAt = clock.instant();
    }
}
