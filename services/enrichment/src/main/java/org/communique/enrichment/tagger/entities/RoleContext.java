package org.communique.enrichment.tagger.entities;

import org.communique.enrichment.tagger.gazetteer.Match;
import org.communique.enrichment.tagger.morph.TurkicSuffixes;
import org.communique.enrichment.tagger.text.Token;

import java.util.List;
import java.util.Set;

/**
 * Where an office phrase without a country of its own takes one from its sentence:
 * <ul>
 * <li>a delegation, a side or a retinue named by its country: «в составе казахстанской делегации находится глава
 * МИД», «российского президента сопровождает министр иностранных дел», "according to the Kazakh side, ... the Foreign
 * Minister", «Қазақстан делегациясының құрамында Сыртқы істер министрі» — the nearest country before the phrase;</li>
 * <li>"our": «наш Президент», "our President", «біздің Президент», «биздин Президент» — the speaker's country.</li>
 * </ul>
 */
final class RoleContext {

    private static final List<String> DELEGATION = List.of("делегац", "delegation", "сторон", "=side", "тарап", "свит",
            "entourage", "retinue");
    private static final List<String> RETINUE = List.of("сопровожд", "accompan", "=with");
    private static final Set<String> OURS = Set.of("наш", "наша", "наши", "нашего", "нашей", "нашему", "нашим",
            "нашими", "наших", "our", "биздин", "бизди");

    private RoleContext() {
    }

    /**
     * «наш Президент», "our President", «біздің Президент»: the word right before the phrase; or in Kazakh and Kyrgyz
     * the first-person plural possessive on the office word itself («Президентіміз», «Президентибиз»).
     */
    static boolean ours(List<Token> tokens, int first, String turkicSuffix) {
        return first > 0 && tokens.get(first - 1).sentence() == tokens.get(first).sentence()
                && OURS.contains(tokens.get(first - 1).lower()) || TurkicSuffixes.firstPersonPlural(turkicSuffix);
    }

    /**
     * The first token of the quotation in its sentence that holds the token {@code first} («Глава государства выразил
     * надежду ...», — добавил Смадияров), or -1 when it stands in no quotation marks of its own sentence.
     */
    static int quoteStart(List<Token> tokens, int first) {
        int sentence = tokens.get(first).sentence();
        // straight quotes open and close alike: inside when an odd number of them stands before the token in its
        // sentence, the quotation opening at the nearest
        int straight = 0;
        int nearestStraight = -1;
        for (int i = first; i >= 0 && tokens.get(i).sentence() == sentence; i--) {
            String separator = tokens.get(i).separator();
            if (i < first && (separator.indexOf('»') >= 0 || separator.indexOf('”') >= 0)) {
                return -1;
            }
            if (separator.indexOf('«') >= 0 || separator.indexOf('“') >= 0) {
                return i;
            }
            for (int c = separator.indexOf('"'); c >= 0; c = separator.indexOf('"', c + 1)) {
                straight++;
                nearestStraight = nearestStraight < 0 ? i : nearestStraight;
            }
        }
        return straight % 2 == 1 ? nearestStraight : -1;
    }

    /** The first token after the quotation that holds {@code first}, or the end of its sentence. */
    static int quoteEnd(List<Token> tokens, int first) {
        int sentence = tokens.get(first).sentence();
        int j = first + 1;
        while (j < tokens.size() && tokens.get(j).sentence() == sentence) {
            String separator = tokens.get(j).separator();
            if (separator.indexOf('»') >= 0 || separator.indexOf('”') >= 0 || separator.indexOf('"') >= 0) {
                return j;
            }
            j++;
        }
        return j;
    }

    /** Words of a dateline's sentence besides its city and date (an agency's name), at most. */
    private static final int DATELINE_WORDS = 8;

    /**
     * «АСТАНА, 5 марта. Министр иностранных дел провел встречу ...», "BISHKEK, May 3 – The President ...": the state of
     * the city in capitals that opens the field, followed by a comma or a full stop, for a phrase in the dateline's own
     * sentence or in the next one when the dateline stands alone («АСТАНА, 5 марта.»); else null.
     */
    static String datelineCountry(List<Token> tokens, List<Match<Ref>> matches, int first) {
        return dateline(tokens, matches, first, false);
    }

    /**
     * The state of the dateline that opens the field («АСТАНА, 5 марта.», "BISHKEK, May 3 –", and a city in title case
     * followed by a day, «Астана, 16 апреля.», which may as well be an event's venue), wherever the phrase is; else null.
     */
    static String datelineState(List<Token> tokens, List<Match<Ref>> matches) {
        return matches.isEmpty() ? null : dateline(tokens, matches, matches.get(0).first(), true);
    }

