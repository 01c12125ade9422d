package org.communique.notifier.webhooks;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/** One signed POST: the body (UTF-8) and the three Standard Webhooks headers. */
record WebhookMessage(URI url, String id, long timestampSeconds, byte[] body, String signature) {

    static WebhookMessage signed(URI url, String secret, String id, long timestampSeconds, String body) {
        return signed(url, secret, null, id, timestampSeconds, body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Signed with {@code secret} and, during a rotation's grace window, also with {@code previousSecret}:
     * Standard Webhooks lets {@code webhook-signature} carry several space-separated signatures, and a
     * receiver accepts the message when any of them verifies with the secret it has.
     */
    static WebhookMessage signed(URI url, String secret, String previousSecret, String id, long timestampSeconds,
                                 byte[] body) {
        String signature = WebhookSigner.sign(secret, id, timestampSeconds, body);
        if (previousSecret != null) {
            signature += " " + WebhookSigner.sign(previousSecret, id, timestampSeconds, body);
        }
        return new WebhookMessage(url, id, timestampSeconds, body, signature);
    }
}
