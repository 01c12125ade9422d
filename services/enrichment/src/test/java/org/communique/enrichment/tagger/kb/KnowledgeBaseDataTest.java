package org.communique.enrichment.tagger.kb;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks of the shipped knowledge-base data files. */
class KnowledgeBaseDataTest {

    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());
    private static final List<String> LANGUAGES = List.of("en", "ru", "kk", "ky");

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
