package org.communique.enrichment.tagger.entities;

import org.communique.enrichment.tagger.kb.Office;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.communique.enrichment.tagger.kb.Office.DEFENCE_MINISTER;
import static org.communique.enrichment.tagger.kb.Office.FOREIGN_MINISTER;
import static org.communique.enrichment.tagger.kb.Office.HEAD_OF_STATE;
import static org.communique.enrichment.tagger.kb.Office.PRESIDENT;
import static org.communique.enrichment.tagger.kb.Office.PRIME_MINISTER;
import static org.communique.enrichment.tagger.kb.Office.UPPER_HOUSE_CHAIR;
import static org.communique.enrichment.tagger.kb.Office.VICE_PRESIDENT;

/** The office phrases the tagger knows, in Russian, English, Kazakh and Kyrgyz. */
public final class RolePhrases {

    /** The states whose vice president the knowledge base holds, one at a time; Iran's first, by its own phrases. */
    private static final String[] VICE_PRESIDENCIES = {"US", "IN", "CN", "TR"};

    public static final List<RolePhrase> ALL = Stream.concat(Stream.of(
            any("президент", PRESIDENT),
            any("president", PRESIDENT),
            alone("глава государства", PRESIDENT),
            alone("head of state", PRESIDENT),
            alone("мемлекет басшысы", PRESIDENT),
            alone("мамлекет башчысы", PRESIDENT),
            // «Мемлекет басшымыз», «Мамлекет башчыбыз»: "our Head of State", the writer's own
            alone("мемлекет басшымыз", PRESIDENT),
            alone("мамлекет башчыбыз", PRESIDENT),
            // «Ел Президенті»: "the country's President", the writer's own in a Kazakh text
            alone("ел президенті", PRESIDENT),
            new RolePhrase("глава", PRESIDENT, Set.of(), null, true, Set.of(), false, false),
            any("король", HEAD_OF_STATE), any("королева", HEAD_OF_STATE), any("king", HEAD_OF_STATE),
            any("queen", HEAD_OF_STATE), any("эмир", HEAD_OF_STATE), any("emir", HEAD_OF_STATE),
            any("император", HEAD_OF_STATE), any("emperor", HEAD_OF_STATE), any("верховный лидер", HEAD_OF_STATE),
            any("supreme leader", HEAD_OF_STATE), any("верховный руководитель", HEAD_OF_STATE),
            // «Елбасы», "Elbasy" (Leader of the Nation): Kazakhstan's first president, a title held for life
            new RolePhrase("елбасы", PRESIDENT, Set.of("KZ"), "KZ", false, Set.of(), false, false),
            new RolePhrase("elbasy", PRESIDENT, Set.of("KZ"), "KZ", false, Set.of(), false, false),
            new RolePhrase("председатель", PRESIDENT, Set.of("CN"), null, true, Set.of(), false, false),
            // «ҚХР Төрағасы», «Кытай Эл Республикасынын Төрагасы»: the Kazakh and Kyrgyz word, with China before it
            new RolePhrase("төрағасы", PRESIDENT, Set.of("CN"), null, true, Set.of("kk"), false, false),
            new RolePhrase("төрагасы", PRESIDENT, Set.of("CN"), null, true, Set.of("ky"), false, false),
            // «казахстанский лидер», "the Kazakh leader", «Ресей көшбасшысы», «кыргыз лидери»: only with a country
            leader("лидер"), leader("leader"), leader("көшбасшысы"), leader("көшбасшы"), leader("лидери"),
            leader("лидері"),
            // «руководитель Узбекистана», «Өзбекстан басшысы», «Өзбекстандын башчысы»: a state's leader, only with it
            leader("руководитель"), leader("басшысы"), leader("башчысы"),

            any("премьер-министр", PRIME_MINISTER),
            any("премьер", PRIME_MINISTER),
            any("prime minister", PRIME_MINISTER),
            any("premier", PRIME_MINISTER),
            alone("глава правительства", PRIME_MINISTER),
            any("председатель правительства", PRIME_MINISTER),
            alone("head of government", PRIME_MINISTER),
            any("председатель кабинета министров", PRIME_MINISTER),
            any("глава кабинета министров", PRIME_MINISTER),
            // «глава кабинета Казахстана», «руководитель правительства Узбекистана»: only with a country
            any("глава кабинета", PRIME_MINISTER),
            any("руководитель правительства", PRIME_MINISTER),
            any("глава кабмина", PRIME_MINISTER),
            any("chairman of the cabinet of ministers", PRIME_MINISTER),
            // the head of government's title in Saudi Arabia, Cuba, Italy, Bosnia and Herzegovina: only with a country
            any("председатель совета министров", PRIME_MINISTER),
            any("chairman of the council of ministers", PRIME_MINISTER),
            any("president of the council of ministers", PRIME_MINISTER),
            alone("үкімет басшысы", PRIME_MINISTER),
            alone("өкмөт башчысы", PRIME_MINISTER),
            any("министрлер кабинетинин төрагасы", PRIME_MINISTER),
            // the chair of a cabinet of ministers: a president in some states and years (CabinetChairs)
            any("министрлер кабинетінің төрағасы", PRIME_MINISTER),
            any("председатель кабмина", PRIME_MINISTER),
            any("chair of the cabinet of ministers", PRIME_MINISTER),
            any("head of the cabinet of ministers", PRIME_MINISTER),
            // the Premier of China's State Council: the council names the state
            china("премьер госсовета"), china("премьер государственного совета"),
            china("premier of the state council"), china("state council premier"),
            china("мемлекеттік кеңес премьері"), china("мемлекеттік кеңестің премьері"),
            china("мамлекеттик кеңештин премьери"), china("мамлекеттик кеңеш премьери"),
            only("канцлер", PRIME_MINISTER, "DE", "AT"),
            only("chancellor", PRIME_MINISTER, "DE", "AT"),

            // «узбекский министр», "the Uzbek minister", «өзбек министрі»: a minister by his state alone, in a text about
            // foreign affairs (RoleResolver checks), is its foreign minister
            minister("министр"), minister("minister"), minister("министрі"), minister("министри"),
            any("министр иностранных дел", FOREIGN_MINISTER),
            any("министр по иностранным делам", FOREIGN_MINISTER),
            any("глава мид", FOREIGN_MINISTER),
            any("руководитель мид", FOREIGN_MINISTER),
            any("глава министерства иностранных дел", FOREIGN_MINISTER),
            any("глава внешнеполитического ведомства", FOREIGN_MINISTER),
            any("руководитель внешнеполитического ведомства", FOREIGN_MINISTER),
            // «глава дипведомства Казахстана», «шеф МИД России»: the press's shorter words for the foreign minister
            any("глава дипведомства", FOREIGN_MINISTER), any("руководитель дипведомства", FOREIGN_MINISTER),
            any("шеф мид", FOREIGN_MINISTER), any("шеф внешнеполитического ведомства", FOREIGN_MINISTER),
            any("foreign ministry chief", FOREIGN_MINISTER), any("foreign affairs chief", FOREIGN_MINISTER),
            any("head of the foreign ministry", FOREIGN_MINISTER),
            any("head of the ministry of foreign affairs", FOREIGN_MINISTER),
            any("foreign minister", FOREIGN_MINISTER),
            any("minister of foreign affairs", FOREIGN_MINISTER),
            any("foreign affairs minister", FOREIGN_MINISTER),
            any("minister for foreign affairs", FOREIGN_MINISTER),
            // "the Kazakh FM", "Uzbekistan's FM": the abbreviation only next to a country
            new RolePhrase("fm", FOREIGN_MINISTER, Set.of(), null, true, Set.of(), false, false),
            // "Kazakh PM to visit Berlin", "Kyrgyzstan's PM": likewise, so that "5 pm" is no office
            new RolePhrase("pm", PRIME_MINISTER, Set.of(), null, true, Set.of(), false, false),
            // "Kazakhstan's top diplomat", «главный дипломат Узбекистана»: the foreign minister
            any("top diplomat", FOREIGN_MINISTER), any("chief diplomat", FOREIGN_MINISTER),
            any("главный дипломат", FOREIGN_MINISTER), any("шеф дипломатии", FOREIGN_MINISTER),
            any("сыртқы істер министрі", FOREIGN_MINISTER),
            any("сыртқы істер министрлігінің басшысы", FOREIGN_MINISTER),
            any("сім басшысы", FOREIGN_MINISTER),
            any("тышкы иштер министри", FOREIGN_MINISTER),
            any("тышкы иштер министрлигинин башчысы", FOREIGN_MINISTER),
            any("тим башчысы", FOREIGN_MINISTER),
            // «глава внешнеполитического ведомства» as the Kazakh and Kyrgyz press put it
            any("сыртқы саяси ведомствосының басшысы", FOREIGN_MINISTER),
            any("тышкы саясий ведомствосунун башчысы", FOREIGN_MINISTER),
            implied("foreign secretary", "GB"),
            implied("secretary of state", "US"),
            implied("госсекретарь", "US"),
            implied("государственный секретарь", "US"),
            // the head of the State Department is the Secretary of State
            implied("глава госдепартамента", "US"), implied("глава государственного департамента", "US"),
            implied("head of the state department", "US"),
            implied("глава госдепа", "US"), implied("шеф госдепа", "US"),
            implied("глава форин-офиса", "GB"), implied("глава форин-офис", "GB"),
            // the seat of power for its head: «хозяин Кремля», "the Kremlin leader", «глава Белого дома»
            seat("хозяин кремля", "RU"), seat("kremlin leader", "RU"),
            seat("глава белого дома", "US"), seat("хозяин белого дома", "US"),
            implied("мемлекеттік хатшы", "US"),
            implied("мамлекеттик катчы", "US"),

            // a vice president is his own office, which the word "vice" before "president" no longer blocks; Iran has
            // several vice presidents, of whom only the first is one office
            only("вице-президент", VICE_PRESIDENT, VICE_PRESIDENCIES),
            only("vice president", VICE_PRESIDENT, VICE_PRESIDENCIES),
            only("vice-president", VICE_PRESIDENT, VICE_PRESIDENCIES),
            only("первый вице-президент", VICE_PRESIDENT, "IR"),
            only("first vice president", VICE_PRESIDENT, "IR"),
            only("first vice-president", VICE_PRESIDENT, "IR"),
            // «Ирандын биринчи вице-президенти», «Иранның бірінші вице-президенті»
            only("бірінші вице-президент", VICE_PRESIDENT, "IR"),
            only("биринчи вице-президент", VICE_PRESIDENT, "IR"),

            any("министр обороны", DEFENCE_MINISTER),
            any("глава минобороны", DEFENCE_MINISTER), any("руководитель минобороны", DEFENCE_MINISTER),
            any("глава министерства обороны", DEFENCE_MINISTER),
            any("руководитель министерства обороны", DEFENCE_MINISTER),
            // «глава военного ведомства Казахстана»: the press's word for the defence ministry
            any("глава военного ведомства", DEFENCE_MINISTER), any("руководитель военного ведомства", DEFENCE_MINISTER),
            any("глава оборонного ведомства", DEFENCE_MINISTER),
            any("defence minister", DEFENCE_MINISTER), any("defense minister", DEFENCE_MINISTER),
            any("minister of defence", DEFENCE_MINISTER), any("minister of defense", DEFENCE_MINISTER),
            any("minister for defence", DEFENCE_MINISTER), any("minister of national defense", DEFENCE_MINISTER),
            any("minister of national defence", DEFENCE_MINISTER),
            any("defence secretary", DEFENCE_MINISTER), any("defense secretary", DEFENCE_MINISTER),
            any("head of the defence ministry", DEFENCE_MINISTER), any("head of the defense ministry", DEFENCE_MINISTER),
            implied("secretary of defense", DEFENCE_MINISTER, "US"),
            implied("secretary of state for defence", DEFENCE_MINISTER, "GB"),
            any("қорғаныс министрі", DEFENCE_MINISTER),
            any("қорғаныс министрлігінің басшысы", DEFENCE_MINISTER),
            any("коргоо министри", DEFENCE_MINISTER),
            any("коргоо министрлигинин башчысы", DEFENCE_MINISTER),

            // parliament chairs by their house (ParliamentChairs); «Торага» the Kyrgyz title in Russian and English texts
            house("торага жогорку кенеша", UPPER_HOUSE_CHAIR, "KG"),
            new RolePhrase("торага", UPPER_HOUSE_CHAIR, Set.of("KG"), "KG", false, Set.of("ru", "en"), false, false),
            new RolePhrase("toraga", UPPER_HOUSE_CHAIR, Set.of("KG"), "KG", false, Set.of("ru", "en"), false, false),

            // «хозяин саммита», "the summit host", «саммит иесі»: the head of the state where the summit is (SummitHosts)
            any(SummitHosts.RU, PRESIDENT), any("хозяйка саммита", PRESIDENT), any(SummitHosts.EN, PRESIDENT),
            any("host of the summit", PRESIDENT), any("саммит иесі", PRESIDENT), any("саммиттің иесі", PRESIDENT),
            any("саммиттин ээси", PRESIDENT), any("саммит ээси", PRESIDENT),

            // «Ресей Федерациясы Үкіметінің Төрағасы», «Орусия Федерациясынын Өкмөтүнүн Төрагасы», "Chairman of the
            // Government of the Russian Federation": the head of government
            any("үкіметінің төрағасы", PRIME_MINISTER), any("үкімет төрағасы", PRIME_MINISTER),
            any("өкмөтүнүн төрагасы", PRIME_MINISTER), any("өкмөт төрагасы", PRIME_MINISTER),
            any("chairman of the government", PRIME_MINISTER),

            any("коллега", null),
            any("counterpart", null),
            any("colleague", null),
            any("әріптес", null),
            any("кесиптеш", null),
            any("визави", null),
            any("opposite number", null),
            // several counterparts («с казахстанским и кыргызским коллегами»): listed in their plural cases
            plural("коллегами", null), plural("коллегам", null), plural("коллег", null), plural("коллегах", null),
            plural("counterparts", null), plural("colleagues", null),

            // several holders: followed by the countries («...Казахстана и Кыргызстана», "...of Kazakhstan and
            // Uzbekistan"), preceded by them («Қазақстан мен Өзбекстанның...»), or of «обеих стран»
            plural("президенты", PRESIDENT), plural("президентов", PRESIDENT), plural("президентами", PRESIDENT),
            plural("президентам", PRESIDENT),
            plural("главы государств", PRESIDENT), plural("глав государств", PRESIDENT),
            plural("главами государств", PRESIDENT),
            plural("лидеры", PRESIDENT), plural("лидеров", PRESIDENT), plural("лидерами", PRESIDENT),
            plural("руководители", PRESIDENT), plural("руководителей", PRESIDENT), plural("руководителями", PRESIDENT),
            plural("көшбасшылары", PRESIDENT), plural("лидерлери", PRESIDENT), plural("лидерлері", PRESIDENT),
            plural("presidents", PRESIDENT), plural("heads of state", PRESIDENT), plural("leaders", PRESIDENT),
            plural("президенттері", PRESIDENT), plural("президенттери", PRESIDENT),
            plural("мемлекет басшылары", PRESIDENT), plural("мамлекет башчылары", PRESIDENT),
            plural("премьер-министры", PRIME_MINISTER), plural("премьер-министров", PRIME_MINISTER),
            plural("главы правительств", PRIME_MINISTER), plural("глав правительств", PRIME_MINISTER),
            plural("prime ministers", PRIME_MINISTER), plural("heads of government", PRIME_MINISTER),
            plural("министры иностранных дел", FOREIGN_MINISTER), plural("министров иностранных дел", FOREIGN_MINISTER),
            plural("министрами иностранных дел", FOREIGN_MINISTER), plural("министрам иностранных дел", FOREIGN_MINISTER),
            plural("главы мид", FOREIGN_MINISTER), plural("глав мид", FOREIGN_MINISTER), plural("главами мид", FOREIGN_MINISTER),
            plural("главы внешнеполитических ведомств", FOREIGN_MINISTER),
            plural("глав внешнеполитических ведомств", FOREIGN_MINISTER),
            plural("главами внешнеполитических ведомств", FOREIGN_MINISTER),
            plural("руководители внешнеполитических ведомств", FOREIGN_MINISTER),
            plural("руководителей внешнеполитических ведомств", FOREIGN_MINISTER),
            plural("foreign ministers", FOREIGN_MINISTER), plural("ministers of foreign affairs", FOREIGN_MINISTER),
            plural("ministers for foreign affairs", FOREIGN_MINISTER), plural("foreign affairs ministers", FOREIGN_MINISTER),
            plural("сыртқы істер министрлері", FOREIGN_MINISTER), plural("тышкы иштер министрлери", FOREIGN_MINISTER),
            plural("сім басшылары", FOREIGN_MINISTER), plural("тим башчылары", FOREIGN_MINISTER),
            // «Қазақстан мен Өзбекстан Үкімет басшылары», «Кыргызстан менен Өзбекстандын өкмөт башчылары»
            plural("үкімет басшылары", PRIME_MINISTER), plural("өкмөт башчылары", PRIME_MINISTER),
            // the other Russian cases of the same plurals: «о президентах», «премьер-министрам», «с главами правительств»
            plural("президентах", PRESIDENT), plural("главам государств", PRESIDENT), plural("главах государств", PRESIDENT),
            plural("лидерам", PRESIDENT), plural("лидерах", PRESIDENT), plural("руководителям", PRESIDENT),
            plural("руководителях", PRESIDENT),
            plural("премьер-министрам", PRIME_MINISTER), plural("премьер-министрами", PRIME_MINISTER),
            plural("премьер-министрах", PRIME_MINISTER), plural("главам правительств", PRIME_MINISTER),
            plural("главами правительств", PRIME_MINISTER), plural("главах правительств", PRIME_MINISTER),
            plural("министрах иностранных дел", FOREIGN_MINISTER), plural("главам мид", FOREIGN_MINISTER),
            plural("главах мид", FOREIGN_MINISTER), plural("главам внешнеполитических ведомств", FOREIGN_MINISTER),
            plural("главах внешнеполитических ведомств", FOREIGN_MINISTER),
            plural("главы дипведомств", FOREIGN_MINISTER), plural("глав дипведомств", FOREIGN_MINISTER),
            plural("главами дипведомств", FOREIGN_MINISTER), plural("главам дипведомств", FOREIGN_MINISTER),
            plural("главах дипведомств", FOREIGN_MINISTER), plural("руководители дипведомств", FOREIGN_MINISTER),
            plural("руководителей дипведомств", FOREIGN_MINISTER),
            plural("министры обороны", DEFENCE_MINISTER), plural("министров обороны", DEFENCE_MINISTER),
            plural("министрами обороны", DEFENCE_MINISTER), plural("министрам обороны", DEFENCE_MINISTER),
            plural("министрах обороны", DEFENCE_MINISTER), plural("главы минобороны", DEFENCE_MINISTER),
            plural("глав минобороны", DEFENCE_MINISTER), plural("главами минобороны", DEFENCE_MINISTER),
            plural("главы военных ведомств", DEFENCE_MINISTER), plural("глав военных ведомств", DEFENCE_MINISTER),
            plural("главами военных ведомств", DEFENCE_MINISTER),
            plural("defence ministers", DEFENCE_MINISTER), plural("defense ministers", DEFENCE_MINISTER),
            plural("ministers of defence", DEFENCE_MINISTER), plural("ministers of defense", DEFENCE_MINISTER),
            plural("қорғаныс министрлері", DEFENCE_MINISTER), plural("коргоо министрлери", DEFENCE_MINISTER),
            plural("вице-президенты", VICE_PRESIDENT), plural("вице-президентов", VICE_PRESIDENT),
            plural("vice presidents", VICE_PRESIDENT)), ParliamentChairs.PHRASES.stream()).toList();


