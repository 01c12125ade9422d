package org.communique.notifier.support;

import io.restassured.path.json.JsonPath;

import java.util.List;
import java.util.UUID;

/** Reads what the receiver got, per release. */
public final class Webhooks {

    private Webhooks() {
    }

    /** Webhooks delivered to {@code path} about one release (other tests' releases may match too). */
    public static List<WebhookReceiver.Request> about(UUID releaseId, String path) {
        return WebhookReceiver.shared().requestsTo(path).stream()
                .filter(r -> releaseId.toString().equals(JsonPath.from(r.body()).getString("data.release.release.id")))
                .toList();
    }
}
