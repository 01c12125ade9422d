package org.communique.ingest.polling;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.communique.contracts.EventJson;
import org.communique.ingest.IngestConfig;
import org.communique.ingest.sources.Source;
import org.communique.ingest.sources.SourcePoll;
import org.communique.ingest.sources.health.HealthTracker;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Writes down what a poll found: validators, the next poll time, health, and the outcome itself. */
// created at start so that the poll counters exist (at zero) before the first poll, for dashboards and alerts
@Startup
@ApplicationScoped
public class PollRecorder {

    private final IngestConfig config;
    private final HealthTracker health;

    private final Map<PollOutcome.Result, Counter> polls = new EnumMap<>(PollOutcome.Result.class);

    PollRecorder(MeterRegistry registry, IngestConfig config, HealthTracker health) {
        this.config = config;
        this.health = health;
        for (PollOutcome.Result result : PollOutcome.Result.values()) {
            polls.put(result, Counter.builder("communique.ingest.polls")
                    .description("Polls of feed and page sources, by result")
                    .tag("result", result.wireName())
                    .register(registry));
        }
    }

    @Transactional
    PollOutcome read(PollTarget target, Instant polledAt, Fetched fetched, ItemCounts counts) {
        SourcePoll poll = SourcePoll.findForUpdate(target.id());
        Instant now = now();
        Instant next = now.plus(interval(target));
        PollOutcome.Result result = fetched.notModified() ? PollOutcome.Result.NOT_MODIFIED : PollOutcome.Result.READ;
        PollOutcome outcome = new PollOutcome(target.id(), polledAt, result, counts.items, counts.created,
                counts.updated, counts.unchanged, counts.skipped, List.copyOf(counts.problems), null, next);
        polls.get(result).increment();
        if (poll == null) {
            return outcome;
        }
        if (fetched.etag() != null || fetched.lastModified() != null || !fetched.notModified()) {
            poll.etag = fetched.etag();
            poll.lastModified = fetched.lastModified();
        }
        poll.lastPolledAt = polledAt;
        poll.lastSuccessAt = now;
        poll.consecutiveFailures = 0;
        poll.nextPollAt = next;
        poll.lastOutcome = EventJson.encode(outcome);
        health.succeeded(poll, counts.problems.isEmpty() ? null : counts.problems.get(0), now);
        return outcome;
    }

    @Transactional
    PollOutcome failed(PollTarget target, Instant polledAt, String error) {
        SourcePoll poll = SourcePoll.findForUpdate(target.id());
        Instant now = now();
        int failures = poll == null ? 1 : poll.consecutiveFailures + 1;
        IngestConfig.Polling polling = config.polling();
        Instant next = now.plus(BackOff.delay(interval(target), failures, polling.initialBackoff(),
                polling.maxBackoff(), ThreadLocalRandom.current().nextDouble()));
        PollOutcome outcome = new PollOutcome(target.id(), polledAt, PollOutcome.Result.FAILED, 0, 0, 0, 0, 0,
                List.of(), error, next);
        polls.get(PollOutcome.Result.FAILED).increment();
        if (poll == null) {
            return outcome;
        }
        poll.lastPolledAt = polledAt;
        poll.consecutiveFailures = failures;
        poll.nextPollAt = next;
        poll.lastOutcome = EventJson.encode(outcome);
        health.failed(poll, error, now);
        return outcome;
    }

    // the interval as it is now: an operator may have changed it during the poll
    private Duration interval(PollTarget target) {
        return Source.<Source>findByIdOptional(target.id()).flatMap(Source::pollInterval)
                .orElse(config.sources().defaultPollInterval());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
