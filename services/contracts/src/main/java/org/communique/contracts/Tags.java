package org.communique.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the tagger found in a release. Lists are never null. */
public record Tags(
        String language,
        List<CountryTag> countries,
        List<OfficialTag> officials,
        List<OrganizationTag> organizations,
        List<EventTag> events,
        String taggerVersion,
        long kbVersion) {

    public Tags {
        countries = countries == null ? List.of() : List.copyOf(countries);
        officials = officials == null ? List.of() : List.copyOf(officials);
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** How many mentions the countries, officials and organisations list together (events' evidence not counted). */
    public long mentionCount() {
        return countries.stream().mapToLong(t -> size(t.mentions())).sum()
                + officials.stream().mapToLong(t -> size(t.mentions())).sum()
                + organizations.stream().mapToLong(t -> size(t.mentions())).sum();
    }

    /** The same tags, each listing at most its first {@code max} mentions; events keep their evidence. */
    public Tags withMentionsCappedAt(int max) {
        if (countries.stream().allMatch(t -> size(t.mentions()) <= max)
                && officials.stream().allMatch(t -> size(t.mentions()) <= max)
                && organizations.stream().allMatch(t -> size(t.mentions()) <= max)) {
            return this;
        }
        return new Tags(language,
                countries.stream().map(t -> new CountryTag(t.code(), t.name(), first(t.mentions(), max))).toList(),
                officials.stream().map(t -> new OfficialTag(t.id(), t.name(), t.names(), t.country(), t.role(),
                        first(t.mentions(), max), t.resolvedFrom())).toList(),
                organizations.stream().map(t -> new OrganizationTag(t.id(), t.name(), first(t.mentions(), max))).toList(),
                events, taggerVersion, kbVersion);
    }

    private static long size(List<?> mentions) {
        return mentions == null ? 0 : mentions.size();
    }

    private static <T> List<T> first(List<T> mentions, int max) {
        return mentions == null || mentions.size() <= max ? mentions : List.copyOf(mentions.subList(0, max));
    }

    public record CountryTag(String code, String name, List<Mention> mentions) {
    }

    public record OfficialTag(
            String id,
            String name,
            Map<String, String> names,
            String country,
            String role,
            List<Mention> mentions,
            ResolvedFrom resolvedFrom) {
    }

    public record OrganizationTag(String id, String name, List<Mention> mentions) {
    }

    public record EventTag(
            EventType type,
            EventKind kind,
            EventStatus status,
            List<String> visitors,
            String visitorCountry,
            String hostCountry,
            EventDate date,
            Mention evidence) {
    }

    public record EventDate(String value, DatePrecision precision) {
    }

    public enum EventType { VISIT, TALKS, CALL, MEETING, AGREEMENT }

    public enum EventKind { STATE, OFFICIAL, WORKING, UNSPECIFIED }

    public enum EventStatus { PLANNED, ONGOING, COMPLETED }

    public enum DatePrecision { DAY, MONTH, YEAR }

    public enum ResolvedFrom {
        NAME, ROLE;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static ResolvedFrom of(String value) {
            return valueOf(value.toUpperCase(Locale.ROOT));
        }
    }
}
