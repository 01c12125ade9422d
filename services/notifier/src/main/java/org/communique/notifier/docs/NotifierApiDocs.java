package org.communique.notifier.docs;

import org.communique.platform.openapi.DocumentedApi;

import java.util.List;

/** What /q/openapi says about the notifier's operations (registered as mp.openapi.filter). */
public class NotifierApiDocs extends DocumentedApi {

    private static final String SUBSCRIPTION_EXAMPLE = """
            {"filter": {"visit": {"visitorCountries": ["KG"], "hostCountries": ["KZ"]}, "keywords": ["визит"]},
             "channel": {"type": "webhook", "url": "https://example.org/hooks/communique"}}""";

    @Override
    protected String title() {
        return "Communiqué notifier";
    }

    @Override
    protected String description() {
        return "Subscriptions and alerts. Anyone may subscribe; the answer carries the subscription's token (and a "
                + "webhook's signing secret), shown once: keep them like a password. Alerts go to webhooks "
                + "(Standard Webhooks signatures), email (double opt-in), an Atom feed and a live SSE stream. "
                + "The subscriber pages are at `/` (ru and en).";
    }

    @Override
    protected List<Op> operations() {
        return List.of(
                Op.of("POST", "/api/v1/subscriptions", null, "Subscribe",
                        "A filter (fields ANDed, values within one ORed) and a channel; 201 with id, token and "
                                + "secret, shown this once.").example(SUBSCRIPTION_EXAMPLE),
                Op.of("GET", "/api/v1/subscriptions/{id}", SUBSCRIPTION_TOKEN, "Read a subscription",
                        "With its status and the sources it names that are failing."),
                Op.of("PATCH", "/api/v1/subscriptions/{id}", SUBSCRIPTION_TOKEN, "Change a subscription",
                        "Filter and channel fields sent replace the stored ones.")
                        .example("{\"filter\": {\"events\": [\"VISIT\"], \"countries\": [\"KZ\"]}}"),
                Op.of("DELETE", "/api/v1/subscriptions/{id}", SUBSCRIPTION_TOKEN, "Delete a subscription", ""),
                Op.of("POST", "/api/v1/subscriptions/{id}/confirmation", SUBSCRIPTION_TOKEN,
                        "Send the confirmation mail again",
                        "For an unconfirmed e-mail subscription: 202; 409 once confirmed; 429 past the address's "
                                + "daily quota of confirmation mails."),
                Op.of("POST", "/api/v1/subscriptions/{id}/pause", SUBSCRIPTION_TOKEN, "Pause",
                        "No alerts are made while paused."),
                Op.of("POST", "/api/v1/subscriptions/{id}/resume", SUBSCRIPTION_TOKEN, "Resume",
                        "Also re-enables a subscription disabled after its webhook failed."),
                Op.of("POST", "/api/v1/subscriptions/{id}/test", SUBSCRIPTION_TOKEN, "Send a test alert", ""),
                Op.of("POST", "/api/v1/subscriptions/{id}/secret/rotate", SUBSCRIPTION_TOKEN,
                        "Rotate the webhook secret", "The new secret is in the answer, shown once."),
                Op.of("GET", "/api/v1/subscriptions/{id}/deliveries", SUBSCRIPTION_TOKEN, "Delivery attempts",
                        "Newest first, with status code, error and next retry."),
                Op.of("POST", "/api/v1/subscriptions/{id}/deliveries/{deliveryId}/redeliver", SUBSCRIPTION_TOKEN,
                        "Redeliver an alert", "Same `webhook-id`, so receivers can deduplicate."),
                Op.of("GET", "/api/v1/subscriptions/{id}/stream", SUBSCRIPTION_TOKEN, "Live stream (SSE)",
                        "Events `alert.created`, `subscription.disabled`, `source.failing`, `source.recovered`; "
                                + "resumes from `Last-Event-ID`."),
                Op.of("GET", "/feeds/{file}", null, "Atom feed",
                        "The unguessable feed URL given at subscription is the credential."),
                Op.of("GET", "/api/v1/email/confirm/{token}", null, "Email confirmation page",
                        "The link of the double opt-in mail; confirming takes a POST."),
                Op.of("POST", "/api/v1/email/confirm/{token}", null, "Confirm an email subscription", ""),
                Op.of("GET", "/api/v1/email/unsubscribe/{token}", null, "Unsubscribe page", ""),
                Op.of("POST", "/api/v1/email/unsubscribe/{token}", null, "Unsubscribe (RFC 8058 one-click)", ""));
    }
}
