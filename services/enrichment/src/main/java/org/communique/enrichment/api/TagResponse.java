package org.communique.enrichment.api;

import org.communique.contracts.Tags;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The same {@link Tags} the enriched-release event carries, except that each tag lists at most
 * {@value #MAX_MENTIONS_PER_TAG} of its mentions (the first ones): a long release mentioning a country
 * thousands of times would otherwise make an answer several times the size of the text.
 * {@code mentionsOmitted} says how many were left out in all.
 */
public record TagResponse(
        Tags tags,
        @Schema(description = "Mentions left out of the answer: each tag lists at most its first "
                + MAX_MENTIONS_PER_TAG + " mentions") long mentionsOmitted) {

    public static final int MAX_MENTIONS_PER_TAG = 100;

    public static TagResponse of(Tags tags) {
        long omitted = 0;
        List<Tags.CountryTag> countries = new java.util.ArrayList<>();
        for (Tags.CountryTag t : tags.countries()) {
            omitted += over(t.mentions());
            countries.add(new Tags.CountryTag(t.code(), t.name(), first(t.mentions())));
        }
        List<Tags.OfficialTag> officials = new java.util.ArrayList<>();
        for (Tags.OfficialTag t : tags.officials()) {
            omitted += over(t.mentions());
            officials.add(new Tags.OfficialTag(t.id(), t.name(), t.names(), t.country(), t.role(),
                    first(t.mentions()), t.resolvedFrom()));
        }
        List<Tags.OrganizationTag> organizations = new java.util.ArrayList<>();
        for (Tags.OrganizationTag t : tags.organizations()) {
            omitted += over(t.mentions());
            organizations.add(new Tags.OrganizationTag(t.id(), t.name(), first(t.mentions())));
        }
        if (omitted == 0) {
            return new TagResponse(tags, 0);
        }
        return new TagResponse(new Tags(tags.language(), countries, officials, organizations, tags.events(),
                tags.taggerVersion(), tags.kbVersion()), omitted);
    }

    private static long over(List<?> mentions) {
        return mentions == null ? 0 : Math.max(0, mentions.size() - MAX_MENTIONS_PER_TAG);
    }

    private static <T> List<T> first(List<T> mentions) {
        return mentions == null || mentions.size() <= MAX_MENTIONS_PER_TAG ? mentions
                : List.copyOf(mentions.subList(0, MAX_MENTIONS_PER_TAG));
    }
}