    private static String dateline(List<Token> tokens, List<Match<Ref>> matches, int first, boolean titleCase) {
        if (matches.isEmpty() || matches.get(0).first() != 0
                || !(matches.get(0).value() instanceof Ref.CountryRef c) || c.form() != Ref.CountryForm.PLACE) {
            return null;
        }
        Match<Ref> city = matches.get(0);
        Token head = tokens.get(0);
        if (head.raw().length() < 2 || city.last() + 1 >= tokens.size()) {
            return null;
        }
        Token next = tokens.get(city.last() + 1);
        String after = next.separator().trim();
        if (!head.isAllUpper() && !(titleCase && after.equals(",") && next.isNumber())) {
            return null;
        }
        if (!after.startsWith(",") && !after.startsWith(".")) {
            return null;
        }
        int sentence = head.sentence();
        int at = tokens.get(first).sentence();
        if (at == sentence) {
            return c.code();
        }
        if (at != sentence + 1) {
            return null;
        }
        int words = 0;
        while (words < tokens.size() && tokens.get(words).sentence() == sentence) {
            words++;
        }
        return words <= DATELINE_WORDS ? c.code() : null;
    }

    /** The country of the delegation or side the sentence names before the phrase, or null. */
    static String delegationCountry(List<Token> tokens, List<Match<Ref>> matches, int m) {
        int sentence = tokens.get(matches.get(m).first()).sentence();
        for (int k = m - 1; k >= 0; k--) {
            Match<Ref> previous = matches.get(k);
            if (tokens.get(previous.first()).sentence() != sentence) {
                return null;
            }
            if (previous.value() instanceof Ref.CountryRef c && c.form() != Ref.CountryForm.PLACE
                    && c.form() != Ref.CountryForm.INSTITUTION) {
                // the delegation or side is the country's («казахстанской делегации», "Kazakh side"), or the phrase
                // is in the country leader's retinue («российского президента сопровождает министр»)
                int to = Math.min(previous.last() + 2, matches.get(m).first() - 1);
                boolean ofTheCountry = cue(tokens, previous.last() + 1, to, DELEGATION)
                        && (!receivedDelegation(tokens, previous.last() + 1, to)
                        || cueInSentence(tokens, matches.get(m).first(), HEADED));
                boolean retinue = cue(tokens, previous.last() + 1, matches.get(m).first() - 1, RETINUE);
                return ofTheCountry || retinue ? c.code() : null;
            }
        }
        return null;
    }

    /** Words of heading, folded: «её возглавляет», "is headed by", «делегацияны ... басқарады», «жетектеп». */
    private static final List<String> HEADED = List.of("возглав", "headed", "led", "heads", "leads", "баскар", "жетекте",
            "жетектеп", "башта");

    /**
     * «В Ашхабад прибыла делегация Узбекистана. Её возглавляет министр иностранных дел»: a phrase right after a word of
     * heading, after a sentence naming a country's delegation — that country, or null.
     */
    static String headedDelegationCountry(List<Token> tokens, List<Match<Ref>> matches, int m) {
        int first = matches.get(m).first();
        int sentence = tokens.get(first).sentence();
        if (!cueInSentenceBefore(tokens, first, sentence, HEADED)) {
            return null;
        }
        String found = null;
        for (int k = m - 1; k >= 0; k--) {
            Match<Ref> previous = matches.get(k);
            int s = tokens.get(previous.first()).sentence();
            if (s < sentence - 1) {
                break;
            }
            if (s == sentence - 1 && previous.value() instanceof Ref.CountryRef c && c.form() != Ref.CountryForm.PLACE
                    && c.form() != Ref.CountryForm.INSTITUTION
                    && (cue(tokens, previous.last() + 1, previous.last() + 2, DELEGATION)
                    || previous.first() > 0 && cue(tokens, previous.first() - 1, previous.first() - 1, DELEGATION))) {
                if (found != null && !found.equals(c.code())) {
                    return null;
                }
                found = c.code();
            }
        }
        return found;
    }

    /** A cue at most three words before {@code first} in its sentence: «возглавляет министр», "headed by the Minister". */
    private static boolean cueInSentenceBefore(List<Token> tokens, int first, int sentence, List<String> cues) {
        for (int i = first - 1; i >= Math.max(0, first - 3) && tokens.get(i).sentence() == sentence; i--) {
            if (cue(tokens, i, i, cues)) {
                return true;
            }
        }
        return false;
    }

