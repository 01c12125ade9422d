package org.communique.ingest.sources;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.communique.ingest.IngestConfig;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The sources recently authenticated, by key hash, for a few seconds ({@code
 * communique.ingest.sources.key-cache-ttl}): a feeder pushing hundreds of releases a second costs one lookup
 * per interval, not one per request. A change made through this instance (rotation, update, disabling)
 * empties the cache when its transaction ends; one made elsewhere takes effect within the interval. Unknown
 * keys are never cached, and the cache holds at most {@value #MAX_ENTRIES} keys.
 * <p>
 * When a busy key's entry expires, the requests that find it expired while one of them is looking it up wait
 * for that lookup instead of each running its own; a lookup that started before a change is not shared with
 * requests that arrive after it.
 */
@ApplicationScoped
public class SourceKeyCache {

    static final int MAX_ENTRIES = 10_000;

    private record Entry(KnownSource source, Instant expires) {
    }

    /** A lookup under way, started at {@code generation}. */
    private record Lookup(long generation, CompletableFuture<Optional<Found>> found) {
    }

    private final IngestConfig config;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Lookup> lookups = new ConcurrentHashMap<>();
    /** Bumped by every change, so that a lookup that started before it does not cache what it read. */
    private final AtomicLong generation = new AtomicLong();

    SourceKeyCache(IngestConfig config) {
        this.config = config;
    }

    /** The source of this key hash, from the cache or else from {@code lookup} (cached if found). */
    Optional<KnownSource> get(String keyHash, Supplier<Optional<Found>> lookup) {
        Instant now = Instant.now();
        Entry entry = entries.get(keyHash);
        if (entry != null && entry.expires().isAfter(now)) {
            return Optional.of(entry.source());
        }
        long before = generation.get();
        Lookup mine = new Lookup(before, new CompletableFuture<>());
        Lookup running = lookups.compute(keyHash,
                (key, current) -> current != null && current.generation() == before ? current : mine);
        if (running != mine) {
            Optional<Found> shared = running.found().exceptionally(failure -> null).join();
            if (shared != null) {
                return shared.map(Found::source);
            }
            // the shared lookup failed: this request tries for itself, as it would have alone
            return lookUp(keyHash, lookup, now, before).map(Found::source);
        }
        try {
            Optional<Found> found = lookUp(keyHash, lookup, now, before);
            mine.found().complete(found);
            return found.map(Found::source);
        } catch (RuntimeException | Error e) {
            mine.found().completeExceptionally(e);
            throw e;
        } finally {
            lookups.remove(keyHash, mine);
        }
    }

    private Optional<Found> lookUp(String keyHash, Supplier<Optional<Found>> lookup, Instant now, long before) {
        Optional<Found> found = lookup.get();
        found.ifPresent(f -> {
            Instant expires = now.plus(config.sources().keyCacheTtl());
            if (f.validUntil() != null && f.validUntil().isBefore(expires)) {
                expires = f.validUntil();
            }
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            if (generation.get() == before) {
                entries.put(keyHash, new Entry(f.source(), expires));
            }
        });
        return found;
    }

    /** A source found by its key; {@code validUntil} is set when the key is a rotated-out one in its grace. */
    record Found(KnownSource source, Instant validUntil) {
    }

    void onChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) SourceChanged changed) {
        invalidateAll();
    }

    void invalidateAll() {
        generation.incrementAndGet();
        entries.clear();
    }
}
