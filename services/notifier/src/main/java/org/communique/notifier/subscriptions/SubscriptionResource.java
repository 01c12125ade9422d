package org.communique.notifier.subscriptions;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.communique.notifier.alerts.AlertStore;
import org.communique.notifier.alerts.TestAlerts;
import org.communique.notifier.deliveries.DeliveryAttempt;
import org.communique.notifier.deliveries.DeliveryChannels;
import org.communique.notifier.email.EmailConfirmations;
import org.communique.notifier.sources.SourceHealthStore;
import org.communique.notifier.deliveries.DeliveryAttemptList;
import org.communique.notifier.deliveries.DeliveryAttemptView;
import org.communique.platform.problem.Problem;
import org.communique.notifier.webhooks.WebhookDispatcher;
import org.communique.platform.problem.ProblemException;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionResource {

    static final int MAX_DELIVERIES_PAGE = 500;

    private final SubscriptionRequestValidator validator;
    private final SubscriptionRegistry registry;
    private final SubscriptionAccess access;
    private final TestAlerts testAlerts;
    private final AlertStore alerts;
    private final WebhookDispatcher dispatcher;
    private final Clock clock;
    private final EmailConfirmations confirmations;
    private final SourceHealthStore sourceHealth;
    private final SubscriptionQuotas quotas;

    public SubscriptionResource(SubscriptionRequestValidator validator, SubscriptionRegistry registry,
                                SubscriptionAccess access, TestAlerts testAlerts, AlertStore alerts,
                                WebhookDispatcher dispatcher, Clock clock, EmailConfirmations confirmations,
                                SourceHealthStore sourceHealth, SubscriptionQuotas quotas) {
        this.quotas = quotas;
        this.confirmations = confirmations;
        this.sourceHealth = sourceHealth;
        this.validator = validator;
        this.registry = registry;
        this.access = access;
        this.testAlerts = testAlerts;
        this.alerts = alerts;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CreateSubscriptionRequest request, @Context UriInfo uriInfo,
                           @Context HttpServerRequest http) {
        String client = ClientKey.of(http.remoteAddress() == null ? null : http.remoteAddress().hostAddress());
        quotas.checkCreationRate(client);
        SubscriptionRegistry.Created created = registry.create(validator.validate(request), client);
        if (created.emailToken() != null) {
            confirmations.send(created.emailAddress(), created.emailToken());
        }
        String feedUrl = uriInfo.getBaseUriBuilder().path("feeds").path(created.feedToken() + ".atom").build().toString();
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id().toString()).build())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(new SubscriptionCreated(created.id(), created.token(), created.secret(), feedUrl))
                .build();
    }

    @GET
    @Path("/{id}")
    public SubscriptionView get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return view(access.authorize(id, authorization));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SubscriptionView update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                   UpdateSubscriptionRequest request) {
        Subscription subscription = access.authorize(id, authorization);
        SubscriptionUpdate update = validator.validateUpdate(request, subscription.channelType);
        return view(registry.update(subscription, update));
    }

    @POST
    @Path("/{id}/pause")
    public SubscriptionView pause(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return view(registry.pause(access.authorize(id, authorization)));
    }

    @POST
    @Path("/{id}/resume")
    public SubscriptionView resume(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        SubscriptionView resumed = view(registry.resume(access.authorize(id, authorization)));
        dispatcher.wake();
        return resumed;
    }

    private SubscriptionView view(Subscription subscription) {
        return SubscriptionView.of(subscription, sourceHealth.failing(subscription.filter().sources()));
    }

    @POST
    @Path("/{id}/test")
    public Response sendTestAlert(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Subscription subscription = access.authorize(id, authorization);
        quotas.checkTestAlert(subscription.id);
        if (subscription.status == SubscriptionStatus.UNCONFIRMED) {
            throw new ProblemException(409, "subscription-unconfirmed", "Subscription not confirmed",
                    "nothing is sent to an address before its owner follows the confirmation link");
        }
        return Response.accepted(new TestAlertQueued(testAlerts.send(subscription.id))).build();
    }

    /**
     * Sends the confirmation mail of an unconfirmed e-mail subscription again (a lost or expired mail
     * would otherwise leave it unconfirmed for good), within the address's daily quota of mails.
     */
    @POST
    @Path("/{id}/confirmation")
    public Response resendConfirmation(@PathParam("id") UUID id,
                                       @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Subscription subscription = access.authorize(id, authorization);
        if (subscription.status != SubscriptionStatus.UNCONFIRMED || subscription.emailToken == null) {
            throw new ProblemException(409, "nothing-to-confirm", "Nothing to confirm",
                    "only an e-mail subscription that is not confirmed yet has a confirmation to resend");
        }
        registry.reserveConfirmationResend(subscription);
        boolean sent = confirmations.send(subscription.emailAddress, subscription.emailToken);
        if (!sent) {
            throw new ProblemException(503, "mail-unavailable", "Mail server unavailable",
                    "the confirmation mail could not be handed to the mail server; try again later");
        }
        return Response.accepted(new ConfirmationResent(subscription.id)).build();
    }

    /** {@code deliveryId} is an alert id (the {@code webhook-id}) or the id of one of its attempts. */
    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    public Response redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") String deliveryId,
                              @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Subscription subscription = access.authorize(id, authorization);
        UUID alertId = alertOf(subscription, deliveryId);
        if (alertId == null || !alerts.redeliver(alertId, subscription.id, clock.instant())) {
            throw ProblemException.notFound("no delivery " + deliveryId + " for subscription " + id);
        }
        dispatcher.wake();
        return Response.accepted(new RedeliveryQueued(alertId)).build();
    }

    private static UUID alertOf(Subscription subscription, String deliveryId) {
        if (deliveryId.matches("[0-9]{1,18}")) {
            DeliveryAttempt attempt = DeliveryAttempt.findById(Long.parseLong(deliveryId));
            return attempt != null && attempt.subscriptionId.equals(subscription.id) ? attempt.alertId : null;
        }
        try {
            return UUID.fromString(deliveryId);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @GET
    @Path("/{id}/deliveries")
    public DeliveryAttemptList deliveries(@PathParam("id") UUID id,
                                          @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                          @QueryParam("limit") @DefaultValue("50") int limit) {
        Subscription subscription = access.authorize(id, authorization);
        if (limit < 1 || limit > MAX_DELIVERIES_PAGE) {
            throw ProblemException.badRequest("limit must be between 1 and " + MAX_DELIVERIES_PAGE,
                    List.of(new Problem.FieldError("limit", "must be between 1 and " + MAX_DELIVERIES_PAGE)));
        }
        return new DeliveryAttemptList(DeliveryAttempt.newestFor(subscription.id, limit).stream()
                .map(DeliveryAttemptView::of)
                .toList());
    }

    @POST
    @Path("/{id}/secret/rotate")
    public Response rotateSecret(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Subscription subscription = access.authorize(id, authorization);
        if (!DeliveryChannels.WEBHOOK.equals(subscription.channelType)) {
            throw ProblemException.badRequest("only webhook subscriptions have a signing secret",
                    List.of(new Problem.FieldError("channel.type", "must be webhook to rotate a secret")));
        }
        return Response.ok(registry.rotateSecret(subscription)).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        registry.delete(access.authorize(id, authorization));
        return Response.noContent().build();
    }
}
