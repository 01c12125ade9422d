package org.communique.notifier.subscriptions.api;

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
import org.communique.notifier.deliveries.DeliveryAttemptList;
import org.communique.notifier.subscriptions.ClientKey;
import org.communique.notifier.subscriptions.ConfirmationResent;
import org.communique.notifier.subscriptions.CreateSubscriptionRequest;
import org.communique.notifier.subscriptions.RedeliveryQueued;
import org.communique.notifier.subscriptions.SubscriptionCreated;
import org.communique.notifier.subscriptions.SubscriptionRegistry;
import org.communique.notifier.subscriptions.SubscriptionView;
import org.communique.notifier.subscriptions.TestAlertQueued;
import org.communique.notifier.subscriptions.UpdateSubscriptionRequest;

import java.util.UUID;

/** The subscription API over HTTP; everything it does is {@link SubscriptionService}'s. */
@Path("/api/v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionResource {

    private final SubscriptionService subscriptions;

    public SubscriptionResource(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CreateSubscriptionRequest request, @Context UriInfo uriInfo,
                           @Context HttpServerRequest http) {
        String client = ClientKey.of(http.remoteAddress() == null ? null : http.remoteAddress().hostAddress());
        SubscriptionRegistry.Created created = subscriptions.create(request, client);
        String feedUrl = uriInfo.getBaseUriBuilder().path("feeds").path(created.feedToken() + ".atom").build().toString();
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id().toString()).build())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(new SubscriptionCreated(created.id(), created.token(), created.secret(), feedUrl))
                .build();
    }

    @GET
    @Path("/{id}")
    public SubscriptionView get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return subscriptions.get(id, authorization);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SubscriptionView update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                   UpdateSubscriptionRequest request) {
        return subscriptions.update(id, authorization, request);
    }

    @POST
    @Path("/{id}/pause")
    public SubscriptionView pause(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return subscriptions.pause(id, authorization);
    }

    @POST
    @Path("/{id}/resume")
    public SubscriptionView resume(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return subscriptions.resume(id, authorization);
    }

    @POST
    @Path("/{id}/test")
    public Response sendTestAlert(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return Response.accepted(new TestAlertQueued(subscriptions.sendTestAlert(id, authorization))).build();
    }

    @POST
    @Path("/{id}/confirmation")
    public Response resendConfirmation(@PathParam("id") UUID id,
                                       @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        subscriptions.resendConfirmation(id, authorization);
        return Response.accepted(new ConfirmationResent(id)).build();
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    public Response redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") String deliveryId,
                              @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return Response.accepted(new RedeliveryQueued(subscriptions.redeliver(id, deliveryId, authorization))).build();
    }

    @GET
    @Path("/{id}/deliveries")
    public DeliveryAttemptList deliveries(@PathParam("id") UUID id,
                                          @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                          @QueryParam("limit") @DefaultValue("50") int limit) {
        return subscriptions.deliveries(id, authorization, limit);
    }

    @POST
    @Path("/{id}/secret/rotate")
    public Response rotateSecret(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return Response.ok(subscriptions.rotateSecret(id, authorization)).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        subscriptions.delete(id, authorization);
        return Response.noContent().build();
    }
}
