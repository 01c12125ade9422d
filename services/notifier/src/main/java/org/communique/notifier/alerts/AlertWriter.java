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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
        return writeAll(List.of(enriched)).values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The same for a batch of releases, in batch order, with a constant number of statements: the matching
     * releases stored in one, their subscriptions locked in one, all their alerts inserted in one.
     * Answers the number of new alerts per release that got any.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, Integer> writeAll(List<EnrichedRelease> batch) {
        List<EnrichedRelease> matching = new ArrayList<>();
        List<NewAlert> wanted = new ArrayList<>();
        List<List<SubscriptionMatch>> matchesEach = matcher.matchingEach(batch.stream().map(ReleaseFacts::of).toList());
        for (int i = 0; i < batch.size(); i++) {
            EnrichedRelease enriched = batch.get(i);
            List<SubscriptionMatch> matches = matchesEach.get(i);
            if (!matches.isEmpty()) {
                matching.add(enriched);
                matches.forEach(match -> wanted.add(new NewAlert(match, enriched.release())));
            }
        }
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Instant now = clock.instant();
        releases.storeAll(matching, now);
        Map<UUID, Integer> inserted = alerts.insertPending(wanted, now);
        int total = 0;
        for (Map.Entry<UUID, Integer> release : inserted.entrySet()) {
            total += release.getValue();
            alertsCreated.fire(new AlertsCreated(release.getKey(), release.getValue()));
        }
        created.increment(total);
        return inserted;
    }
}
