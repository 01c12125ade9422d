package org.communique.enrichment.tagger.entities;

import org.communique.enrichment.tagger.kb.Office;

import java.time.LocalDate;
import java.util.Set;

/**
 * «Председатель Кабинета министров», "Chairman of the Cabinet of Ministers", «Министрлер Кабинетинин Төрагасы»: the
 * head of government where a prime minister chairs the cabinet (Kyrgyzstan since 2021, Kazakhstan's «Кабинет
 * министров» of the 1990s, Ukraine), but the head of state where the president chairs it: Uzbekistan until the
 * constitutional amendment of 24 April 2003 gave the chair to the prime minister, whose office it had not been (the
 * knowledge base records Turkmenistan's presidents, who chair its cabinet to this day, as its prime ministers too).
 */
final class CabinetChairs {

    private static final Set<String> WORDINGS = Set.of("председатель кабинета министров", "глава кабинета министров",
            "глава кабмина", "глава кабинета", "руководитель кабинета министров", "chairman of the cabinet of ministers",
            "chair of the cabinet of ministers", "head of the cabinet of ministers",
            "министрлер кабинетинин төрагасы", "министрлер кабинетінің төрағасы", "министрлер кабинетинин башчысы",
            "министрлер кабинетінің басшысы");
    private static final LocalDate UZBEK_PRIME_MINISTER_CHAIRS = LocalDate.of(2003, 4, 24);

    private CabinetChairs() {
    }

    /** The office a phrase names in {@code country} on {@code date}: {@code office} unless it is a cabinet's chair. */
    static Office office(RolePhrase phrase, Office office, String country, LocalDate date) {
        if (office != Office.PRIME_MINISTER || !WORDINGS.contains(phrase.text())) {
            return office;
        }
        boolean presidentChairs = "UZ".equals(country) && date != null && date.isBefore(UZBEK_PRIME_MINISTER_CHAIRS);
        return presidentChairs ? Office.PRESIDENT : office;
    }
}