    /** The country named before the first of two offices joined by a dash, at most eight words back. */
    static String countryBeforeDash(List<Token> tokens, List<Match<Ref>> matches, int m) {
        int first = matches.get(m).first();
        for (int k = m - 1; k >= 0; k--) {
            Match<Ref> previous = matches.get(k);
            if (tokens.get(previous.first()).sentence() != tokens.get(first).sentence() || first - previous.last() > 8) {
                return null;
            }
            if (previous.value() instanceof Ref.CountryRef c && c.form() != Ref.CountryForm.PLACE
                    && c.form() != Ref.CountryForm.INSTITUTION) {
                return c.code();
            }
        }
        return null;
    }

    /** Words of saying or of whose words these are: «по словам», «айтуынша», "according to", "said". */
    private static final List<String> SPEECH = List.of("айтуынша", "айтуы", "айтымында", "созинше", "созуно", "словам",
            "according", "=said", "=says", "=told", "заявил", "отметил", "сказал", "сообщил", "подчеркнул", "деди", "=деп",
            "билдирди", "мәлимде", "малимде", "белгиледи", "атап");

    /** Whether the sentence of token {@code at} quotes someone or says whose words it gives. */
    static boolean speechInSentence(List<Token> tokens, int at) {
        return quoteStart(tokens, at) >= 0 || cueInSentence(tokens, at, SPEECH);
    }

    private static final Set<String> SAYING = Set.of("деди", "деді", "деп", "дейт", "дейді", "деген", "дейди");

    /** Whether the field quotes anyone: quotation marks, or a Kazakh or Kyrgyz verb of saying («– деди министр»). */
    static boolean reportedSpeech(List<Token> tokens) {
        for (Token t : tokens) {
            String separator = t.separator();
            if (separator.indexOf('«') >= 0 || separator.indexOf('“') >= 0 || separator.indexOf('"') >= 0
                    || SAYING.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of token {@code at}'s sentence begins with a cue («Казахстанскую делегацию возглавил ...»). */
    private static boolean cueInSentence(List<Token> tokens, int at, List<String> cues) {
        for (int i = SentenceBounds.first(tokens, at, 0), end = SentenceBounds.last(tokens, at, 0); i <= end; i++) {
            if (cue(tokens, i, i, cues)) {
                return true;
            }
        }
        return false;
    }

    /** Russian accusative and instrumental endings of «делегация» and «сторона». */
    private static final List<String> RUSSIAN_OBJECT = List.of("делегацию", "делегацией", "делегациями", "сторону",
            "стороной");
    /** Kazakh and Kyrgyz accusative, dative and instrumental suffixes after «делегация» and «тарап». */
    private static final Set<String> TURKIC_OBJECT = Set.of("сын", "сін", "ны", "ні", "сына", "сіне", "га", "ға", "ка",
            "қа", "сымен", "менен", "мен", "ты", "ын", "ына", "пен", "ымен", "ыменен");
    private static final Set<String> WITH = Set.of("мен", "менен", "бен", "пен");

    /**
     * «Өзбек делегациясын Премьер-Министр қабылдады», «узбекскую делегацию принял премьер-министр»: a delegation or
     * side in a case of the one received, met or spoken to, which lends its country to no office after it (unless the
     * office heads it: «Казахстанскую делегацию возглавил министр»).
     */
    private static boolean receivedDelegation(List<Token> tokens, int from, int to) {
        for (int i = from; i <= to && i < tokens.size(); i++) {
            String w = tokens.get(i).lower();
            if (RUSSIAN_OBJECT.contains(w)) {
                return true;
            }
            String stem = w.startsWith("делегация") ? "делегация" : w.startsWith("тарап") ? "тарап" : null;
            if (stem == null) {
                continue;
            }
            String suffix = w.substring(stem.length());
            if (TURKIC_OBJECT.contains(suffix)) {
                return true;
            }
            if ((suffix.equals("сы") || suffix.equals("ы")) && i + 1 < tokens.size()
                    && WITH.contains(tokens.get(i + 1).lower())) {
                return true; // «Казак делегациясы менен»
            }
        }
        return false;
    }

    private static boolean cue(List<Token> tokens, int from, int to, List<String> cues) {
        for (int i = from; i <= to && i < tokens.size(); i++) {
            String w = tokens.get(i).lower();
            for (String cue : cues) {
                if (cue.startsWith("=") ? w.equals(cue.substring(1)) : w.startsWith(cue)) {
                    return true;
                }
            }
        }
        return false;
    }
}
