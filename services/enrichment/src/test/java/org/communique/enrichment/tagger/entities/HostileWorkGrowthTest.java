package org.communique.enrichment.tagger.entities;

import org.communique.contracts.Mention;
import org.communique.enrichment.tagger.TestTagger;
import org.communique.enrichment.tagger.events.EventExtractor;
import org.communique.enrichment.tagger.kb.KnowledgeBase;
import org.communique.enrichment.tagger.text.LanguageDetector;
import org.communique.enrichment.tagger.text.Token;
import org.communique.enrichment.tagger.text.Tokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A text a caller controls must cost work in proportion to its length: a rule that, for each office mention, looks at
 * every token or every person of the document costs the square of it (a release of 200,000 characters of «Президент»
 * held a core for seconds). Each hostile unit is repeated n and 2n times and the entity and event extraction run on
 * lists that count every token, country mention, person and unlisted official read from them: the reads of 2n repeats
 * must be at most about twice those of n. The counts are those of the work itself, not of a clock.
 */
class HostileWorkGrowthTest {

    private static final int REPEATS = 1500;
    /** Twice the work and a margin for the ends of the text; a step with work per mention growing with n gives 3-4. */
    private static final double MOST_GROWTH = 2.25;
    private static final LocalDate DATE = LocalDate.parse("2024-02-01");

    private static EntityExtractor entities;
    private static EventExtractor events;

    @BeforeAll
    static void build() {
        KnowledgeBase kb = TestTagger.get().knowledgeBase();
        OfficeIndex offices = new OfficeIndex(kb);
        entities = new EntityExtractor(EntityGazetteer.build(kb), offices);
        events = new EventExtractor(offices);
    }

    static Stream<String> hostileUnits() {
        return Stream.of(
                "Президент ",
                "Глава государства ",
                "Президент принял ",
                "Глава государства. Казахстан. ",
                "Глава государства встретился с президентом Франции. ",
                "узбекский министр ",
                "Министр иностранных дел ",
                "глава МИД ",
                "Президенті ",
                "Мемлекет басшысы ",
                "Наш Президент ",
                "«Министр иностранных дел проведёт переговоры», — сказал Токаев. ",
                "«Наш Президент», — сказал посол Казахстана. ",
                "Наш Президент. Казахстан. ",
                "«Наш Президент», — сказал он. Казахстан. ",
                "Посол ",
                "Посол Казахстана Токаев ",
                "Ambassador of Kazakhstan ",
                "his counterpart ",
                "Tokayev met his counterpart. ",
                "Tokayev met his counterpart from Uzbekistan and China. ",
                "Токаев провёл переговоры с казахстанским коллегой. ",
                "Tokayev and Mirziyoyev. The two leaders ",
                "Prime Minister ",
                "Садыр Жапаров, президент Кыргызстана ",
                "Казахстан, Кыргызстан, Россия, Китай, ",
                "и министр встретился с коллегой ",
                "«Казахстан» ",
                "Камилов провёл переговоры с казахстанским и кыргызским коллегами. ",
                "лидеры пяти государств Центральной Азии ",
                "«Біздің Президент», — деді Өзбекстан елшісі. ",
                "По конституции Казахстана полномочия переходят к Председателю Сената. ");
    }

    @ParameterizedTest
    @MethodSource("hostileUnits")
    void theWorkOfTwiceTheRepeatsIsAboutTwiceTheWork(String unit) {
        Reads once = reads(unit.repeat(REPEATS));
        Reads twice = reads(unit.repeat(2 * REPEATS));
        System.out.printf("hostile work: %-40s tokens read %9d -> %9d, mentions read %8d -> %8d%n",
                "\"" + unit.strip() + "\"", once.tokens, twice.tokens, once.mentions, twice.mentions);
        assertThat(twice.tokens).as("tokens read, n -> 2n repeats").isGreaterThan(once.tokens)
                .isLessThanOrEqualTo((long) (MOST_GROWTH * once.tokens));
        assertThat(twice.mentions).as("countries, people and unlisted officials read, n -> 2n repeats")
                .isLessThanOrEqualTo((long) (MOST_GROWTH * once.mentions) + 100);
    }

    private record Reads(long tokens, long mentions) {
    }

    private static Reads reads(String text) {
        String language = LanguageDetector.detect(null, "", text);
        Tokenizer.Field title = Tokenizer.tokenize(Mention.TITLE, "", 0);
        Tokenizer.Field plain = Tokenizer.tokenize(Mention.TEXT, text, 0);
        Counting<Token> tokens = new Counting<>(plain.tokens());
        Tokenizer.Field field = new Tokenizer.Field(plain.name(), plain.text(), tokens, plain.sentences());
        Counting<CountryMention> countries = new Counting<>(new ArrayList<>());
        Counting<PersonMention> people = new Counting<>(new ArrayList<>());
        Counting<UnlistedMention> unlisted = new Counting<>(new ArrayList<>());
        List<Tokenizer.Field> fields = List.of(title, field);
        Entities found = entities.extract(fields, language, DATE, countries, people, unlisted);
        events.extract(fields, found, language, DATE);
        return new Reads(tokens.reads, people.reads + countries.reads + unlisted.reads);
    }

    /** A list that counts the elements read from it, however they are read (by index, iterator or stream). */
    private static final class Counting<T> extends AbstractList<T> implements RandomAccess {

        private final List<T> inner;
        long reads;

        Counting(List<T> inner) {
            this.inner = inner;
        }

        @Override
        public T get(int index) {
            reads++;
            return inner.get(index);
        }

        @Override
        public int size() {
            return inner.size();
        }

        @Override
        public T set(int index, T element) {
            return inner.set(index, element);
        }

        @Override
        public void add(int index, T element) {
            inner.add(index, element);
        }

        @Override
        public T remove(int index) {
            return inner.remove(index);
        }
    }
}
