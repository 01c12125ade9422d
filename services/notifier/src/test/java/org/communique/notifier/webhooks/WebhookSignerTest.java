package org.communique.notifier.webhooks;

import org.communique.notifier.subscriptions.WebhookSecrets;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignerTest {

    @Test
    void matchesTheStandardWebhooksReferenceSignature() {
        // the example secret, message and signature published with the Standard Webhooks specification
        String signature = WebhookSigner.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}");

        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void signatureCoversIdTimestampAndBody() {
        String secret = WebhookSecrets.generate();
        String base = WebhookSigner.sign(secret, "id-1", 1_700_000_000L, "{}");

        assertThat(WebhookSigner.sign(secret, "id-2", 1_700_000_000L, "{}")).isNotEqualTo(base);
        assertThat(WebhookSigner.sign(secret, "id-1", 1_700_000_001L, "{}")).isNotEqualTo(base);
        assertThat(WebhookSigner.sign(secret, "id-1", 1_700_000_000L, "{ }")).isNotEqualTo(base);
        assertThat(WebhookSigner.sign(WebhookSecrets.generate(), "id-1", 1_700_000_000L, "{}")).isNotEqualTo(base);
    }

    @Test
    void generatedSecretsCarryAtLeast24RandomBytes() {
        String secret = WebhookSecrets.generate();

        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length()))).hasSizeGreaterThanOrEqualTo(24);
        assertThat(WebhookSecrets.generate()).isNotEqualTo(secret);
    }
}
