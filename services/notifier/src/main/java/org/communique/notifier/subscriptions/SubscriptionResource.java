package org.communique.notifier.subscriptions;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.communique.notifier.deliveries.DeliveryAttempt;
import org.communique.notifier.deliveries.DeliveryAttemptList;
import org.communique.notifier.deliveries.DeliveryAttemptView;
import org.communique.platform.problem.Problem;
import org.communique.platform.problem.ProblemException;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionResource {

    static final int MAX_DELIVERIES_PAGE = 500;

    private final SubscriptionRequestValidator validator;
    private final SubscriptionRegistry registry;
    private final SubscriptionAccess access;

    public SubscriptionResource(SubscriptionRequestValidator validator, SubscriptionRegistry registry,
                                SubscriptionAccess access) {
        this.validator = validator;
        this.registry = registry;
        this.access = access;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CreateSubscriptionRequest request, @Context UriInfo uriInfo) {
        SubscriptionCreated created = registry.create(validator.validate(request));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id().toString()).build())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    public SubscriptionView get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return SubscriptionView.of(access.authorize(id, authorization));
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

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        registry.delete(access.authorize(id, authorization));
        return Response.noContent().build();
    }
}
