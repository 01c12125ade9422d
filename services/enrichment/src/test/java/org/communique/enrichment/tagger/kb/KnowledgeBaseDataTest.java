package org.communique.enrichment.tagger.kb;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks of the shipped knowledge-base data files. */
class KnowledgeBaseDataTest {

    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());
    private static final List<String> LANGUAGES = List.of("en", "ru", "kk", "ky");
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 1);

    private static KnowledgeBase kb;

    @BeforeAll
    static void read() {
        kb = KbDataFiles.fromClasspath();
    }

    @Test
    void theThreeFilesShareOnePositiveVersion() {
        long version = KbDataFiles.read(KbDataFiles.COUNTRIES).get("version").asLong();
        assertThat(version).isPositive().isEqualTo(kb.version());
        for (String file : List.of(KbDataFiles.PEOPLE, KbDataFiles.ORGANIZATIONS)) {
            JsonNode json = KbDataFiles.read(file);
            assertThat(json.get("version").asLong()).as(file).isEqualTo(version);
        }
    }

    @Test
    void everyCountryCodeIsAValidIsoCodeAndEveryIsoCountryIsThere() {
        assertThat(kb.countries()).extracting(Country::code).doesNotHaveDuplicates().allMatch(ISO_CODES::contains);
        assertThat(kb.countries()).extracting(Country::code).containsAll(ISO_CODES);
    }

    @Test
    void everyCountryHasANameInEachLanguage() {
        assertThat(kb.countries()).allSatisfy(c -> assertThat(c.names()).containsKeys(LANGUAGES.toArray(String[]::new))
                .allSatisfy((lang, name) -> assertThat(name).as(c.code() + "/" + lang).isNotBlank()));
    }

    @Test
    void noAliasNamesTwoCountries() {
        assertThat(KnowledgeBaseChecks.aliasClashes(kb.countries())).isEmpty();
    }

    @Test
    void everyRecordKeepsTheRulesTheAdminApiEnforces() {
        List<String> broken = new ArrayList<>();
        kb.people().forEach(p -> KnowledgeBaseChecks.person(p).forEach(v -> broken.add(p.id() + " " + v)));
        kb.countries().forEach(c -> KnowledgeBaseChecks.country(c).forEach(v -> broken.add(c.code() + " " + v)));
        kb.organizations().forEach(o -> KnowledgeBaseChecks.organization(o).forEach(v -> broken.add(o.id() + " " + v)));
        assertThat(broken).isEmpty();
    }

    @Test
    void theCentralAsianStatesAndRussiaHaveTheirNeighbourlyForms() {
        assertThat(aliases("KG")).contains("Киргизия", "Киргизстан", "Кыргызская Республика", "КР", "Бишкек", "Ош",
                "киргизский", "Kyrgyz");
        assertThat(aliases("KZ")).contains("РК", "Астана", "Нур-Султан", "Алматы", "казахстанский", "Kazakh");
        assertThat(aliases("RU")).contains("РФ", "Москва");
        assertThat(aliases("UZ")).contains("РУз", "Ташкент");
        assertThat(aliases("TJ")).contains("РТ", "Душанбе");
        assertThat(aliases("TM")).contains("Ашхабад");
    }

    @Test
    void everyPersonHasRussianAndEnglishNamesAValidCountryAndATerm() {
        assertThat(kb.people()).extracting(Person::id).doesNotHaveDuplicates();
        assertThat(kb.people()).allSatisfy(p -> {
            assertThat(p.names().get("ru")).as(p.id()).isNotBlank();
            assertThat(p.names().get("en")).as(p.id()).isNotBlank();
            assertThat(ISO_CODES).as(p.id()).contains(p.country());
            assertThat(p.terms()).as(p.id()).isNotEmpty();
        });
    }

    @Test
    void noOfficeIsHeldByTwoPeopleAtOnce() {
        assertThat(KnowledgeBaseChecks.overlaps(kb.people())).extracting(KnowledgeBaseChecks.Overlap::describe).isEmpty();
    }

    @Test
    void theHeadsOfTheSixStatesSince2015AreCovered() {
        assertThat(kb.people()).extracting(Person::id).contains(
                "nursultan-nazarbayev", "kassym-jomart-tokayev", "almazbek-atambayev", "sooronbay-jeenbekov",
                "sadyr-japarov", "islam-karimov", "shavkat-mirziyoyev", "emomali-rahmon",
                "gurbanguly-berdimuhamedow", "serdar-berdimuhamedow", "vladimir-putin",
                "yerlan-idrissov", "kairat-abdrakhmanov", "beibut-atamkulov", "mukhtar-tileuberdi", "murat-nurtleu",
                "erlan-abdyldaev", "chingiz-aidarbekov", "ruslan-kazakbaev", "jeenbek-kulubaev", "sergey-lavrov");
    }

    /** The issue's scope: these states since 1991, the G20 since 2010. */
    private static final List<String> SINCE_1991 = List.of("KZ", "KG", "UZ", "TJ", "TM", "RU", "BY", "AZ", "AM", "GE",
            "UA", "MN", "TR", "IR", "AF", "PK", "IN", "CN");
    private static final List<String> G20_SINCE_2010 = List.of("AR", "AU", "BR", "CA", "CN", "FR", "DE", "IN", "ID",
            "IT", "JP", "KR", "MX", "RU", "SA", "ZA", "TR", "GB", "US");
    /** Presidential systems without a head of government of their own (and Afghanistan, mostly without one). */
    private static final Set<String> NO_PRIME_MINISTER = Set.of("US", "IR", "AR", "BR", "MX", "ID", "ZA", "AF");
    /** Realms whose head of state is the British monarch, a person of GB. */
    private static final Set<String> CROWN_ELSEWHERE = Set.of("AU", "CA");

    @Test
    void headsOfStateAndGovernmentAndForeignMinistersCoverTheIssuesScope() {
        List<String> shortfalls = new ArrayList<>();
        for (String country : new java.util.TreeSet<>(union(SINCE_1991, G20_SINCE_2010))) {
            LocalDate from = SINCE_1991.contains(country) ? LocalDate.of(1992, 1, 15) : LocalDate.of(2010, 1, 15);
            if (!CROWN_ELSEWHERE.contains(country)) {
                coverage(country, EnumSet.of(Office.PRESIDENT, Office.HEAD_OF_STATE), from, TODAY, 0.97, shortfalls);
            }
            if (!NO_PRIME_MINISTER.contains(country)) {
                // Turkey abolished its prime minister in July 2018
                LocalDate until = country.equals("TR") ? LocalDate.of(2018, 7, 1) : TODAY;
                coverage(country, EnumSet.of(Office.PRIME_MINISTER), from, until, 0.9, shortfalls);
            }
            // Afghanistan had no recognised foreign minister in Kabul before 2002
            LocalDate ministersFrom = country.equals("AF") ? LocalDate.of(2002, 1, 15) : from;
            coverage(country, EnumSet.of(Office.FOREIGN_MINISTER), ministersFrom, TODAY, 0.8, shortfalls);
        }
        assertThat(shortfalls).isEmpty();
    }

    @Test
    void theLeadershipOfTheEuAndTheUnSince2010IsCovered() {
        List<String> shortfalls = new ArrayList<>();
        for (Office office : List.of(Office.UN_SECRETARY_GENERAL, Office.UN_DEPUTY_SECRETARY_GENERAL,
                Office.EU_COUNCIL_PRESIDENT, Office.EU_COMMISSION_PRESIDENT, Office.EU_HIGH_REPRESENTATIVE)) {
            coverage(office.organization(), EnumSet.of(office), LocalDate.of(2010, 1, 15), TODAY, 1.0, shortfalls);
        }
        assertThat(shortfalls).isEmpty();
    }

    /** Monthly samples of {@code [from, until)}: the share with a holder must reach {@code floor}. */
    private static void coverage(String holder, Set<Office> offices, LocalDate from, LocalDate until, double floor,
                                 List<String> shortfalls) {
        int samples = 0;
        List<LocalDate> gaps = new ArrayList<>();
        for (LocalDate d = from; d.isBefore(until); d = d.plusMonths(1)) {
            samples++;
            LocalDate day = d;
            boolean held = kb.people().stream().anyMatch(p -> p.terms().stream()
                    .anyMatch(t -> offices.contains(t.office()) && holder.equals(p.holderOf(t)) && t.covers(day)));
            if (!held) {
                gaps.add(d);
            }
        }
        double share = 1.0 - (double) gaps.size() / samples;
        if (share < floor) {
            shortfalls.add(holder + " " + offices + ": " + Math.round(share * 100) + "% of months covered, gaps from "
                    + gaps.subList(0, Math.min(5, gaps.size())));
        }
    }

    private static List<String> union(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).distinct().toList();
    }

    @Test
    void organisationsHaveIdsNamesAndNoCountryCodeAsAbbreviation() {
        assertThat(kb.organizations()).extracting(Organization::id).doesNotHaveDuplicates()
                .contains("CIS", "CSTO", "SCO", "EAEU", "UN", "EU");
        Set<String> countryAbbreviations = new HashSet<>();
        kb.countries().forEach(c -> c.aliases().stream().filter(a -> a.kind() == AliasKind.ABBREVIATION)
                .forEach(a -> countryAbbreviations.add(a.text())));
        assertThat(kb.organizations().stream().flatMap(o -> o.abbreviations().stream()))
                .noneMatch(countryAbbreviations::contains);
    }

    private static List<String> aliases(String code) {
        Country country = kb.countries().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
        return Stream.concat(country.names().values().stream(), country.aliases().stream().map(CountryAlias::text)).toList();
    }
}
