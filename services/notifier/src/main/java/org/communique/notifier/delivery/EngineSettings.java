package org.communique.notifier.delivery;

import java.time.Duration;

/**
 * The bounds of one channel's {@link DeliveryEngine}.
 *
 * @param concurrency        sends in flight on this instance
 * @param perEndpoint        sends in flight per endpoint
 * @param queuedPerEndpoint  claimed deliveries waiting in memory per endpoint (more wait in the database)
 * @param queued             claimed deliveries waiting in memory in all
 * @param claimBatchSize     alerts leased per claim statement
 * @param claimLease         how long a claimed alert stays invisible to other instances
 * @param sendTimeout        the longest one send may take; a delivery that waited so long in memory that its
 *                           lease would end before the send could, is not sent (it is claimed again later)
 * @param recordBatchSize    outcomes recorded per transaction
 * @param recordLinger       how long the recorder waits for more outcomes after the first of a batch: fewer,
 *                           larger recording transactions (and {@code alerts.deliveries} relay rounds) when
 *                           outcomes trickle in; zero records each as soon as it arrives
 */
public record EngineSettings(int concurrency, int perEndpoint, int queuedPerEndpoint, int queued, int claimBatchSize,
                             Duration claimLease, Duration sendTimeout, int recordBatchSize, Duration recordLinger) {

    public EngineSettings {
        if (claimLease.compareTo(sendTimeout) <= 0) {
            throw new IllegalArgumentException("the claim lease (" + claimLease + ") must exceed the send timeout ("
                    + sendTimeout + ")");
        }
    }
}
