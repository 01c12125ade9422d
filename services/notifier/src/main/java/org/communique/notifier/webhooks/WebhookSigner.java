package org.communique.notifier.webhooks;

import org.communique.notifier.subscriptions.WebhookSecrets;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/** The {@code webhook-signature} of the Standard Webhooks specification (HMAC-SHA256, "v1,"). */
public final class WebhookSigner {

    private static final String HMAC_SHA256 = "HmacSHA256";

    private WebhookSigner() {
    }

    public static String sign(String secret, String messageId, long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA256);
            mac.init(new SecretKeySpec(WebhookSecrets.key(secret), HMAC_SHA256));
            byte[] signature = mac.doFinal(
                    (messageId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }
}
