package org.communique.ingest.sources;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.communique.ingest.IngestConfig;
import org.communique.platform.problem.Violations;
import org.communique.platform.net.TargetGuard;
import org.communique.platform.problem.ProblemException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Creates, changes, disables and re-keys sources for the admin API. */
@ApplicationScoped
public class SourceRegistry {

    private static final Logger LOG = Logger.getLogger(SourceRegistry.class);

    private final IngestConfig config;

    private final TargetGuard guard;

    private final Event<SourceChanged> changed;

    public SourceRegistry(IngestConfig config, TargetGuard guard, Event<SourceChanged> changed) {
        this.config = config;
        this.guard = guard;
        this.changed = changed;
    }

    @Transactional
    public SourceView create(SourceRequest request) {
        SourceDefinition definition = SourceValidator.validate(request, config.sources(), guard);
        requireUniqueName(definition.name(), null);
        Instant now = now();
        String key = definition.kind() == SourceKind.PUSH ? SourceKeys.generate() : null;
        Source source = Source.of(definition.kind(), key == null ? null : SourceKeys.hash(key), now);
        definition.applyTo(source);
        source.persist();
        SourcePoll poll = null;
        if (source.polled()) {
            poll = SourcePoll.dueAt(source.id, now);
            poll.persist();
        }
        LOG.infof("Created %s source '%s' (%s)", source.kind, source.name, source.id);
        return SourceView.of(source, poll, key);
    }

    @Transactional
    public List<SourceView> list(SourceKind kind, Boolean enabled) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (kind != null) {
            conditions.add("kind = :kind");
            parameters.put("kind", kind);
        }
        if (enabled != null) {
            conditions.add("enabled = :enabled");
            parameters.put("enabled", enabled);
        }
        String where = conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions) + " ";
        List<Source> sources = Source.<Source>find("from Source " + where + "order by name", parameters).list();
        Map<UUID, SourcePoll> polls = new HashMap<>();
        List<UUID> polled = sources.stream().filter(Source::polled).map(source -> source.id).toList();
        if (!polled.isEmpty()) {
            SourcePoll.<SourcePoll>list("sourceId in ?1", polled).forEach(poll -> polls.put(poll.sourceId, poll));
        }
        return sources.stream().map(source -> SourceView.of(source, polls.get(source.id), null)).toList();
    }

    @Transactional
    public SourceView get(UUID id) {
        return SourceView.of(find(id, false), SourcePoll.findById(id), null);
    }

    @Transactional
    public SourceView update(UUID id, SourceRequest changes) {
        // cached keys are dropped when this transaction ends (see SourceKeyCache)
        changed.fire(new SourceChanged());
        if (changes == null) {
            throw ProblemException.badRequest("the request body must be a JSON object with the fields to change", null);
        }
        Source source = find(id, true);
        if (changes.kind() != null && !changes.kind().strip().equalsIgnoreCase(source.kind.name())) {
            Violations violations = new Violations();
            violations.add("kind", "cannot change; create a new source instead");
            violations.throwIfAny();
        }
        SourceDefinition definition = SourceValidator.validate(changes.over(SourceDefinition.requestOf(source)),
                config.sources(), guard);
        requireUniqueName(definition.name(), id);
        SourceRequest before = SourceDefinition.requestOf(source);
        definition.applyTo(source);
        source.updatedAt = now();
        return SourceView.of(source, reschedule(source, before), null);
    }

    @Transactional
    public SourceView disable(UUID id) {
        // cached keys are dropped when this transaction ends (see SourceKeyCache)
        changed.fire(new SourceChanged());
        Source source = find(id, true);
        if (source.enabled) {
            source.enabled = false;
            source.updatedAt = now();
            LOG.infof("Disabled %s source '%s' (%s)", source.kind, source.name, source.id);
        }
        return SourceView.of(source, SourcePoll.findById(id), null);
    }

    /** A new key for a PUSH source; the current one keeps working for the grace period, any older one stops. */
    @Transactional
    public KeyRotation rotateKey(UUID id, KeyRotation.Request request) {
        // cached keys are dropped when this transaction ends (see SourceKeyCache)
        changed.fire(new SourceChanged());
        Duration grace = grace(request);
        Source source = find(id, true);
        if (source.kind != SourceKind.PUSH) {
            throw new ProblemException(409, "conflict", "Conflict",
                    "only PUSH sources have keys; this one is " + source.kind);
        }
        Instant now = now();
        String key = SourceKeys.generate();
        source.previousKeyHash = grace.isZero() ? null : source.keyHash;
        source.previousKeyExpiresAt = grace.isZero() ? null : now.plus(grace);
        source.keyHash = SourceKeys.hash(key);
        source.updatedAt = now;
        LOG.infof("Rotated the key of source '%s' (%s); the previous key works until %s", source.name, source.id,
                source.previousKeyExpiresAt == null ? now : source.previousKeyExpiresAt);
        return new KeyRotation(source.id, key, source.previousKeyExpiresAt);
    }

    /**
     * A source read from another place is read afresh at once (the old validators mean nothing there); one
     * enabled again is polled at once; a shorter interval takes effect now.
     */
    private static SourcePoll reschedule(Source source, SourceRequest before) {
        if (!source.polled()) {
            return null;
        }
        SourcePoll poll = SourcePoll.findForUpdate(source.id);
        Instant now = source.updatedAt;
        if (poll == null) {
            poll = SourcePoll.dueAt(source.id, now);
            poll.persist();
            return poll;
        }
        SourceRequest after = SourceDefinition.requestOf(source);
        boolean moved = !Objects.equals(before.url(), after.url())
                || !Objects.equals(before.selectors(), after.selectors());
        if (moved) {
            poll.etag = null;
            poll.lastModified = null;
        }
        if (moved || (source.enabled && !Boolean.TRUE.equals(before.enabled()))) {
            poll.nextPollAt = now;
        } else {
            Instant byNewInterval = now.plus(source.pollInterval().orElseThrow());
            if (byNewInterval.isBefore(poll.nextPollAt) && poll.consecutiveFailures == 0) {
                poll.nextPollAt = byNewInterval;
            }
        }
        return poll;
    }

    private Duration grace(KeyRotation.Request request) {
        if (request == null || request.grace() == null) {
            return config.sources().keyRotationGrace();
        }
        Violations violations = new Violations();
        Duration max = config.sources().maxKeyRotationGrace();
        try {
            Duration grace = Duration.parse(request.grace().strip());
            if (grace.isNegative() || grace.compareTo(max) > 0) {
                violations.add("grace", "must be between PT0S and " + max);
            }
            violations.throwIfAny();
            return grace;
        } catch (DateTimeParseException e) {
            violations.add("grace", "must be an ISO-8601 duration, such as PT24H");
            violations.throwIfAny();
            throw e;
        }
    }

    static Source find(UUID id, boolean forUpdate) {
        return Source.findByIdOptional(id, forUpdate)
                .orElseThrow(() -> ProblemException.notFound("no source " + id));
    }

    private static void requireUniqueName(String name, UUID except) {
        Source.findByName(name).filter(other -> !other.id.equals(except)).ifPresent(other -> {
            throw new ProblemException(409, "conflict", "Conflict", "a source named '" + name + "' exists: " + other.id);
        });
    }

    // PostgreSQL keeps microseconds: what is stored is what is shown
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
