package org.communique.enrichment.tagger.entities;

import org.communique.enrichment.tagger.kb.Office;

import java.util.List;
import java.util.Set;

import static org.communique.enrichment.tagger.kb.Office.FOREIGN_MINISTER;
import static org.communique.enrichment.tagger.kb.Office.PRESIDENT;
import static org.communique.enrichment.tagger.kb.Office.PRIME_MINISTER;

/** The office phrases the tagger knows, in Russian, English, Kazakh and Kyrgyz. */
public final class RolePhrases {

    public static final List<RolePhrase> ALL = List.of(
            any("президент", PRESIDENT),
            any("president", PRESIDENT),
            any("глава государства", PRESIDENT),
            any("head of state", PRESIDENT),
            any("мемлекет басшысы", PRESIDENT),
            any("мамлекет башчысы", PRESIDENT),
            new RolePhrase("глава", PRESIDENT, Set.of(), null, true, Set.of()),
            new RolePhrase("председатель", PRESIDENT, Set.of("CN"), null, true, Set.of()),

            any("премьер-министр", PRIME_MINISTER),
            any("премьер", PRIME_MINISTER),
            any("prime minister", PRIME_MINISTER),
            any("premier", PRIME_MINISTER),
            any("глава правительства", PRIME_MINISTER),
            any("председатель правительства", PRIME_MINISTER),
            any("head of government", PRIME_MINISTER),
            any("председатель кабинета министров", PRIME_MINISTER),
            any("глава кабинета министров", PRIME_MINISTER),
            any("глава кабмина", PRIME_MINISTER),
            any("chairman of the cabinet of ministers", PRIME_MINISTER),
            any("үкімет басшысы", PRIME_MINISTER),
            any("өкмөт башчысы", PRIME_MINISTER),
            any("министрлер кабинетинин төрагасы", PRIME_MINISTER),
            only("премьер госсовета", PRIME_MINISTER, "CN"),
            only("канцлер", PRIME_MINISTER, "DE", "AT"),
            only("chancellor", PRIME_MINISTER, "DE", "AT"),

            any("министр иностранных дел", FOREIGN_MINISTER),
            any("министр по иностранным делам", FOREIGN_MINISTER),
            any("глава мид", FOREIGN_MINISTER),
            any("руководитель мид", FOREIGN_MINISTER),
            any("глава министерства иностранных дел", FOREIGN_MINISTER),
            any("глава внешнеполитического ведомства", FOREIGN_MINISTER),
            any("руководитель внешнеполитического ведомства", FOREIGN_MINISTER),
            any("foreign minister", FOREIGN_MINISTER),
            any("minister of foreign affairs", FOREIGN_MINISTER),
            any("foreign affairs minister", FOREIGN_MINISTER),
            any("сыртқы істер министрі", FOREIGN_MINISTER),
            any("сыртқы істер министрлігінің басшысы", FOREIGN_MINISTER),
            any("сім басшысы", FOREIGN_MINISTER),
            any("тышкы иштер министри", FOREIGN_MINISTER),
            any("тышкы иштер министрлигинин башчысы", FOREIGN_MINISTER),
            any("тим башчысы", FOREIGN_MINISTER),
            implied("foreign secretary", "GB"),
            implied("secretary of state", "US"),
            implied("госсекретарь", "US"),
            implied("государственный секретарь", "US"),
            implied("мемлекеттік хатшы", "US"),
            implied("мамлекеттик катчы", "US"),

            any("коллега", null),
            any("counterpart", null),
            any("әріптес", null),
            any("кесиптеш", null));

    private RolePhrases() {
    }

    private static RolePhrase any(String text, Office office) {
        return new RolePhrase(text, office, Set.of(), null, false, Set.of());
    }

    private static RolePhrase only(String text, Office office, String... countries) {
        return new RolePhrase(text, office, Set.of(countries), null, false, Set.of());
    }

    private static RolePhrase implied(String text, String country) {
        return new RolePhrase(text, FOREIGN_MINISTER, Set.of(country), country, false, Set.of());
    }
}
