package org.communique.notifier.matching;

import org.communique.notifier.matching.IndexAnchor.Field;
import org.communique.notifier.matching.IndexAnchor.Key;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * An inverted index over active subscriptions: each is filed under the keys of its most selective
 * field ({@link IndexAnchor}), so matching a release looks up the release's own values (its officials,
 * word stems, countries, ...) and checks only the subscriptions found there, plus those that match
 * everything. The cost grows with the subscriptions that share a value with the release, not with all.
 *
 * <p>Safe for concurrent use: matching takes a read lock, changes a write lock.
 */
public final class SubscriptionIndex {

    private static final class Entry {
        final UUID id;
        final CompiledFilter filter;
        final IndexAnchor anchor;

        Entry(UUID id, CompiledFilter filter, IndexAnchor anchor) {
            this.id = id;
            this.filter = filter;
            this.anchor = anchor;
        }
    }

    private final Map<Field, Map<Object, List<Entry>>> postings = new EnumMap<>(Field.class);
    private final List<Entry> matchAll = new ArrayList<>();
    private final Map<UUID, Entry> entries = new HashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    public SubscriptionIndex() {
        for (Field field : Field.values()) {
            postings.put(field, new HashMap<>());
        }
    }

    /** Adds a subscription, or replaces its filter. */
    public void put(UUID id, SubscriptionFilter filter) {
        CompiledFilter compiled = CompiledFilter.of(filter);
        Entry entry = new Entry(id, compiled, IndexAnchor.of(compiled));
        lock.writeLock().lock();
        try {
            removeLocked(id);
            entries.put(id, entry);
            if (entry.anchor.matchesAll()) {
                matchAll.add(entry);
            }
            for (Key key : entry.anchor.keys()) {
                postings.get(key.field()).computeIfAbsent(key.value(), v -> new ArrayList<>(2)).add(entry);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void remove(UUID id) {
        lock.writeLock().lock();
        try {
            removeLocked(id);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return entries.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    public List<SubscriptionMatch> matching(ReleaseFacts release) {
        lock.readLock().lock();
        try {
            Candidates candidates = new Candidates(release);
            matchAll.forEach(candidates::check);
            lookUp(Field.OFFICIAL_ID, release.officialIds(), candidates);
            lookUp(Field.OFFICIAL_NAME, release.officialNames(), candidates);
            lookUp(Field.KEYWORD, release.text().stems(), candidates);
            for (ReleaseFacts.Visit visit : release.visits()) {
                lookUp(Field.VISIT_HOST, visit.hostCountry(), candidates);
                lookUp(Field.VISIT_VISITOR, visit.visitorCountry(), candidates);
            }
            lookUp(Field.SOURCE, release.sourceId(), candidates);
            lookUp(Field.ROLE, release.officialRoles(), candidates);
            lookUp(Field.COUNTRY, release.countries(), candidates);
            lookUp(Field.LANGUAGE, release.language(), candidates);
            lookUp(Field.EVENT, release.eventTypes(), candidates);
            return candidates.matches;
        } finally {
            lock.readLock().unlock();
        }
    }

    private void lookUp(Field field, Collection<?> values, Candidates candidates) {
        Map<Object, List<Entry>> byValue = postings.get(field);
        if (byValue.isEmpty()) {
            return;
        }
        for (Object value : values) {
            List<Entry> found = byValue.get(value);
            if (found != null) {
                found.forEach(candidates::check);
            }
        }
    }

    private void lookUp(Field field, Object value, Candidates candidates) {
        if (value != null) {
            List<Entry> found = postings.get(field).get(value);
            if (found != null) {
                found.forEach(candidates::check);
            }
        }
    }

    private void removeLocked(UUID id) {
        Entry old = entries.remove(id);
        if (old == null) {
            return;
        }
        if (old.anchor.matchesAll()) {
            matchAll.remove(old);
        }
        for (Key key : old.anchor.keys()) {
            Map<Object, List<Entry>> byValue = postings.get(key.field());
            List<Entry> list = byValue.get(key.value());
            if (list != null) {
                list.remove(old);
                if (list.isEmpty()) {
                    byValue.remove(key.value());
                }
            }
        }
    }

    /** Checks each candidate once, even when the release has several of its keys. */
    private static final class Candidates {
        private final ReleaseFacts release;
        private final List<SubscriptionMatch> matches = new ArrayList<>();
        private Set<Entry> checkedMultiKey;

        Candidates(ReleaseFacts release) {
            this.release = release;
        }

        void check(Entry entry) {
            if (entry.anchor.keys().size() > 1) {
                if (checkedMultiKey == null) {
                    checkedMultiKey = new HashSet<>();
                }
                if (!checkedMultiKey.add(entry)) {
                    return;
                }
            }
            if (entry.filter.matches(release)) {
                matches.add(new SubscriptionMatch(entry.id, entry.filter.storyDedupe()));
            }
        }
    }
}
