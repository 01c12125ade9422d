package org.communique.notifier.webhooks;

import org.communique.notifier.subscriptions.WebhookSecrets;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.util.Base64;

/** The {@code webhook-signature} of the Standard Webhooks specification (HMAC-SHA256, "v1,"). */
public final class WebhookSigner {

    private static final String HMAC_SHA256 = "HmacSHA256";
    // looking the algorithm up costs more than signing a short body; a Mac is not thread-safe
    private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance(HMAC_SHA256);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    });

    private WebhookSigner() {
    }

    public static String sign(String secret, String messageId, long timestampSeconds, String body) {
        return sign(secret, messageId, timestampSeconds, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Signs {@code <id>.<timestamp>.<body>} without copying the body. */
    public static String sign(String secret, String messageId, long timestampSeconds, byte[] body) {
        Mac mac = MACS.get();
        try {
            mac.init(new SecretKeySpec(WebhookSecrets.key(secret), HMAC_SHA256));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("the webhook secret is not a usable HMAC key", e);
        }
        mac.update((messageId + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
    }
}
