package org.communique.notifier.webhooks;

import java.net.URI;

/** One signed POST: the body and the three Standard Webhooks headers. */
record WebhookMessage(URI url, String id, long timestampSeconds, String body, String signature) {

    static WebhookMessage signed(URI url, String secret, String id, long timestampSeconds, String body) {
        return new WebhookMessage(url, id, timestampSeconds, body,
                WebhookSigner.sign(secret, id, timestampSeconds, body));
    }
}
