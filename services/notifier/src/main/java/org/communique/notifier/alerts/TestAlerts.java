package org.communique.notifier.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.communique.contracts.EnrichedRelease;
import org.communique.contracts.PressRelease;
import org.communique.contracts.SourceRef;
import org.communique.contracts.Tags;
import org.communique.notifier.matching.SubscriptionMatch;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code POST .../test}: an alert for one subscription about a made-up release, delivered like any
 * other (signed, retried, recorded), so an owner can check their receiver end to end.
 */
@ApplicationScoped
public class TestAlerts {

    /** Source of the made-up releases; no feeder has this id. */
    public static final UUID TEST_SOURCE = new UUID(0, 0);

    private final ReleaseStore releases;
    private final AlertStore alerts;
    private final Event<AlertsCreated> alertsCreated;
    private final Clock clock;

    public TestAlerts(ReleaseStore releases, AlertStore alerts, Event<AlertsCreated> alertsCreated, Clock clock) {
        this.releases = releases;
        this.alerts = alerts;
        this.alertsCreated = alertsCreated;
        this.clock = clock;
    }

    /** Returns the id of the made-up release; the alert is delivered after this transaction commits. */
    @Transactional
    public UUID send(UUID subscriptionId) {
        Instant now = clock.instant();
        EnrichedRelease release = sample(UUID.randomUUID(), now);
        releases.store(release, now);
        alerts.insertPending(List.of(new SubscriptionMatch(subscriptionId, false)), release.release(), now);
        alertsCreated.fire(new AlertsCreated(release.release().id(), 1));
        return release.release().id();
    }

    static EnrichedRelease sample(UUID id, Instant now) {
        String title = "Test alert: this is what an alert looks like";
        String body = "Sent because you asked for a test alert. No ministry published this release.";
        PressRelease release = new PressRelease(id, 1, new SourceRef(TEST_SOURCE, "Communiqué test alert", null),
                "https://communique.org/test-alert", "en", title, body, now, now, "test", null);
        Tags tags = new Tags("en", List.of(), List.of(), List.of(), List.of(), "test-alert", 0);
        return new EnrichedRelease(release, tags, now);
    }
}
