package org.communique.notifier.email;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.communique.notifier.subscriptions.Subscription;
import org.communique.notifier.subscriptions.SubscriptionStatus;
import org.communique.platform.problem.ProblemException;

import java.time.Clock;

/**
 * The links in emails. Following a link (GET) shows a page with a button that POSTs, so mail scanners
 * that fetch links do not confirm or unsubscribe anyone. The unsubscribe URL also takes the RFC 8058
 * one-click POST ({@code List-Unsubscribe=One-Click}) that mail clients send by themselves.
 */
@Path("/api/v1/email")
@Produces(MediaType.TEXT_HTML)
public class EmailLinkResource {

    private final Clock clock;

    public EmailLinkResource(Clock clock) {
        this.clock = clock;
    }

    @GET
    @Path("/confirm/{token}")
    public String confirmPage(@PathParam("token") String token) {
        Subscription subscription = byToken(token);
        return page("Confirm your alerts", "Send alerts about new press releases to "
                + Html.escape(subscription.emailAddress) + "?", "Confirm");
    }

    @POST
    @Path("/confirm/{token}")
    @Transactional
    public String confirm(@PathParam("token") String token) {
        Subscription subscription = byToken(token);
        if (subscription.status == SubscriptionStatus.UNCONFIRMED) {
            subscription.status = SubscriptionStatus.ACTIVE;
            subscription.emailConfirmedAt = clock.instant();
        }
        return page("Confirmed", "Alerts will be sent to " + Html.escape(subscription.emailAddress) + ".", null);
    }

    @GET
    @Path("/unsubscribe/{token}")
    public String unsubscribePage(@PathParam("token") String token) {
        Subscription subscription = byToken(token);
        return page("Unsubscribe", "Stop sending alerts to " + Html.escape(subscription.emailAddress) + "?", "Unsubscribe");
    }

    /** RFC 8058: any POST to this URL unsubscribes; the body ({@code List-Unsubscribe=One-Click}) is not needed. */
    @POST
    @Path("/unsubscribe/{token}")
    @Transactional
    public String unsubscribe(@PathParam("token") String token) {
        Subscription subscription = byToken(token);
        subscription.status = SubscriptionStatus.DELETED;
        subscription.deletedAt = clock.instant();
        return page("Unsubscribed", "No more alerts will be sent to " + Html.escape(subscription.emailAddress) + ".", null);
    }

    private static Subscription byToken(String token) {
        Subscription subscription = Subscription.find("emailToken", token).firstResult();
        if (subscription == null || subscription.isDeleted()) {
            throw ProblemException.notFound("this link is not valid (any more)");
        }
        return subscription;
    }

    private static String page(String title, String message, String button) {
        String form = button == null ? "" : "<form method=\"post\"><button type=\"submit\">" + button + "</button></form>";
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head>"
                + "<body style=\"font-family:sans-serif\"><h1>" + title + "</h1><p>" + message + "</p>" + form
                + "</body></html>";
    }
}
