package org.communique.notifier.subscriptions.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.communique.notifier.alerts.AlertStore;
import org.communique.notifier.alerts.AlertsDue;
import org.communique.notifier.alerts.TestAlerts;
import org.communique.notifier.deliveries.DeliveryAttempt;
import org.communique.notifier.deliveries.DeliveryAttemptList;
import org.communique.notifier.deliveries.DeliveryAttemptView;
import org.communique.notifier.deliveries.DeliveryChannels;
import org.communique.notifier.email.EmailConfirmations;
import org.communique.notifier.sources.SourceHealthStore;
import org.communique.notifier.subscriptions.CreateSubscriptionRequest;
import org.communique.notifier.subscriptions.SecretRotated;
import org.communique.notifier.subscriptions.Subscription;
import org.communique.notifier.subscriptions.SubscriptionAccess;
import org.communique.notifier.subscriptions.SubscriptionQuotas;
import org.communique.notifier.subscriptions.SubscriptionRegistry;
import org.communique.notifier.subscriptions.SubscriptionRequestValidator;
import org.communique.notifier.subscriptions.SubscriptionStatus;
import org.communique.notifier.subscriptions.SubscriptionView;
import org.communique.notifier.subscriptions.UpdateSubscriptionRequest;
import org.communique.platform.problem.Problem;
import org.communique.platform.problem.ProblemException;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * What the subscription API does, one method per operation: every one that names a subscription first
 * checks its bearer token ({@link SubscriptionAccess}), then applies quotas and validation, then acts.
 * Deliveries that become due here (a resume, a redelivery) are announced with {@link AlertsDue}, so that
 * the delivery engines need not be known.
 */
@ApplicationScoped
public class SubscriptionService {

    static final int MAX_DELIVERIES_PAGE = 500;
    private static final String DIGITS = "0123456789";

    private final SubscriptionRequestValidator validator;
    private final SubscriptionRegistry registry;
    private final SubscriptionAccess access;
    private final SubscriptionQuotas quotas;
    private final TestAlerts testAlerts;
    private final AlertStore alerts;
    private final EmailConfirmations confirmations;
    private final SourceHealthStore sourceHealth;
    private final Event<AlertsDue> due;
    private final Clock clock;

    public SubscriptionService(SubscriptionRequestValidator validator, SubscriptionRegistry registry,
                               SubscriptionAccess access, SubscriptionQuotas quotas, TestAlerts testAlerts,
                               AlertStore alerts, EmailConfirmations confirmations, SourceHealthStore sourceHealth,
                               Event<AlertsDue> due, Clock clock) {
        this.validator = validator;
        this.registry = registry;
        this.access = access;
        this.quotas = quotas;
        this.testAlerts = testAlerts;
        this.alerts = alerts;
        this.confirmations = confirmations;
        this.sourceHealth = sourceHealth;
        this.due = due;
        this.clock = clock;
    }

    /** Creates a subscription for a client address (quotas apply per address) and sends any confirmation mail. */
    public SubscriptionRegistry.Created create(CreateSubscriptionRequest request, String client) {
        quotas.checkCreationRate(client);
        SubscriptionRegistry.Created created = registry.create(validator.validate(request), client);
        if (created.emailToken() != null) {
            confirmations.send(created.emailAddress(), created.emailToken());
        }
        return created;
    }

    public SubscriptionView get(UUID id, String authorization) {
        return view(access.authorize(id, authorization));
    }

    public SubscriptionView update(UUID id, String authorization, UpdateSubscriptionRequest request) {
        Subscription subscription = access.authorize(id, authorization);
        return view(registry.update(subscription, validator.validateUpdate(request, subscription.channelType)));
    }

    public SubscriptionView pause(UUID id, String authorization) {
        return view(registry.pause(access.authorize(id, authorization)));
    }

    public SubscriptionView resume(UUID id, String authorization) {
        SubscriptionView resumed = view(registry.resume(access.authorize(id, authorization)));
        due.fire(new AlertsDue(id));
        return resumed;
    }

