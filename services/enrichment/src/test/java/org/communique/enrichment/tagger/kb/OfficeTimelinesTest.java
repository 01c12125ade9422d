package org.communique.enrichment.tagger.kb;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12: a role-only mention ("глава МИД Германии") resolves only if the office had a known holder on the day.
 * For every declared seat, every day from 1995-01-01 (or the seat's creation) to the data files' {@code reviewed}
 * date has a holder, apart from changeovers of at most {@link #MAX_GAP_DAYS} days and the documented vacancies below.
 * Ambassadors, deputy foreign ministers, spokespeople and press secretaries are no seats here: the data hold only those
 * whose dates a source gives, narrowed to the years certain, so their posts have holes by design (a role-only ambassador
 * or spokesperson with no holder that day resolves to no one; deputies, China's spokespeople and press secretaries never
 * resolve by office). Of the chairs of parliament, Kyrgyzstan's (since its single chamber of
 * 2005), Uzbekistan's (since 1995 and 2005), Turkmenistan's (the Mejlis since December 2006, the Halk Maslahaty
 * since 2021), Kazakhstan's Senate (since its first sitting of January 1996), Tajikistan's two houses (since the
 * bicameral Majlisi Oli of spring 2000), Russia's Federation Council and State Duma and the Standing Committee of
 * China's National People's Congress (a single chamber's seat is the upper house's) are seats; the chairs of
 * Kazakhstan's Mazhilis before 2012 are not in the data (their dates were not certain enough), so it is no seat.
 * Vice presidencies and defence ministries are seats from the days {@link #VICE_PRESIDENCIES} and
 * {@link #DEFENCE_MINISTRIES} give.
 */
class OfficeTimelinesTest {

    /** Bosnia and Herzegovina: a three-member Presidency whose chair rotates, no single head of state in the data. */
    private static final Set<String> COLLECTIVE_HEAD = Set.of("BA");
    /** States whose seats begin after {@link #START}: Montenegro's independence. */
    private static final Map<String, LocalDate> SINCE = Map.of("ME", LocalDate.of(2006, 6, 3));
    /** Longest changeover tolerated without a reason: a new government's confirmation, an acting holder left out. */
    private static final int MAX_GAP_DAYS = 45;
    private static final LocalDate START = LocalDate.of(1995, 1, 1);
    private static final Set<Office> HEAD = EnumSet.of(Office.PRESIDENT, Office.HEAD_OF_STATE);

    private static final List<String> STATES = List.of("KZ", "KG", "UZ", "TJ", "TM", "RU", "CN", "US", "TR", "IR",
            "AF", "PK", "IN", "AZ", "BY", "UA", "GE", "AM", "MN", "DE", "FR", "GB", "IT", "ES", "JP", "KR", "PL", "HU",
            "AT", "CH", "IL", "EG", "SA", "AE", "QA", "KW", "MY", "ID", "VN", "TH", "SG", "CA", "AU", "AR", "MX", "ZA",
            "CZ", "EE", "LV", "LT", "GR",
            "SE", "NO", "FI", "DK", "IS", "NL", "BE", "LU", "PT", "IE", "BG",
            "RS", "HR", "SI", "BR", "VA", "CU", "VE", "RO", "SK",
            "ME", "MK", "CY", "MT", "CL", "CO",
            "AL", "BA",
            "JO", "OM", "BH", "IQ", "SY", "LB", "LK", "BD",
            "PH", "DZ", "MA", "TN", "NP", "KH", "LA", "MM", "BN", "NZ", "KE", "TZ", "GH", "ET", "NG", "SN", "SD", "LY");
    /**
     * The president heads the government (Switzerland: the Federal Council); Afghanistan had one only in 2014-2020 (a
     * chief executive) and since 2021; Kenya only under the power-sharing deal of 2008-2013. The Holy See's Cardinal
     * Secretary of State is not held as a prime minister.
     */
    private static final Set<String> NO_PRIME_MINISTER = Set.of("US", "IR", "CH", "ID", "AF", "AR", "MX", "ZA",
            "BR", "VE", "VA", "CY", "CL", "CO", "PH", "KE", "GH", "NG");
    /** Realms whose head of state is the British monarch, a person of GB: no head of state seat of their own. */
    private static final Set<String> CROWN_ELSEWHERE = Set.of("CA", "AU", "NZ");

    /** One office of one state or organisation, declared to exist from {@code from} to {@code until} (null: still). */
    private record Seat(String holder, String name, Set<Office> offices, LocalDate from, LocalDate until) {

        String key() {
            return holder + " " + name;
        }
    }

    /** Days without a holder in the data, on purpose: {@code to} null runs to the review date. */
    private record Vacancy(String seat, LocalDate from, LocalDate to, String reason) {
    }

    private static final List<Vacancy> VACANCIES = List.of(
            vacancy("KG prime_minister", "2010-04-07", "2010-12-17",
                    "interim government after the April 2010 revolution; no prime minister until Atambayev"),
            vacancy("KG foreign_minister", "2005-09-15", "2005-11-01", "acting minister, not in the data"),
            vacancy("KG foreign_minister", "2010-04-07", "2010-12-17", "interim government; acting ministers not in the data"),
            vacancy("AF foreign_minister", "2013-10-01", "2015-01-28", "acting ministers, not in the data"),
            vacancy("AF foreign_minister", "2019-03-01", "2020-03-01", "acting minister (Idrees Zaman), not in the data"),
            vacancy("AF foreign_minister", "2021-06-19", "2021-09-07", "acting minister, then the Taliban takeover"),
            vacancy("PK foreign_minister", "2002-06-01", "2002-11-23", "no full minister; dates of the acting one unverified"),
            vacancy("PK foreign_minister", "2011-02-09", "2011-07-19",
                    "after Qureshi's removal, a minister of state until Khar's appointment"),
            vacancy("PK foreign_minister", "2013-03-16", "2013-06-07", "caretaker cabinet's minister, not in the data"),
            vacancy("UA foreign_minister", "2007-01-30", "2007-03-21",
                    "Tarasyuk's dismissal by parliament, contested, until Yatsenyuk's appointment"),
            vacancy("GE prime_minister", "1995-10-05", "1995-12-08", "between state ministers"),
            vacancy("GE prime_minister", "2003-11-27", "2004-02-17",
                    "after the Rose Revolution; the office was re-created on 2004-02-17"),
            vacancy("AM foreign_minister", "2021-06-01", "2021-08-19", "acting ministers after Aivazian, not in the data"),
            vacancy("MN foreign_minister", "2025-06-13", null, "successor not verified"),
            vacancy("KR prime_minister", "2002-07-11", "2002-10-04", "two nominees rejected by the National Assembly; acting"),
            vacancy("KR prime_minister", "2010-08-11", "2010-10-01", "acting prime minister"),
            vacancy("KR prime_minister", "2015-04-27", "2015-06-18", "acting prime minister after Lee Wan-koo resigned"),
            vacancy("KR prime_minister", "2025-05-01", "2025-07-03", "acting prime ministers after Han Duck-soo resigned"),
            vacancy("KR foreign_minister", "2025-06-04", "2025-07-21", "acting minister after the change of president"),
            vacancy("PL foreign_minister", "1995-01-01", "1995-03-07", "Olechowski's end date not verified"),
            vacancy("AT president", "2016-07-08", "2017-01-26",
                    "the presidium of the National Council acted while the run-off was held again"),
            vacancy("IE president", "1997-09-12", "1997-11-11",
                    "Robinson resigned early; the Presidential Commission acted until McAleese's inauguration"),
            vacancy("SK president", "1998-03-02", "1999-06-15",
                    "parliament failed to elect Kovac's successor; the prime minister and the speaker exercised his powers"),
            vacancy("BA prime_minister", "1997-01-03", "2000-02-03",
                    "two co-chairs of the Council of Ministers, rotating weekly: no single holder"),
            vacancy("EG president", "2011-02-11", "2012-06-30", "the Supreme Council of the Armed Forces governed"),
            vacancy("TH prime_minister", "2014-05-07", "2014-08-24", "acting prime minister, then the junta before Prayut"),
            vacancy("TH foreign_minister", "1995-01-01", "1997-11-14", "ministers before Surin Pitsuwan: dates not verified"),
            vacancy("TH foreign_minister", "2014-05-22", "2014-08-30", "after the coup, before the junta's cabinet: no minister in the data"),
            vacancy("EE foreign_minister", "2016-09-12", "2016-11-23", "after Kaljurand resigned: acting minister not in the data"),
            vacancy("LT foreign_minister", "2010-01-22", "2010-03-18", "after Usackas resigned: acting minister not in the data"),
            vacancy("LT prime_minister", "2024-12-12", null, "Paluckas and his successor: dates not verified"),
            vacancy("LV foreign_minister", "2023-07-08", "2023-09-15", "after Rinkevics became president: acting minister not in the data"),
            vacancy("IQ president", "2003-04-09", "2004-06-28",
                    "the occupation: the Coalition Provisional Authority, then the Governing Council's monthly presidents"),
            vacancy("IQ prime_minister", "2003-04-09", "2004-06-28", "the occupation: no Iraqi government until the interim one"),
            vacancy("IQ foreign_minister", "2003-04-09", "2003-09-03", "the occupation, before the Governing Council's cabinet"),
            vacancy("SY prime_minister", "2025-03-29", null,
                    "the transitional government has no prime minister; the president heads it"),
            vacancy("LB president", "2007-11-24", "2008-05-25", "no president elected; the cabinet exercised the powers"),
            vacancy("LB president", "2014-05-25", "2016-10-31", "no president elected; the cabinet exercised the powers"),
            vacancy("LB president", "2022-10-31", "2025-01-09", "no president elected; the caretaker cabinet exercised the powers"),
            vacancy("BD foreign_minister", "1996-03-30", "1996-06-23", "caretaker government: its adviser not in the data"),
            vacancy("BD foreign_minister", "2001-07-15", "2001-10-10", "caretaker government: its adviser not in the data"),
            vacancy("BD foreign_minister", "2006-10-29", "2007-01-16", "caretaker government: its adviser not in the data"),
            vacancy("TN prime_minister", "2021-07-25", "2021-10-11",
                    "the president dismissed the head of government and held the executive himself"),
            vacancy("NP president", "2008-05-28", "2008-07-23",
                    "the monarchy abolished; the prime minister acted as head of state until the first president"),
            vacancy("NP foreign_minister", "1995-01-01", "2015-10-12", "ministers (often the prime minister) not verified"),
            vacancy("NP foreign_minister", "2021-07-13", "2021-09-08", "the prime minister kept the portfolio; not in the data"),
            vacancy("NP foreign_minister", "2025-09-09", null, "the interim government's minister not verified"),
            vacancy("MM prime_minister", "2011-03-30", "2021-02-01",
                    "no prime minister: the president headed the government (from 2016 with a State Counsellor)"),
            vacancy("KE foreign_minister", "2010-10-27", "2012-03-26", "acting ministers, not in the data"),
            vacancy("NG foreign_minister", "1998-06-09", "1998-08-01", "after Abacha's death, until Abubakar's cabinet: not verified"),
            vacancy("NG foreign_minister", "2003-05-29", "2003-07-17", "no cabinet until July 2003"),
            vacancy("NG foreign_minister", "2007-05-29", "2007-07-26", "no cabinet until July 2007"),
            vacancy("NG foreign_minister", "2013-09-11", "2014-03-11", "a minister of state acted; not in the data"),
            vacancy("NG foreign_minister", "2015-05-29", "2015-11-11", "no cabinet until November 2015"),
            vacancy("NG foreign_minister", "2023-05-29", "2023-08-21", "no cabinet until August 2023"),
            vacancy("SN prime_minister", "2019-05-14", "2022-09-17", "the post was abolished and restored"),
            vacancy("SD prime_minister", "1995-01-01", "2017-03-02", "no prime minister: the president headed the government"),
            vacancy("SD prime_minister", "2019-04-11", "2019-08-21", "the Transitional Military Council governed"),
            vacancy("SD prime_minister", "2022-01-02", "2025-05-19", "after Hamdok resigned: no prime minister in the data"),
            vacancy("SD foreign_minister", "2019-04-11", "2019-09-08", "the Transitional Military Council; acting minister not in the data"),
            vacancy("SD foreign_minister", "2021-10-25", null, "acting ministers of the military government, not verified"),
            vacancy("LY foreign_minister", "2011-08-23", "2011-11-22",
                    "the Transitional Council's executive board: its member for foreign affairs not in the data"),
            vacancy("LY foreign_minister", "2012-11-14", "2013-01-28", "the first nominee was not confirmed; not in the data"),
            vacancy("EU eu_commission_president", "1999-03-15", "1999-09-16",
                    "the Santer Commission resigned and stayed as caretaker"),
            vacancy("IN vice_president", "2025-07-22", "2025-09-12",
                    "Dhankhar resigned; the Rajya Sabha's deputy chairman acted until Radhakrishnan's election"),
            vacancy("IR vice_president", "2009-07-17", "2009-09-13",
                    "Mashaei's week in July 2009 and an acting first vice president, not in the data"),
            vacancy("CN defence_minister", "2023-10-24", "2023-12-29", "Li Shangfu removed; no minister until Dong Jun"),
            vacancy("UZ defence_minister", "1995-01-01", "2000-09-29", "ministers before Gulyamov: dates not verified"),
            vacancy("AM defence_minister", "2021-06-07", "2021-08-03", "acting minister (Arshak Karapetyan), not in the data"),
            vacancy("BY defence_minister", "1995-01-01", "2001-09-01", "ministers before Maltsev: dates not verified"),
            vacancy("UA defence_minister", "1995-01-01", "2005-02-04", "ministers before Hrytsenko: dates not verified"),
            vacancy("UA defence_minister", "2009-06-05", "2010-03-11", "acting minister (Ivashchenko), not in the data"),
            vacancy("UA defence_minister", "2014-02-27", "2014-07-03", "acting ministers (Teniukh, Koval), not in the data"),
            vacancy("TR defence_minister", "1995-01-01", "2002-11-18", "coalition governments' ministers: dates not verified"),
            vacancy("TR defence_minister", "2011-07-06", "2016-05-24", "Ismet Yilmaz's terms and the 2015 interim: not verified"),
            vacancy("PK defence_minister", "2023-08-17", "2024-03-11", "the caretaker government's minister, not in the data"),
            vacancy("KG upper_house_chair", "2007-10-22", "2007-12-24",
                    "the Jogorku Kenesh was dissolved before the early election of December 2007"),
            vacancy("KG upper_house_chair", "2010-06-06", "2010-12-17",
                    "no parliament between the April 2010 revolution and the first sitting of the new one"));

    /** Vice presidencies and the day each seat's data begin (Turkey's office was created in 2018; Iran's first). */
    private static final Map<String, String> VICE_PRESIDENCIES = Map.of("US", "1993-01-20", "IN", "1992-08-21",
            "CN", "1993-03-27", "IR", "1997-01-01", "TR", "2018-07-09");
    /**
     * Defence ministries and the day each seat's data begin: Russia from Grachev's appointment, Kyrgyzstan from the
     * ministry's restoration of 2021 (a state committee of defence affairs had replaced it in 2014), Pakistan from 2018.
     */
    private static final Map<String, String> DEFENCE_MINISTRIES = Map.ofEntries(Map.entry("RU", "1992-05-18"),
            Map.entry("KZ", "1992-05-07"), Map.entry("CN", "1992-01-01"), Map.entry("US", "1995-01-01"),
            Map.entry("GB", "1995-01-01"), Map.entry("FR", "1995-01-01"), Map.entry("DE", "1995-01-01"),
            Map.entry("IN", "1995-01-01"), Map.entry("UZ", "1995-01-01"), Map.entry("TJ", "1995-01-01"),
            Map.entry("KG", "2021-02-01"), Map.entry("AZ", "1995-02-06"), Map.entry("AM", "1995-01-01"),
            Map.entry("BY", "1995-01-01"), Map.entry("UA", "1995-01-01"), Map.entry("IR", "1995-01-01"),
            Map.entry("TR", "1995-01-01"), Map.entry("PK", "2018-08-20"));

    private static KnowledgeBase kb;
    private static LocalDate reviewed;

    @BeforeAll
    static void read() {
        kb = KbDataFiles.fromClasspath();
        reviewed = LocalDate.parse(KbDataFiles.read(KbDataFiles.PEOPLE).get("reviewed").asText());
    }

    @Test
    void everyDeclaredOfficeHasAHolderOnEveryDayButShortChangeoversAndDocumentedVacancies() {
        List<String> holes = new ArrayList<>();
        for (Seat seat : seats()) {
            for (LocalDate[] gap : gaps(seat)) {
                long days = ChronoUnit.DAYS.between(gap[0], gap[1]);
                if (days > MAX_GAP_DAYS && VACANCIES.stream().noneMatch(v -> explains(v, seat, gap))) {
                    holes.add(seat.key() + " has no holder " + gap[0] + " - " + gap[1] + " (" + days + " days)");
                }
            }
        }
        assertThat(holes).isEmpty();
    }

    @Test
    void everyDocumentedVacancyIsStillOne() {
        List<String> stale = new ArrayList<>();
        for (Vacancy v : VACANCIES) {
            Seat seat = seats().stream().filter(s -> s.key().equals(v.seat())).findFirst().orElse(null);
            if (seat == null || gaps(seat).stream().noneMatch(gap -> explains(v, seat, gap))) {
                stale.add(v.seat() + " " + v.from() + " - " + v.to() + ": the data now fill it, drop it from the list");
            }
        }
        assertThat(stale).isEmpty();
    }

    @Test
    void theReviewDateIsNoLaterThanTheLatestTermStartPlusAYear() {
        LocalDate latest = kb.people().stream().flatMap(p -> p.terms().stream()).map(OfficeTerm::from)
                .max(Comparator.naturalOrder()).orElseThrow();
        assertThat(reviewed).isAfterOrEqualTo(latest).isBefore(latest.plusYears(1));
    }

    private static List<Seat> seats() {
        List<Seat> seats = new ArrayList<>();
        for (String state : STATES) {
            LocalDate since = SINCE.getOrDefault(state, START);
            if (!CROWN_ELSEWHERE.contains(state) && !COLLECTIVE_HEAD.contains(state)) {
                seats.add(new Seat(state, "president", HEAD, since, null));
            }
            if (!NO_PRIME_MINISTER.contains(state)) {
                // Turkey abolished its prime minister on 2018-07-09
                seats.add(new Seat(state, "prime_minister", EnumSet.of(Office.PRIME_MINISTER), since,
                        state.equals("TR") ? LocalDate.of(2018, 7, 9) : null));
            }
            // Kabul had no recognised foreign minister before the interim administration of December 2001
            seats.add(new Seat(state, "foreign_minister", EnumSet.of(Office.FOREIGN_MINISTER),
                    state.equals("AF") ? LocalDate.of(2001, 12, 22) : since, null));
        }
        seats.add(new Seat("EU", "eu_commission_president", EnumSet.of(Office.EU_COMMISSION_PRESIDENT), START, null));
        // created by the Amsterdam and Lisbon treaties
        seats.add(new Seat("EU", "eu_high_representative", EnumSet.of(Office.EU_HIGH_REPRESENTATIVE),
                LocalDate.of(1999, 10, 18), null));
        seats.add(new Seat("EU", "eu_council_president", EnumSet.of(Office.EU_COUNCIL_PRESIDENT),
                LocalDate.of(2009, 12, 1), null));
        seats.add(new Seat("UN", "un_secretary_general", EnumSet.of(Office.UN_SECRETARY_GENERAL), START, null));
        // chairs of parliament: the single chamber is the upper house's seat
        seats.add(new Seat("KG", "upper_house_chair", EnumSet.of(Office.UPPER_HOUSE_CHAIR), LocalDate.of(2005, 3, 27), null));
        seats.add(new Seat("UZ", "upper_house_chair", EnumSet.of(Office.UPPER_HOUSE_CHAIR), LocalDate.of(1995, 2, 24), null));
        seats.add(new Seat("UZ", "lower_house_chair", EnumSet.of(Office.LOWER_HOUSE_CHAIR), LocalDate.of(2005, 1, 27), null));
        seats.add(new Seat("TM", "lower_house_chair", EnumSet.of(Office.LOWER_HOUSE_CHAIR), LocalDate.of(2006, 12, 22), null));
        seats.add(new Seat("TM", "upper_house_chair", EnumSet.of(Office.UPPER_HOUSE_CHAIR), LocalDate.of(2021, 4, 14), null));
        seats.add(new Seat("KZ", "upper_house_chair", EnumSet.of(Office.UPPER_HOUSE_CHAIR), LocalDate.of(1996, 1, 30), null));
        seats.add(new Seat("TJ", "upper_house_chair", EnumSet.of(Office.UPPER_HOUSE_CHAIR), LocalDate.of(2000, 4, 17), null));
        seats.add(new Seat("TJ", "lower_house_chair", EnumSet.of(Office.LOWER_HOUSE_CHAIR), LocalDate.of(2000, 3, 27), null));
        seats.add(new Seat("RU", "upper_house_chair", EnumSet.of(Office.UPPER_HOUSE_CHAIR), START, null));
        seats.add(new Seat("RU", "lower_house_chair", EnumSet.of(Office.LOWER_HOUSE_CHAIR), START, null));
        seats.add(new Seat("CN", "upper_house_chair", EnumSet.of(Office.UPPER_HOUSE_CHAIR), START, null));
        VICE_PRESIDENCIES.forEach((state, from) -> seats.add(new Seat(state, "vice_president",
                EnumSet.of(Office.VICE_PRESIDENT), LocalDate.parse(from), null)));
        DEFENCE_MINISTRIES.forEach((state, from) -> seats.add(new Seat(state, "defence_minister",
                EnumSet.of(Office.DEFENCE_MINISTER), LocalDate.parse(from), null)));
        return seats;
    }

    /** The spans of {@code [from, until or reviewed)} that no term of the seat covers, in order. */
    private static List<LocalDate[]> gaps(Seat seat) {
        LocalDate end = seat.until() == null ? reviewed : seat.until();
        List<OfficeTerm> terms = kb.people().stream().flatMap(p -> p.terms().stream()
                        .filter(t -> seat.offices().contains(t.office()) && seat.holder().equals(p.holderOf(t))))
                .sorted(Comparator.comparing(OfficeTerm::from)).toList();
        List<LocalDate[]> gaps = new ArrayList<>();
        LocalDate covered = seat.from();
        for (OfficeTerm t : terms) {
            if (!covered.isBefore(end)) {
                break;
            }
            if (t.from().isAfter(covered)) {
                gaps.add(new LocalDate[] {covered, t.from().isBefore(end) ? t.from() : end});
            }
            if (t.to() == null) {
                covered = end;
            } else if (t.to().isAfter(covered)) {
                covered = t.to();
            }
        }
        if (covered.isBefore(end)) {
            gaps.add(new LocalDate[] {covered, end});
        }
        return gaps;
    }

    private static boolean explains(Vacancy v, Seat seat, LocalDate[] gap) {
        LocalDate to = v.to() == null ? reviewed : v.to();
        return v.seat().equals(seat.key()) && !v.from().isAfter(gap[0]) && !to.isBefore(gap[1]);
    }

    private static Vacancy vacancy(String seat, String from, String to, String reason) {
        return new Vacancy(seat, LocalDate.parse(from), to == null ? null : LocalDate.parse(to), reason);
    }
}
