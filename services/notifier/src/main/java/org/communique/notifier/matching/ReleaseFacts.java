package org.communique.notifier.matching;

import org.communique.contracts.EnrichedRelease;
import org.communique.contracts.PressRelease;
import org.communique.contracts.Tags;
import org.communique.contracts.Tags.EventStatus;
import org.communique.contracts.Tags.EventType;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The parts of an enriched release that filters look at, extracted once per release.
 *
 * @param officialNames every name the tags give each official (canonical and per language), normalised
 * @param officialRoles each official's role, alone and with the official's country ({@link OfficialRoles})
 * @param language      the tagger's language, else the feeder's; lower case, may be null
 */
public record ReleaseFacts(
        Set<String> countries,
        Set<String> officialIds,
        Set<String> officialNames,
        Set<String> officialRoles,
        Set<EventType> eventTypes,
        List<Visit> visits,
        String language,
        UUID sourceId,
        ReleaseText text) {

    public record Visit(String visitorCountry, String hostCountry, EventStatus status) {
    }

    public static ReleaseFacts of(EnrichedRelease enriched) {
        Tags tags = enriched.tags();
        PressRelease release = enriched.release();
        Set<String> countries = new HashSet<>();
        tags.countries().forEach(c -> {
            if (c.code() != null) {
                countries.add(c.code().toUpperCase(Locale.ROOT));
            }
        });

        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        Set<String> roles = new HashSet<>();
        for (Tags.OfficialTag official : tags.officials()) {
            OfficialRoles.keysOf(official.role(), official.country(), roles);
            if (official.id() != null) {
                ids.add(official.id());
            }
            if (official.name() != null) {
                names.add(Names.normalize(official.name()));
            }
            if (official.names() != null) {
                official.names().values().stream().filter(n -> n != null && !n.isBlank())
                        .forEach(n -> names.add(Names.normalize(n)));
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
        String language = tags.language() != null ? tags.language() : release.language();
        language = language == null ? null : language.toLowerCase(Locale.ROOT);
        return new ReleaseFacts(Set.copyOf(countries), Set.copyOf(ids), Set.copyOf(names), Set.copyOf(roles),
                Set.copyOf(types), List.copyOf(visits), language, release.source().id(),
                ReleaseText.of(release.title(), release.body(), language));
    }

    /** True when {@code official} (a filter entry) is the id of an official in this release, or one of its names. */
    public boolean namesOfficial(String official) {
        return officialIds.contains(official) || officialNames.contains(Names.normalize(official));
    }

    private static String upper(String code) {
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }
}
