package org.communique.local;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;

/** The subscriber's side of the Standard Webhooks signature scheme, written from the spec for the test. */
final class StandardWebhooks {

    private StandardWebhooks() {
    }

    static boolean verify(String secret, String id, String timestamp, String body, String signatureHeader) {
        if (!secret.startsWith("whsec_") || signatureHeader == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            // the header may carry several space-separated signatures (e.g. during secret rotation)
            return Arrays.stream(signatureHeader.split(" "))
                    .filter(s -> s.startsWith("v1,"))
                    .map(s -> Base64.getDecoder().decode(s.substring(3)))
                    .anyMatch(candidate -> java.security.MessageDigest.isEqual(candidate, expected));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
