package org.communique.notifier.alerts;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.communique.contracts.EnrichedRelease;
import org.communique.notifier.NotifierConfig;
import org.communique.notifier.matching.ReleaseFacts;
import org.communique.notifier.matching.SubscriptionMatch;
import org.communique.notifier.matching.SubscriptionMatcher;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Turns an enriched release into at most one alert per matching subscription. */
@ApplicationScoped
public class AlertWriter {

    private final SubscriptionMatcher matcher;
    private final ReleaseStore releases;
    private final AlertStore alerts;
    private final Event<AlertsCreated> alertsCreated;
    private final Event<AlertsLeased> alertsLeased;
    private final Duration webhookLease;
    private final Clock clock;
    private final Counter created;

    @Inject
    public AlertWriter(SubscriptionMatcher matcher, ReleaseStore releases, AlertStore alerts,
                       Event<AlertsCreated> alertsCreated, Event<AlertsLeased> alertsLeased, NotifierConfig config,
                       Clock clock, MeterRegistry meters) {
        this(matcher, releases, alerts, alertsCreated, alertsLeased, config.webhooks().claimLease(), clock, meters);
    }

    AlertWriter(SubscriptionMatcher matcher, ReleaseStore releases, AlertStore alerts,
                Event<AlertsCreated> alertsCreated, Event<AlertsLeased> alertsLeased, Duration webhookLease,
                Clock clock, MeterRegistry meters) {
        this.matcher = matcher;
        this.releases = releases;
        this.alerts = alerts;
        this.alertsCreated = alertsCreated;
        this.alertsLeased = alertsLeased;
        this.webhookLease = webhookLease;
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
     * The same for a batch of releases, in batch order, in one transaction with a constant number of
     * statements: the matching releases stored in one, their subscriptions locked in one, all their alerts
     * inserted in one. Answers the number of new alerts per release that got any.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, Integer> writeAll(List<EnrichedRelease> batch) {
        Planned planned = plan(batch, Integer.MAX_VALUE);
        return planned.chunks().isEmpty() ? Map.of() : writeChunk(planned, 0);
    }

    /**
     * The alerts a batch of releases asks for (matching happens here, in memory), cut into chunks of about
     * {@code chunkSize} alerts that each hold every alert of their subscriptions: a chunk can be written and
     * committed on its own ({@link #writeChunk}), so that delivery of a large fan-out starts once its first
     * chunk is in, while the rest is still being written. A subscription's alerts stay in one chunk, in
     * batch order, so their sequence numbers and story dedupe are what one transaction would give.
     */
    public Planned plan(List<EnrichedRelease> batch, int chunkSize) {
        List<EncodedRelease> matching = new ArrayList<>();
        Map<UUID, List<NewAlert>> bySubscription = new TreeMap<>();
        List<List<SubscriptionMatch>> matchesEach = matcher.matchingEach(batch.stream().map(ReleaseFacts::of).toList());
        for (int i = 0; i < batch.size(); i++) {
            EnrichedRelease enriched = batch.get(i);
            List<SubscriptionMatch> matches = matchesEach.get(i);
            if (!matches.isEmpty()) {
                matching.add(EncodedRelease.of(enriched));
                matches.forEach(match -> bySubscription.computeIfAbsent(match.subscriptionId(), id -> new ArrayList<>())
                        .add(new NewAlert(match, enriched.release())));
            }
        }
        List<List<NewAlert>> chunks = new ArrayList<>();
        List<NewAlert> chunk = new ArrayList<>();
        for (List<NewAlert> ofSubscription : bySubscription.values()) {
            if (!chunk.isEmpty() && chunk.size() + ofSubscription.size() > chunkSize) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
            }
            chunk.addAll(ofSubscription);
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        return new Planned(List.copyOf(matching), List.copyOf(chunks));
    }

    /**
     * Writes chunk {@code index} of a plan: the chunk's subscriptions locked and its alerts inserted, each in
     * one statement, and with the first chunk the matching releases stored, in one more. The chunks are
     * written in order, each committed before the next (the later ones refer to the releases the first
     * stored). Writing a chunk again inserts nothing twice. The webhook alerts of active subscriptions are
     * inserted leased to this instance and handed to its delivery engine once the transaction commits
     * ({@link AlertsLeased}): no claim statement per chunk, and the first webhook leaves right after the commit.
     * Answers the number of new alerts per release that got any.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, Integer> writeChunk(Planned planned, int index) {
        Instant now = clock.instant();
        if (index == 0) {
            releases.storeAll(planned.releases(), now);
        }
        Instant leaseUntil = now.plus(webhookLease);
        AlertStore.Inserted inserted = alerts.insertPending(planned.chunks().get(index), now, leaseUntil);
        int total = 0;
        for (Map.Entry<UUID, Integer> release : inserted.created().entrySet()) {
            total += release.getValue();
            alertsCreated.fire(new AlertsCreated(release.getKey(), release.getValue(), true, inserted.emails()));
        }
        if (!inserted.leased().isEmpty()) {
            Map<UUID, EncodedRelease> byId = new HashMap<>();
            planned.releases().forEach(release -> byId.put(release.enriched().release().id(), release));
            alertsLeased.fire(new AlertsLeased(inserted.leased(), leaseUntil, byId));
        }
        created.increment(total);
        return inserted.created();
    }

    /**
     * The matching releases of a batch, each encoded once for the table and the bodies, and the alerts they ask
     * for, in chunks of whole subscriptions.
     */
    public record Planned(List<EncodedRelease> releases, List<List<NewAlert>> chunks) {
    }
}
