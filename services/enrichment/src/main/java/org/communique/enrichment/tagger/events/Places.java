package org.communique.enrichment.tagger.events;

import org.communique.enrichment.tagger.entities.CountryMention;
import org.communique.enrichment.tagger.entities.Ref.CountryForm;
import org.communique.enrichment.tagger.morph.RussianForms;
import org.communique.enrichment.tagger.text.Token;
import org.communique.enrichment.tagger.text.Tokenizer;

import java.util.List;
import java.util.Set;

/**
 * Where a visit goes and where it comes from: a country or place after «в», "to", a Kazakh/Kyrgyz dative or locative
 * («Астанаға», «Бішкекте»), the object of «посетит»; the origin after «из», "from", an ablative, or a nominative
 * adjective before the verb («Российская делегация»).
 */
final class Places {

    static final Set<String> TO = Set.of("в", "во", "to", "into", "in");
    private static final Set<String> FROM = Set.of("из", "from");
    /** Kazakh/Kyrgyz dative and locative endings: «Астанаға», «Бішкекте». */
    private static final List<String> TURKIC_TO = List.of("га", "ге", "ка", "ке", "го", "ко", "на", "не", "а", "е",
            "да", "де", "та", "те", "до", "то");
    /** Nouns of a place named after them: «в резиденции Ала-Арча», «в городе Ош», "in the Kremlin palace". */
    private static final Words PLACE_NOUNS = Words.of("резиденц", "дворц", "дворе", "город", "столиц", "аэропорт",
            "residenc", "palace", "=city", "=capital", "airport");
    /** The Kazakh and Kyrgyz locative of what is in a place («Астанадағы», «Канттагы», «Бишкектеги»), folded. */
    private static final List<String> TURKIC_AT = List.of("дагы", "деги", "тагы", "теги", "догу", "тогу");
    private static final List<String> TURKIC_FROM = List.of("дан", "ден", "тан", "тен", "нан", "нен", "дон", "тон", "нон");

    private Places() {
    }

    static String destination(Tokenizer.Field field, List<CountryMention> countries, List<Integer> at) {
        CountryMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        // «Өзбекстан астанасында»: the capital word after a state is that state's capital, not Astana
        int capitalWord = -1;
        for (CountryMention c : countries) {
            if (capitalOf(field, c) && c.span().lastToken() + 1 < field.tokens().size()) {
                capitalWord = c.span().lastToken() + 1;
            }
        }
        for (CountryMention c : countries) {
            if (!(isPlace(c) && isDestination(field, c, at) || capitalOf(field, c)) || onlyWhereSomethingIs(field, c)
                    || c.span().firstToken() == capitalWord || returnedTo(field, c)) {
                continue;
            }
            int distance = Integer.MAX_VALUE;
            for (int trigger : at) {
                if (!inWhatIsSaid(field.tokens(), trigger, c.span().firstToken())) {
                    distance = Math.min(distance, distanceAfter(c, trigger));
                }
            }
            if (distance == Integer.MAX_VALUE) {
                continue;
            }
            if (distance < bestDistance) {
                best = c;
                bestDistance = distance;
            }
        }
        return best == null ? null : best.code();
    }

    /** «Бишкекке кайтты», «вернулся в Бишкек», "returned to Bishkek": where one comes back to is home, not the host. */
    private static boolean returnedTo(Tokenizer.Field field, CountryMention c) {
        List<Token> tokens = field.tokens();
        int sentence = tokens.get(c.span().firstToken()).sentence();
        // the verb before the place («вернулся в Бишкек»), or right after its dative («Бишкекке кайтты»)
        for (int i = Math.max(0, c.span().firstToken() - 2); i < c.span().firstToken(); i++) {
            if (tokens.get(i).sentence() == sentence && EventWords.CAME_BACK.matches(tokens.get(i))) {
                return true;
            }
        }
        int after = c.span().lastToken() + 1;
        return after < tokens.size() && tokens.get(after).sentence() == sentence && EventWords.CAME_BACK.matches(tokens.get(after));
    }

