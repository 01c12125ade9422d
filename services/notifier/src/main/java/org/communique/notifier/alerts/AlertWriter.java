package org.communique.notifier.alerts;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.communique.contracts.EnrichedRelease;
import org.communique.notifier.matching.ReleaseFacts;
import org.communique.notifier.matching.SubscriptionMatch;
import org.communique.notifier.matching.SubscriptionMatcher;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Turns an enriched release into at most one alert per matching subscription. */
@ApplicationScoped
public class AlertWriter {

    private final SubscriptionMatcher matcher;
    private final ReleaseStore releases;
    private final AlertStore alerts;
    private final Event<AlertsCreated> alertsCreated;
    private final Clock clock;
    private final Counter created;

    public AlertWriter(SubscriptionMatcher matcher, ReleaseStore releases, AlertStore alerts,
                       Event<AlertsCreated> alertsCreated, Clock clock, MeterRegistry meters) {
        this.matcher = matcher;
        this.releases = releases;
        this.alerts = alerts;
        this.alertsCreated = alertsCreated;
        this.clock = clock;
        this.created = Counter.builder("communique.notifier.alerts.created")
                .description("Alerts created for matching subscriptions")
                .register(meters);
    }

    /**
     * Returns the number of new alerts; a release (any version) already alerted adds none, and neither
     * does another release of a story already alerted to a subscription that dedupes stories.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int write(EnrichedRelease enriched) {
        List<SubscriptionMatch> matches = matcher.matching(ReleaseFacts.of(enriched));
        if (matches.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        releases.store(enriched, now);
        int inserted = alerts.insertPending(matches, enriched.release(), now);
        if (inserted > 0) {
            created.increment(inserted);
            alertsCreated.fire(new AlertsCreated(enriched.release().id(), inserted));
        }
        return inserted;
    }
}