    /** Titles that name the first holder of an office, not the holder of the day. */
    public static final Set<String> FIRST_HOLDER_TITLES = Set.of("елбасы", "elbasy");
    /** «Первый Президент Казахстана», "Kyrgyzstan's first President", «Тұңғыш Президент», «биринчи президенти». */
    public static final Set<String> FIRST = Set.of("первый", "первого", "первому", "первым", "первом", "first",
            "тунгыш", "тунгуч", "биринчи");

    private RolePhrases() {
    }

    private static RolePhrase any(String text, Office office) {
        return new RolePhrase(text, office, Set.of(), null, false, Set.of(), false, false);
    }

    private static final java.util.Set<String> BARE_MINISTER_WORDS = java.util.Set.of("министр", "minister", "министрі",
            "министри");

    private static RolePhrase minister(String text) {
        return new RolePhrase(text, FOREIGN_MINISTER, Set.of(), null, true, Set.of(), false, false);
    }

    /** Whether the phrase is a bare minister, which stands for the foreign minister only by its state and context. */
    static boolean bareMinister(RolePhrase phrase) {
        return phrase.needsCountry() && phrase.office() == FOREIGN_MINISTER && BARE_MINISTER_WORDS.contains(phrase.text());
    }

    private static RolePhrase leader(String text) {
        return new RolePhrase(text, PRESIDENT, Set.of(), null, true, Set.of(), false, false);
    }

    private static RolePhrase alone(String text, Office office) {
        return new RolePhrase(text, office, Set.of(), null, false, Set.of(), false, true);
    }

    private static RolePhrase plural(String text, Office office) {
        return new RolePhrase(text, office, Set.of(), null, false, Set.of(), true, false);
    }

    private static RolePhrase only(String text, Office office, String... countries) {
        return new RolePhrase(text, office, Set.of(countries), null, false, Set.of(), false, false);
    }

    private static RolePhrase house(String text, Office office, String country) {
        return new RolePhrase(text, office, Set.of(country), country, false, Set.of(), false, false);
    }

    private static RolePhrase china(String text) {
        return new RolePhrase(text, PRIME_MINISTER, Set.of("CN"), "CN", false, Set.of(), false, false);
    }

    private static RolePhrase seat(String text, String country) {
        return new RolePhrase(text, PRESIDENT, Set.of(country), country, false, Set.of(), false, false);
    }

    private static RolePhrase implied(String text, String country) {
        return implied(text, FOREIGN_MINISTER, country);
    }

    private static RolePhrase implied(String text, Office office, String country) {
        return new RolePhrase(text, office, Set.of(country), country, false, Set.of(), false, false);
    }
}
