package org.communique.enrichment.tagger.entities;

import org.communique.enrichment.tagger.kb.Office;

import java.util.Set;

/**
 * A phrase that names an office: «глава МИД», "Foreign Minister", «Президенті». {@code office} null means
 * the counterpart of whoever was just mentioned («киргизский коллега»). {@code countries} limits the phrase to
 * those states («Председатель КНР»); {@code impliedCountry} applies when the text names none («госсекретарь»);
 * {@code needsCountry}: the phrase means the office only when a country follows at once («Глава Кыргызстана»);
 * {@code plural}: several holders at once («министры иностранных дел Казахстана и Кыргызстана», «главы МИД обеих
 * стран»); {@code standsAlone}: specific enough to mean the holder of the one country a text names
 * («Глава государства подписал закон»).
 */
public record RolePhrase(
        String text,
        Office office,
        Set<String> countries,
        String impliedCountry,
        boolean needsCountry,
        Set<String> languages,
        boolean plural,
        boolean standsAlone) {

    public RolePhrase {
        countries = Set.copyOf(countries);
        languages = Set.copyOf(languages);
    }
}
