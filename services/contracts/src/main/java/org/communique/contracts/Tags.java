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
