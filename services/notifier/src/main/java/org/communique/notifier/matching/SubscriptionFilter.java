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

/**
 * What a subscriber wants to hear about: AND across the fields that are set, OR within a field.
 * An unset or empty field does not constrain, so the empty filter matches every release.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SubscriptionFilter(
        Set<String> countries,
        Set<String> officials,
        Set<EventType> events,
        VisitFilter visit) {

    public static final SubscriptionFilter ANY = new SubscriptionFilter(null, null, null, null);

    public SubscriptionFilter {
        countries = sorted(countries);
        officials = sorted(officials);
        events = sorted(events);
    }

    public boolean matches(ReleaseFacts release) {
        return (countries.isEmpty() || containsAny(release.countries(), countries))
                && (officials.isEmpty() || officials.stream().anyMatch(release::namesOfficial))
                && (events.isEmpty() || containsAny(release.eventTypes(), events))
                && (visit == null || release.visits().stream().anyMatch(visit::matches));
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

    private static <T> boolean containsAny(Set<T> present, Set<T> wanted) {
        for (T value : wanted) {
            if (present.contains(value)) {
                return true;
            }
        }
        return false;
    }
}
