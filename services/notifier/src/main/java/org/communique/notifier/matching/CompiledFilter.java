package org.communique.notifier.matching;

import org.communique.contracts.Tags.EventType;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A filter prepared for matching many releases: keywords stemmed, names normalised, sets hashed. */
public final class CompiledFilter {

    private final boolean storyDedupe;
    private final Set<String> countries;
    private final Set<String> officials;
    private final Set<String> officialNames;
    private final Set<EventType> events;
    private final SubscriptionFilter.VisitFilter visit;
    private final List<KeywordPhrase> keywords;
    private final Set<String> languages;
    private final Set<UUID> sources;
    private final Set<String> roles;

    private CompiledFilter(SubscriptionFilter filter) {
        this.storyDedupe = filter.storyDedupe();
        this.countries = Set.copyOf(filter.countries());
        this.officials = Set.copyOf(filter.officials());
        Set<String> names = new HashSet<>();
        filter.officials().forEach(o -> names.add(Names.normalize(o)));
        this.officialNames = Set.copyOf(names);
        this.events = Set.copyOf(filter.events());
        this.visit = filter.visit();
        this.keywords = filter.keywords().stream().map(KeywordPhrase::of).toList();
        this.languages = Set.copyOf(filter.languages());
        this.sources = Set.copyOf(filter.sources());
        this.roles = Set.copyOf(filter.roles());
    }

    public static CompiledFilter of(SubscriptionFilter filter) {
        return new CompiledFilter(filter);
    }

    public boolean storyDedupe() {
        return storyDedupe;
    }

    Set<String> countries() {
        return countries;
    }

    Set<String> officials() {
        return officials;
    }

    Set<String> officialNames() {
        return officialNames;
    }

    Set<EventType> events() {
        return events;
    }

    SubscriptionFilter.VisitFilter visit() {
        return visit;
    }

    List<KeywordPhrase> keywords() {
        return keywords;
    }

    Set<String> languages() {
        return languages;
    }

    Set<UUID> sources() {
        return sources;
    }

    Set<String> roles() {
        return roles;
    }

    public boolean matches(ReleaseFacts release) {
        return (sources.isEmpty() || sources.contains(release.sourceId()))
                && (languages.isEmpty() || languages.contains(release.language()))
                && (countries.isEmpty() || containsAny(release.countries(), countries))
                && (events.isEmpty() || containsAny(release.eventTypes(), events))
                && (officials.isEmpty() || containsAny(release.officialIds(), officials)
                        || containsAny(release.officialNames(), officialNames))
                && (roles.isEmpty() || containsAny(release.officialRoles(), roles))
                && (visit == null || release.visits().stream().anyMatch(visit::matches))
                && (keywords.isEmpty() || keywords.stream().anyMatch(k -> k.matches(release.text())));
    }

    private static <T> boolean containsAny(Set<T> present, Set<T> wanted) {
        Set<T> smaller = present.size() <= wanted.size() ? present : wanted;
        Set<T> larger = smaller == present ? wanted : present;
        for (T value : smaller) {
            if (larger.contains(value)) {
                return true;
            }
        }
        return false;
    }
}