    static boolean isDestination(Tokenizer.Field field, CountryMention c, List<Integer> at) {
        if (TO.contains(c.before())) {
            return true;
        }
        // "to the White House", "at the Kremlin"
        int article = c.span().firstToken() - 1;
        if (c.before().equals("the") && article > 0) {
            String w = field.tokens().get(article - 1).lower();
            if (TO.contains(w) || w.equals("at")) {
                return true;
            }
        }
        // «в резиденции «Ынтымак Ордо»», «во дворце Куксарой», «в городе Ош»: a place noun between
        int noun = c.span().firstToken() - 1;
        if (noun >= 1 && TO.contains(field.tokens().get(noun - 1).lower())
                && PLACE_NOUNS.matches(field.tokens().get(noun))) {
            return true;
        }
        // "leaves for Astana", "set off for Baku": "for" after a verb of setting out
        int forAt = c.span().firstToken() - 1;
        if (c.before().equals("for") && forAt >= 1 && EventWords.SETTING_OUT_FOR.matches(field.tokens().get(forAt - 1))) {
            return true;
        }
        for (String suffix : TURKIC_TO) {
            if (!c.turkicSuffix().isEmpty() && c.turkicSuffix().endsWith(suffix)) {
                return true;
            }
        }
        // «Канттагы авиабазанын ачылышына», «Астанадағы монументтің ашылуына»: the locative of what stands there
        if (!c.turkicSuffix().isEmpty() && TURKIC_AT.stream().anyMatch(c.turkicSuffix()::endsWith)) {
            return true;
        }
        // «Тяньцзинь шаарына», «Түркістан қаласына»: the case sits on the word for city
        int next = c.span().lastToken() + 1;
        if (next < field.tokens().size()) {
            String word = field.tokens().get(next).lower();
            if ((word.startsWith("шаар") || word.startsWith("кала")) && word.length() > 5
                    && (TURKIC_TO.stream().anyMatch(word::endsWith) || TURKIC_AT.stream().anyMatch(word::endsWith))) {
                return true;
            }
        }
        for (int trigger : at) {
            int gap = c.span().firstToken() - trigger;
            if (gap >= 1 && gap <= 2 && EventWords.VISIT_VERBS.matches(field.tokens().get(trigger))
                    && unbroken(field.tokens(), trigger, c.span().firstToken())) {
                return true;
            }
        }
        return false;
    }

    /** The words for a capital: «столица», "capital", «астанасы», «елордасы», «борбору». */
    private static final Words CAPITAL = Words.of("столиц", "=capital", "астанас", "елордас", "борбор");
    /** Turkic case endings of the capital word that put something in it or send it there: «астанасында», «борборуна». */
    private static final List<String> CAPITAL_CASES = List.of("нда", "нде", "на", "не", "га", "ге", "ка", "ке");

    /**
     * "in the capital of Kazakhstan", "in the Kazakh capital", «в казахстанской столице», «Қазақстан астанасында»,
     * «Казакстандын борборунда»: a state's capital as the place, named by the state's name or adjective («в столице
     * Казахстана» already counts as a place noun before a country).
     */
    static boolean capitalOf(Tokenizer.Field field, CountryMention c) {
        List<Token> tokens = field.tokens();
        int first = c.span().firstToken();
        int next = c.span().lastToken() + 1;
        // "in the capital of Kazakhstan"
        if (c.before().equals("of") && isPlace(c) && first >= 3 && CAPITAL.matches(tokens.get(first - 2))
                && tokens.get(first - 3).lower().equals("the") && first >= 4 && TO.contains(tokens.get(first - 4).lower())) {
            return true;
        }
        if (next >= tokens.size() || !CAPITAL.matches(tokens.get(next))) {
            return false;
        }
        String capital = tokens.get(next).lower();
        boolean adjective = c.form() == CountryForm.ADJECTIVE || c.form() == CountryForm.DEMONYM;
        // "in the Kazakh capital", «в казахстанской столице»
        if (adjective && (TO.contains(c.before()) || c.before().equals("the") && first >= 2
                && TO.contains(tokens.get(first - 2).lower()))) {
            return true;
        }
        // «Қазақстан астанасында», «Казакстандын борборуна»: the case on the capital word, the state before it
        return !adjective && isPlace(c) && (capital.startsWith("астанас") || capital.startsWith("елордас")
                || capital.startsWith("борбор")) && CAPITAL_CASES.stream().anyMatch(capital::endsWith);
    }

    /**
     * "needed in Afghanistan", «со штаб-квартирой в Бишкеке», «расположенной в Алматы», «Бишкекте жайгашкан»: a place
     * named as where something is or is wanted, not where anyone goes.
     */
    static boolean onlyWhereSomethingIs(Tokenizer.Field field, CountryMention c) {
        List<Token> tokens = field.tokens();
        int first = c.span().firstToken();
        for (int i = Math.max(0, first - 3); i < first; i++) {
            if (WHERE_SOMETHING_IS.matches(tokens.get(i))) {
                return true;
            }
        }
        int next = c.span().lastToken() + 1;
        return !c.turkicSuffix().isEmpty() && next < tokens.size() && WHERE_SOMETHING_IS.matches(tokens.get(next));
    }

    private static final Words WHERE_SOMETHING_IS = Words.of("=needed", "=located", "=based", "=headquartered",
            "=stationed", "расположен", "дислоцир", "штаб-квартир", "=базирующ", "орналаск",
            "жайгашк");

