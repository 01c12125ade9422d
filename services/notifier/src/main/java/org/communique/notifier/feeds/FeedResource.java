package org.communique.notifier.feeds;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.communique.notifier.alerts.AlertHistory;
import org.communique.notifier.sources.SourceFailingNotice;
import org.communique.notifier.sources.SourceHealthStore;
import org.communique.notifier.subscriptions.Subscription;
import org.communique.notifier.subscriptions.SubscriptionAccess;
import org.communique.notifier.subscriptions.DisabledNotices;
import org.communique.platform.problem.ProblemException;

/**
 * {@code GET /feeds/{feedToken}.atom}: the last 100 alerts of a subscription as an Atom feed, after the
 * notice that the service disabled it, while it is disabled, and a notice for each source it names that
 * is failing, while it fails. Feed readers cannot send a bearer token, so the unguessable token in the
 * URL is the credential.
 */
@Path("/feeds")
public class FeedResource {

    static final int ENTRIES = 100;
    static final String ATOM_XML = "application/atom+xml;charset=UTF-8";
    private static final String SUFFIX = ".atom";

    private final SubscriptionAccess access;
    private final AlertHistory history;
    private final DisabledNotices notices;
    private final SourceHealthStore sourceHealth;

    public FeedResource(SubscriptionAccess access, AlertHistory history, DisabledNotices notices,
                        SourceHealthStore sourceHealth) {
        this.access = access;
        this.history = history;
        this.notices = notices;
        this.sourceHealth = sourceHealth;
    }

    @GET
    @Path("/{file}")
    public Response feed(@PathParam("file") String file, @Context UriInfo uriInfo) {
        Subscription subscription = file.endsWith(SUFFIX)
                ? access.byFeedToken(file.substring(0, file.length() - SUFFIX.length())).orElse(null) : null;
        if (subscription == null) {
            throw ProblemException.notFound("no feed at this address");
        }
        String xml = AtomFeedWriter.write(subscription.id, subscription.createdAt, uriInfo.getRequestUri().toString(),
                notices.of(subscription).orElse(null),
                sourceHealth.failing(subscription.filter().sources()).stream().map(SourceFailingNotice::of).toList(),
                history.latest(subscription.id, ENTRIES));
        return Response.ok(xml, ATOM_XML)
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=60")
                .header("X-Robots-Tag", "noindex")
                .build();
    }
}
