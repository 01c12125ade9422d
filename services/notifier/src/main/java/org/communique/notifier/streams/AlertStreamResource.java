package org.communique.notifier.streams;

import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.communique.notifier.subscriptions.Subscription;
import org.communique.notifier.subscriptions.SubscriptionAccess;
import org.communique.platform.problem.Problem;
import org.communique.platform.problem.ProblemException;

import java.util.List;
import java.util.UUID;

/**
 * {@code GET /api/v1/subscriptions/{id}/stream}: the subscription's alerts as Server-Sent Events, live.
 * Each event's id is the alert's number in the subscription's sequence; a client that reconnects with
 * {@code Last-Event-ID} (or {@code ?lastEventId=}, for clients that cannot set it) gets every alert
 * after it, then the live ones. Without it the stream starts with new alerts. While the service has
 * the subscription disabled, the stream also says so in a {@code subscription.disabled} event; it also
 * tells when a source the subscription's filter names is failing ({@code source.failing}) and when that
 * source recovers ({@code source.recovered}).
 */
@Path("/api/v1/subscriptions/{id}/stream")
public class AlertStreamResource {

    private final SubscriptionAccess access;
    private final AlertStreams streams;

    public AlertStreamResource(SubscriptionAccess access, AlertStreams streams) {
        this.access = access;
        this.streams = streams;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    public void stream(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                       @HeaderParam("Last-Event-ID") String lastEventId, @QueryParam("lastEventId") String lastEventParam,
                       @Context SseEventSink sink, @Context Sse sse) {
        Subscription subscription = access.authorize(id, authorization);
        String resumeFrom = lastEventId != null ? lastEventId : lastEventParam;
        long after = resumeFrom == null ? subscription.lastAlertSeq : parse(resumeFrom);
        streams.open(subscription, after, sink, sse);
    }

    private static long parse(String lastEventId) {
        String text = lastEventId.strip();
        if (!text.matches("[0-9]{1,18}")) {
            throw ProblemException.badRequest("Last-Event-ID must be the id of an event of this stream",
                    List.of(new Problem.FieldError("Last-Event-ID", "must be a non-negative integer")));
        }
        return Long.parseLong(text);
    }
}
