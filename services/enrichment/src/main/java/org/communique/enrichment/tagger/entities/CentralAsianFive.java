package org.communique.enrichment.tagger.entities;

import org.communique.enrichment.tagger.kb.Office;
import org.communique.enrichment.tagger.text.Token;
import org.communique.enrichment.tagger.text.Tokenizer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * "The leaders of the five Central Asian states", «министры иностранных дел пяти стран Центральной Азии», «Орталық
 * Азияның бес мемлекетінің басшылары», «Борбордук Азиянын беш өлкөсүнүн тышкы иштер министрлери»: a set of people the
 * annotation guidelines count as determinable, since the number names the five states; each state's president or
 * foreign minister on the day. Without the number («лидеры стран Центральной Азии») the set is a region's, which the
 * guidelines leave untagged like «лидеры стран СНГ»; so is any other five («глав пяти государств»).
 */
final class CentralAsianFive {

    private static final List<String> STATES = List.of("KZ", "KG", "TJ", "TM", "UZ");

    /** How many words before the number, or after the region, an office may stand. */
    private static final int REACH = 8;

    private final OfficeIndex offices;

    CentralAsianFive(OfficeIndex offices) {
        this.offices = offices;
    }

    /** Adds to {@code people} the five holders each such phrase of the field names. */
    void field(Tokenizer.Field field, List<PersonMention> people, LocalDate date) {
        List<Token> tokens = field.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Phrase phrase = phraseAt(tokens, i);
            if (phrase == null) {
                continue;
            }
            Span span = new Span(field.name(), tokens.get(phrase.first()).start(), tokens.get(phrase.last()).end(),
                    phrase.first(), phrase.last(), tokens.get(i).sentence());
            for (String state : STATES) {
                offices.holder(state, phrase.office(), date).ifPresent(holder ->
                        people.add(new PersonMention(List.of(holder.id()), span, false, false, phrase.office())));
            }
            i = phrase.last();
        }
    }

    private record Phrase(Office office, int first, int last) {
    }

    /** The phrase whose number («пяти», "five", «бес», «беш») is token {@code i}, or null. */
    private static Phrase phraseAt(List<Token> tokens, int i) {
        String word = tokens.get(i).lower();
        if (word.equals("five") || word.equals("пяти") || word.equals("пять") || word.equals("пятью")) {
            int region = regionAfter(tokens, i);
            if (region < 0) {
                return null;
            }
            Phrase before = officeBefore(tokens, i, region);
            return before != null ? before : officeAfter(tokens, i, region);
        }
        if ((word.equals("бес") || word.equals("беш")) && regionBefore(tokens, i)) {
            return officeAfter(tokens, i - 2, i);
        }
        return null;
    }

    /** "Central Asian", «Центральной Азии», «центральноазиатских» within three words after the number: its last token. */
    private static int regionAfter(List<Token> tokens, int number) {
        for (int k = number + 1; k <= Math.min(tokens.size() - 1, number + 3) && same(tokens, number, k); k++) {
            String w = tokens.get(k).lower();
            if (w.startsWith("центральноазиат")) {
                return k;
            }
            if (k + 1 < tokens.size() && same(tokens, number, k + 1)
                    && (w.equals("central") && tokens.get(k + 1).lower().equals("asian")
                    || w.equals("центральной") && tokens.get(k + 1).lower().equals("азии"))) {
                return k + 1;
            }
        }
        return -1;
    }

    /** «Орталық Азияның бес», «Борбордук Азиянын беш», «Орталық Азия елдерінің бес»: the region right before. */
    private static boolean regionBefore(List<Token> tokens, int number) {
        for (int k = number - 1; k >= Math.max(1, number - 2) && same(tokens, number, k); k--) {
            String w = tokens.get(k).lower();
            String before = tokens.get(k - 1).lower();
            if (w.startsWith("азия") && (before.equals("орталык") || before.equals("борбордук"))) {
                return true;
            }
        }
        return false;
    }

    /** Words that may stand between an office and the number: "the leaders of all the five", «глав всех пяти». */
    private static final Set<String> BETWEEN = Set.of("of", "the", "all", "всех");

    /**
     * "the leaders of the five", «министрами иностранных дел пяти»: the office right before the number, nothing but
     * "of the" between (not «Глава МИД Японии посетит пять стран Центральной Азии», a tour).
     */
    private static Phrase officeBefore(List<Token> tokens, int number, int region) {
        for (int k = number - 1; k >= Math.max(0, number - REACH) && same(tokens, number, k); k--) {
            Plural plural = pluralAt(tokens, k);
            if (plural != null && k + plural.length() <= number && between(tokens, k + plural.length(), number)) {
                return new Phrase(plural.office(), k, region);
            }
        }
        return null;
    }

    private static boolean between(List<Token> tokens, int from, int number) {
        for (int j = from; j < number; j++) {
            if (!BETWEEN.contains(tokens.get(j).lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the five Central Asian leaders", «бес мемлекетінің басшылары»: the office right after the region, or after one
     * word naming the states.
     */
    private static Phrase officeAfter(List<Token> tokens, int first, int region) {
        for (int k = region + 1; k <= Math.min(tokens.size() - 1, region + 3) && same(tokens, region, k); k++) {
            Plural plural = pluralAt(tokens, k);
            if (plural != null) {
                return new Phrase(plural.office(), first, Math.min(tokens.size() - 1, k + plural.length() - 1));
            }
        }
        return null;
    }

    /** The plural of an office starting at a token: its office and how many words it takes. */
    private record Plural(Office office, int length) {
    }

    /** The plural of an office starting at token {@code k}, or null. */
    private static Plural pluralAt(List<Token> tokens, int k) {
        String w = tokens.get(k).lower();
        String next = word(tokens, k + 1);
        String third = word(tokens, k + 2);
        if (w.equals("heads") && next.equals("of")) {
            // "heads of state", "heads of the foreign ministries", "heads of foreign policy agencies"
            int i = third.equals("the") ? k + 3 : k + 2;
            if (word(tokens, i).equals("state")) {
                return new Plural(Office.PRESIDENT, i - k + 1);
            }
            if (word(tokens, i).equals("foreign") && word(tokens, i + 1).startsWith("ministr")) {
                return new Plural(Office.FOREIGN_MINISTER, i - k + 2);
            }
            if (word(tokens, i).equals("foreign") && word(tokens, i + 1).equals("policy")) {
                return new Plural(Office.FOREIGN_MINISTER, i - k + 3);
            }
            return null;
        }
        if (w.equals("ministers") && next.equals("of") && third.equals("foreign") && word(tokens, k + 3).equals("affairs")) {
            return new Plural(Office.FOREIGN_MINISTER, 4);
        }
        if (w.startsWith("министр") && next.startsWith("иностранн") && third.equals("дел")
                || (w.equals("сырткы") && next.equals("истер") || w.equals("тышкы") && next.equals("иштер"))
                && third.startsWith("министрлер")
                || w.startsWith("глав") && next.startsWith("внешнеполитическ") && third.startsWith("ведомств")) {
            return new Plural(Office.FOREIGN_MINISTER, 3);
        }
        if (w.equals("foreign") && next.equals("ministers") || w.startsWith("глав") && next.equals("мид")) {
            return new Plural(Office.FOREIGN_MINISTER, 2);
        }
        if (w.startsWith("глав") && next.startsWith("государств")) {
            return new Plural(Office.PRESIDENT, 2);
        }
        boolean leaders = w.equals("leaders") || w.equals("presidents") || w.startsWith("лидер") && !w.startsWith("лидерств")
                || w.startsWith("президентов") || w.startsWith("президентам") || w.startsWith("президенты")
                || w.startsWith("президенттер") || w.startsWith("басшылар") || w.startsWith("башчылар")
                || w.startsWith("кошбасшылар");
        return leaders ? new Plural(Office.PRESIDENT, 1) : null;
    }

    private static String word(List<Token> tokens, int i) {
        return i < tokens.size() ? tokens.get(i).lower() : "";
    }

    private static boolean same(List<Token> tokens, int a, int b) {
        return tokens.get(a).sentence() == tokens.get(b).sentence();
    }
}
