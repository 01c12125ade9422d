package org.communique.notifier.delivery;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * What a pushed channel (webhook, email) adds to the {@link DeliveryEngine}: how its due alerts are leased
 * and how one delivery is sent. Everything else (fairness, concurrency, leases, recording, retries,
 * disabling) is the engine's and the {@link DeliveryRecorder}'s, the same for every channel.
 */
public interface DeliveryChannel<D extends Delivery> {

    /** The channel's name as stored on subscriptions and attempts ({@code DeliveryChannels}). */
    String type();

    /**
     * Leases up to {@code limit} due alerts until {@code leaseUntil}, grouped into deliveries; at most
     * {@code perEndpoint} per endpoint and none for {@code skippedEndpoints} where the channel can tell.
     */
    List<D> claim(int limit, int perEndpoint, List<String> skippedEndpoints, Instant now, Instant leaseUntil);

    /**
     * Sends without holding the calling thread. The stage completes normally with the outcome (failures are
     * outcomes, never exceptions), at the latest after the engine's send timeout.
     */
    CompletionStage<SendResult> send(D delivery, Instant attemptedAt);
}
