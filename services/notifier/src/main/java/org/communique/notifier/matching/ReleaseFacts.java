package org.communique.notifier.matching;

import org.communique.contracts.EnrichedRelease;
import org.communique.contracts.Tags;
import org.communique.contracts.Tags.EventStatus;
import org.communique.contracts.Tags.EventType;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The parts of an enriched release that filters look at, extracted once per release. */
public record ReleaseFacts(
        Set<String> countries,
        Set<String> officialIds,
        Set<String> officialNames,
        Set<EventType> eventTypes,
        List<Visit> visits) {

    public record Visit(String visitorCountry, String hostCountry, EventStatus status) {
    }

    public static ReleaseFacts of(EnrichedRelease enriched) {
        Tags tags = enriched.tags();
        Set<String> countries = new HashSet<>();
        tags.countries().forEach(c -> {
            if (c.code() != null) {
                countries.add(c.code().toUpperCase(Locale.ROOT));
            }
        });

        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Tags.OfficialTag official : tags.officials()) {
            if (official.id() != null) {
                ids.add(official.id());
            }
            if (official.name() != null) {
                names.add(normalizeName(official.name()));
            }
            if (official.names() != null && official.names().get("en") != null) {
                names.add(normalizeName(official.names().get("en")));
            }
        }

        Set<EventType> types = EnumSet.noneOf(EventType.class);
        List<Visit> visits = new ArrayList<>();
        for (Tags.EventTag event : tags.events()) {
            if (event.type() == null) {
                continue;
            }
            types.add(event.type());
            if (event.type() == EventType.VISIT) {
                visits.add(new Visit(upper(event.visitorCountry()), upper(event.hostCountry()), event.status()));
            }
        }
        return new ReleaseFacts(Set.copyOf(countries), Set.copyOf(ids), Set.copyOf(names), Set.copyOf(types),
                List.copyOf(visits));
    }

    /** True when {@code official} (a filter entry) is an official's id or English name in this release. */
    public boolean namesOfficial(String official) {
        return officialIds.contains(official) || officialNames.contains(normalizeName(official));
    }

    /** Case- and spacing-insensitive form of an English name. */
    static String normalizeName(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String upper(String code) {
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }
}