    /** "said on Tuesday that ... in Afghanistan", «заявил, что ... в Бишкеке»: a place in what was said, not where. */
    private static boolean inWhatIsSaid(List<Token> tokens, int trigger, int place) {
        if (place <= trigger || !SAID.matches(tokens.get(trigger))) {
            return false;
        }
        for (int i = trigger + 1; i < place; i++) {
            if (THAT.matches(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static final Words SAID = Words.of("=said", "=says", "=заявил", "=заявила", "=заявили", "=сообщил",
            "=сообщила", "=told", "=stated");
    private static final Words THAT = Words.of("=that", "=что", "=чтобы");

    /** "on an official visit, discussed Afghanistan": a comma or a stop between the verb and the country parts them. */
    private static boolean unbroken(List<Token> tokens, int from, int to) {
        for (int i = from + 1; i <= to; i++) {
            if (!tokens.get(i).separator().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The place one came back from: «вернулся из Астаны», "returned from Cholpon-Ata" (the place after the verb), «Ташкенттен
     * оралды» (an ablative before it).
     */
    static String cameBackFrom(Tokenizer.Field field, List<CountryMention> countries) {
        for (CountryMention c : countries) {
            if (!isPlace(c)) {
                continue;
            }
            int first = c.span().firstToken();
            if (FROM.contains(c.before())) {
                for (int i = Math.max(0, first - 4); i < first; i++) {
                    if (EventWords.CAME_BACK.matches(field.tokens().get(i))) {
                        return c.code();
                    }
                }
            }
            if (ablativeBefore(field, c, EventWords.CAME_BACK)) {
                return c.code();
            }
        }
        return null;
    }

    /** Verbs of leaving a place named as their object: "left Astana", "leaves Bishkek for Tashkent". */
    private static final Set<String> LEFT = Set.of("left", "leaves", "leaving", "departed", "departs");

    /**
     * «Астанадан Ташкентке аттанды», «из Астаны отбыл в Ташкент», "left Astana for Tashkent": the place a verb of leaving
     * leaves, or null.
     */
    static String leftFrom(Tokenizer.Field field, List<CountryMention> countries) {
        for (CountryMention c : countries) {
            if (!isPlace(c)) {
                continue;
            }
            int last = c.span().lastToken();
            if (LEFT.contains(c.before())) {
                return c.code();
            }
            if (FROM.contains(c.before())) {
                for (int i = last + 1; i <= Math.min(field.tokens().size() - 1, last + 5); i++) {
                    if (EventWords.LEAVING.matches(field.tokens().get(i))) {
                        return c.code();
                    }
                }
            }
            if (ablativeBefore(field, c, EventWords.LEAVING)) {
                return c.code();
            }
        }
        return null;
    }

    /** «Ташкенттен оралды», «Астанадан аттанды»: the place in the ablative, one of {@code verbs} a few words after it. */
    private static boolean ablativeBefore(Tokenizer.Field field, CountryMention c, Words verbs) {
        if (c.turkicSuffix().isEmpty() || TURKIC_FROM.stream().noneMatch(s -> c.turkicSuffix().endsWith(s))) {
            return false;
        }
        int last = c.span().lastToken();
        for (int i = last + 1; i <= Math.min(field.tokens().size() - 1, last + 4); i++) {
            if (verbs.matches(field.tokens().get(i))) {
                return true;
            }
        }
        return false;
    }

    static String origin(List<CountryMention> countries, int trigger) {
        return origin(null, countries, trigger);
    }

    static String origin(Tokenizer.Field field, List<CountryMention> countries, int trigger) {
        if (field != null) {
            // «делегация Узбекистана», "a delegation of Uzbekistan", «Өзбекстан делегациясы»
            for (CountryMention c : countries) {
                int first = c.span().firstToken();
                int last = c.span().lastToken();
                boolean after = first >= 1 && EventWords.DELEGATION.matches(field.tokens().get(first - 1))
                        || first >= 2 && c.before().equals("of")
                        && EventWords.DELEGATION.matches(field.tokens().get(first - 2));
                boolean before = last + 1 < field.tokens().size()
                        && EventWords.DELEGATION.matches(field.tokens().get(last + 1));
                if (isPlace(c) && c.form() != CountryForm.PLACE && (after || before)) {
                    return c.code();
                }
            }
        }
        for (CountryMention c : countries) {
            boolean from = FROM.contains(c.before()) || TURKIC_FROM.stream().anyMatch(s -> c.turkicSuffix().endsWith(s));
            if (from && isPlace(c)) {
                return c.code();
            }
        }
        for (CountryMention c : countries) {
            boolean adjective = c.form() == CountryForm.ADJECTIVE || c.form() == CountryForm.DEMONYM;
            // «Российская делегация», «казахстанские дипломаты»: the subject, in any gender or number
            boolean nominative = !c.inflected() || RussianForms.isNominativeAdjective(c.lastWord());
            if (adjective && c.span().lastToken() < trigger && nominative) {
                return c.code();
            }
        }
        return null;
    }

    /** «Бишкекке», «Алматыға»: a place with a Kazakh or Kyrgyz dative, where one goes. */
    static boolean turkicTo(CountryMention c) {
        return c.turkicSuffix() != null && !c.turkicSuffix().isEmpty()
                && TURKIC_TO.stream().anyMatch(c.turkicSuffix()::endsWith);
    }

    static boolean isPlace(CountryMention c) {
        return c.form() == CountryForm.NAME || c.form() == CountryForm.ABBREVIATION || c.form() == CountryForm.PLACE
                || c.form() == CountryForm.INSTITUTION;
    }

    /** Sorts mentions after the trigger before those ahead of it, nearer first. */
    static int distanceAfter(CountryMention c, int trigger) {
        int d = c.span().firstToken() - trigger;
        return d > 0 ? d : 1000 - d;
    }
}
