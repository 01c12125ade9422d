package org.communique.notifier.matching;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.communique.contracts.Tags.EventStatus;
import org.communique.contracts.Tags.EventType;

import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What a subscriber wants to hear about: AND across the fields that are set, OR within a field.
 * An unset or empty field does not constrain, so the empty filter matches every release.
 *
 * @param officials    official ids or names (canonical English, or in any language the tags carry)
 * @param keywords     words or phrases, matched in the title and body in any inflection
 * @param languages    ISO 639-1 codes of the release's language
 * @param sources      ids of the feeders the release came from
 * @param storyDedupe  one alert per story: a release whose storyId already produced an alert for this
 *                     subscription produces none (default true)
 * @param roles        roles of officials the release names ({@code ambassador}), or a role of one country's
 *                     officials ({@code ambassador:KZ}); see {@link OfficialRoles}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SubscriptionFilter(
        Set<String> countries,
        Set<String> officials,
        Set<EventType> events,
        VisitFilter visit,
        Set<String> keywords,
        Set<String> languages,
        Set<UUID> sources,
        Boolean storyDedupe,
        Set<String> roles) {

    public static final SubscriptionFilter ANY =
            new SubscriptionFilter(null, null, null, null, null, null, null, null, null);

    public SubscriptionFilter {
        countries = sorted(countries);
        officials = sorted(officials);
        events = sorted(events);
        keywords = sorted(keywords);
        languages = sorted(languages);
        sources = sorted(sources);
        storyDedupe = storyDedupe == null || storyDedupe;
        roles = sorted(roles);
    }

    /** The fields that existed before roles. */
    public SubscriptionFilter(Set<String> countries, Set<String> officials, Set<EventType> events, VisitFilter visit,
                              Set<String> keywords, Set<String> languages, Set<UUID> sources, Boolean storyDedupe) {
        this(countries, officials, events, visit, keywords, languages, sources, storyDedupe, null);
    }

    /** The fields that existed before keywords, languages and sources. */
    public SubscriptionFilter(Set<String> countries, Set<String> officials, Set<EventType> events, VisitFilter visit) {
        this(countries, officials, events, visit, null, null, null, null, null);
    }

    /** Convenience for one-off checks; matchers compile each filter once instead. */
    public boolean matches(ReleaseFacts release) {
        return CompiledFilter.of(this).matches(release);
    }

    /** Matches a VISIT event; each set field must contain the event's value. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record VisitFilter(Set<String> visitorCountries, Set<String> hostCountries, Set<EventStatus> statuses) {

        public VisitFilter {
            visitorCountries = sorted(visitorCountries);
            hostCountries = sorted(hostCountries);
            statuses = sorted(statuses);
        }

        public boolean matches(ReleaseFacts.Visit visit) {
            return (visitorCountries.isEmpty() || visitorCountries.contains(visit.visitorCountry()))
                    && (hostCountries.isEmpty() || hostCountries.contains(visit.hostCountry()))
                    && (statuses.isEmpty() || statuses.contains(visit.status()));
        }
    }

    private static <T extends Comparable<T>> SortedSet<T> sorted(Collection<T> values) {
        if (values == null || values.isEmpty()) {
            return Collections.emptySortedSet();
        }
        TreeSet<T> copy = new TreeSet<>();
        values.stream().filter(Objects::nonNull).forEach(copy::add);
        return Collections.unmodifiableSortedSet(copy);
    }
}
