package org.communique.enrichment.tagger.entities;

import org.communique.enrichment.tagger.kb.Office;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * "The German leader", «японский лидер», «Үндістан көшбасшысы»: the one who leads the state's policy, which in a
 * parliamentary state or a constitutional monarchy is the head of government, not a ceremonial president or a
 * monarch. Some states became parliamentary within the data's years (Armenia in April 2018, Georgia in November 2013,
 * Turkey's prime minister led it from Erdoğan's premiership of March 2003 until he became president in August 2014),
 * and Pakistan was led by a military president from October 1999 to August 2008.
 */
final class Leaders {

    private static final Set<String> WORDINGS = Set.of("лидер", "leader", "көшбасшысы", "көшбасшы", "лидери", "лидері");

    /** Led by the head of government through the data's years. */
    private static final Set<String> PARLIAMENTARY = Set.of("GB", "JP", "DE", "IT", "ES", "IN", "IL", "HU", "CA", "AU",
            "GR", "CZ", "SK", "AT", "NL", "BE", "SE", "NO", "DK", "IE", "LU", "NZ", "MY", "TH", "SG", "BD", "NP", "LV",
            "EE", "KH", "IQ");

    /** Led by the head of government from, until (null: still). */
    private record Period(LocalDate from, LocalDate until) {
        boolean contains(LocalDate date) {
            return !date.isBefore(from) && (until == null || date.isBefore(until));
        }
    }

    private static final Map<String, Period> PARLIAMENTARY_SINCE = Map.of(
            "AM", new Period(LocalDate.of(2018, 4, 9), null),
            "GE", new Period(LocalDate.of(2013, 11, 17), null),
            "TR", new Period(LocalDate.of(2003, 3, 14), LocalDate.of(2014, 8, 28)));

    private static final Period PAKISTAN_MILITARY = new Period(LocalDate.of(1999, 10, 12), LocalDate.of(2008, 8, 18));

    private Leaders() {
    }

    /** The office a phrase names in {@code country} on {@code date}: the head of government for a leader where it leads. */
    static Office office(RolePhrase phrase, Office office, String country, LocalDate date) {
        if (office != Office.PRESIDENT || date == null || !WORDINGS.contains(phrase.text())) {
            return office;
        }
        boolean governmentLeads = PARLIAMENTARY.contains(country)
                || PARLIAMENTARY_SINCE.containsKey(country) && PARLIAMENTARY_SINCE.get(country).contains(date)
                || "PK".equals(country) && !PAKISTAN_MILITARY.contains(date);
        return governmentLeads ? Office.PRIME_MINISTER : office;
    }
}
