package org.communique.enrichment.tagger;

import org.communique.contracts.Tags;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 6: deputy foreign ministers and the chairs of the parliaments of Kyrgyzstan, Uzbekistan and
 * Turkmenistan in the knowledge base. Several deputies serve at once, so only a named one resolves; a chair is whoever
 * held the chair on the release's date. Both are tagged with the role {@code other}.
 */
class DeputiesAndChairsTest {

    @Test
    void aNamedDeputyForeignMinisterIsTheKnowledgeBasePerson() {
        Tags tags = TestTagger.tag("Заместитель министра иностранных дел Узбекистана Рахматулла Нуримбетов провел "
                + "консультации с делегацией Японии.", "2024-03-05");
        assertThat(TestTagger.officials(tags)).contains("rakhmatulla-nurimbetov").noneMatch(id -> id.startsWith("unlisted:"));
        Tags.OfficialTag deputy = tags.officials().stream().filter(o -> o.id().equals("rakhmatulla-nurimbetov"))
                .findFirst().orElseThrow();
        assertThat(deputy.role()).isEqualTo("other");
        assertThat(deputy.country()).isEqualTo("UZ");
    }

    @Test
    void aNamedDeputyInEnglish() {
        Tags tags = TestTagger.tag("Deputy Foreign Minister of Uzbekistan Ilkhom Khaydarov held talks in Tokyo.",
                "2024-10-01");
        assertThat(TestTagger.officials(tags)).contains("ilkhom-khaydarov");
    }

    @Test
    void aRoleOnlyDeputyForeignMinisterResolvesToNoOne() {
        Tags ru = TestTagger.tag("Заместитель министра иностранных дел Казахстана провел консультации в Пекине.",
                "2025-11-20");
        assertThat(TestTagger.officials(ru)).isEmpty();
        Tags kk = TestTagger.tag("Қазақстан Сыртқы істер министрінің орынбасары Бейжіңде консультациялар өткізді.",
                "2025-11-20");
        assertThat(TestTagger.officials(kk)).isEmpty();
    }

    @Test
    void theKyrgyzSpeakerIsWhoeverHeldTheChairThatDay() {
        String text = "Торага Жогорку Кенеша провел встречу с депутатами фракций.";
        assertThat(TestTagger.officials(TestTagger.tag(text, "2013-05-01"))).containsExactly("asylbek-jeenbekov");
        assertThat(TestTagger.officials(TestTagger.tag(text, "2019-05-01"))).containsExactly("dastan-jumabekov");
        Tags tags = TestTagger.tag("Жогорку Кеңештин Төрагасы депутаттар менен жолугушту.", "2023-05-01");
        assertThat(TestTagger.officials(tags)).containsExactly("nurlanbek-turgunbek-uulu");
        assertThat(tags.officials().get(0).role()).isEqualTo("other");
        assertThat(tags.officials().get(0).country()).isEqualTo("KG");
    }

    @Test
    void theUzbekChairsAreWhoeverHeldThemThatDay() {
        String lower = "Спикер Законодательной палаты Олий Мажлиса провел заседание Кенгаша.";
        assertThat(TestTagger.officials(TestTagger.tag(lower, "2010-05-01"))).containsExactly("dilorom-tashmukhamedova");
        assertThat(TestTagger.officials(TestTagger.tag(lower, "2006-05-01"))).containsExactly("erkin-khalilov");
        String upper = "Председатель Сената Узбекистана провел заседание Кенгаша.";
        assertThat(TestTagger.officials(TestTagger.tag(upper, "2010-05-01"))).containsExactly("ilgizar-sobirov");
    }

    @Test
    void theTurkmenChairsAreWhoeverHeldThemThatDayAndTheHalkMaslahatysIsOther() {
        String mejlis = "Председатель Меджлиса Туркменистана приняла делегацию парламента Казахстана.";
        assertThat(TestTagger.officials(TestTagger.tag(mejlis, "2012-05-01"))).contains("akja-nurberdiyeva");
        assertThat(TestTagger.officials(TestTagger.tag(mejlis, "2020-05-01"))).contains("gulshat-mammedova");
        assertThat(TestTagger.officials(TestTagger.tag(mejlis, "2024-05-01"))).contains("dunyagozel-gulmanova");
        Tags halk = TestTagger.tag("Председатель Халк Маслахаты Туркменистана Гурбангулы Бердымухамедов принял "
                + "делегацию.", "2024-05-01");
        assertThat(TestTagger.officials(halk)).contains("gurbanguly-berdimuhamedow");
        assertThat(halk.officials().stream().filter(o -> o.id().equals("gurbanguly-berdimuhamedow")).findFirst()
                .orElseThrow().role()).isEqualTo("other");
    }

    @Test
    void aNamedChairKeepsTheKnowledgeBaseIdAndTravelsUnderIt() {
        Tags tags = TestTagger.tag("Торага Жогорку Кенеша Асылбек Жээнбеков прибыл в Астану и провел переговоры "
                + "с председателем Мажилиса.", "2014-06-10");
        assertThat(TestTagger.officials(tags)).contains("asylbek-jeenbekov").doesNotContain("sooronbay-jeenbekov");
        assertThat(tags.events()).filteredOn(e -> e.type() == Tags.EventType.VISIT).singleElement()
                .satisfies(e -> assertThat(e.visitors()).containsExactly("asylbek-jeenbekov"));
    }
}