    /** Queues a made-up alert through the subscription's channel; returns the made-up release's id. */
    public UUID sendTestAlert(UUID id, String authorization) {
        Subscription subscription = access.authorize(id, authorization);
        quotas.checkTestAlert(subscription.id);
        if (subscription.status == SubscriptionStatus.UNCONFIRMED) {
            throw new ProblemException(409, "subscription-unconfirmed", "Subscription not confirmed",
                    "nothing is sent to an address before its owner follows the confirmation link");
        }
        return testAlerts.send(subscription.id);
    }

    /**
     * Sends the confirmation mail of an unconfirmed e-mail subscription again (a lost or expired mail
     * would otherwise leave it unconfirmed for good), within the address's daily quota of mails.
     */
    public void resendConfirmation(UUID id, String authorization) {
        Subscription subscription = access.authorize(id, authorization);
        if (subscription.status != SubscriptionStatus.UNCONFIRMED || subscription.emailToken == null) {
            throw new ProblemException(409, "nothing-to-confirm", "Nothing to confirm",
                    "only an e-mail subscription that is not confirmed yet has a confirmation to resend");
        }
        registry.reserveConfirmationResend(subscription);
        if (!confirmations.send(subscription.emailAddress, subscription.emailToken)) {
            throw new ProblemException(503, "mail-unavailable", "Mail server unavailable",
                    "the confirmation mail could not be handed to the mail server; try again later");
        }
    }

    /** {@code deliveryId} is an alert id (the {@code webhook-id}) or the id of one of its attempts. */
    public UUID redeliver(UUID id, String deliveryId, String authorization) {
        Subscription subscription = access.authorize(id, authorization);
        UUID alertId = alertOf(subscription, deliveryId);
        if (alertId == null || !alerts.redeliver(alertId, subscription.id, clock.instant())) {
            throw ProblemException.notFound("no delivery " + deliveryId + " for subscription " + id);
        }
        due.fire(new AlertsDue(subscription.id));
        return alertId;
    }

    public DeliveryAttemptList deliveries(UUID id, String authorization, int limit) {
        Subscription subscription = access.authorize(id, authorization);
        if (limit < 1 || limit > MAX_DELIVERIES_PAGE) {
            throw ProblemException.badRequest("limit must be between 1 and " + MAX_DELIVERIES_PAGE,
                    List.of(new Problem.FieldError("limit", "must be between 1 and " + MAX_DELIVERIES_PAGE)));
        }
        return new DeliveryAttemptList(DeliveryAttempt.newestFor(subscription.id, limit).stream()
                .map(DeliveryAttemptView::of)
                .toList());
    }

    public SecretRotated rotateSecret(UUID id, String authorization) {
        Subscription subscription = access.authorize(id, authorization);
        if (!DeliveryChannels.WEBHOOK.equals(subscription.channelType)) {
            throw ProblemException.badRequest("only webhook subscriptions have a signing secret",
                    List.of(new Problem.FieldError("channel.type", "must be webhook to rotate a secret")));
        }
        return registry.rotateSecret(subscription);
    }

    public void delete(UUID id, String authorization) {
        registry.delete(access.authorize(id, authorization));
    }

    private SubscriptionView view(Subscription subscription) {
        return SubscriptionView.of(subscription, sourceHealth.failing(subscription.filter().sources()));
    }

    private static UUID alertOf(Subscription subscription, String deliveryId) {
        if (isAttemptNumber(deliveryId)) {
            DeliveryAttempt attempt = DeliveryAttempt.findById(Long.parseLong(deliveryId));
            return attempt != null && attempt.subscriptionId.equals(subscription.id) ? attempt.alertId : null;
        }
        try {
            return UUID.fromString(deliveryId);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isAttemptNumber(String deliveryId) {
        if (deliveryId.isEmpty() || deliveryId.length() > 18) {
            return false;
        }
        return deliveryId.chars().allMatch(c -> DIGITS.indexOf(c) >= 0);
    }
}
