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

    static final List<String> STATES = List.of("KZ", "KG", "TJ", "TM", "UZ");

    /** How many words before the number, or after the region, an office may stand. */
    private static final int REACH = 5;

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
            int length = officeLength(tokens, k);
            if (length > 0 && k + length <= number && between(tokens, k + length, number)) {
                return new Phrase(office(tokens, k), k, region);
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
            int length = officeLength(tokens, k);
            if (length > 0) {
                return new Phrase(office(tokens, k), first, Math.min(tokens.size() - 1, k + length - 1));
            }
        }
        return null;
    }

    /** How many words the plural of an office starting at token {@code k} takes (0: none starts there). */
    private static int officeLength(List<Token> tokens, int k) {
        String w = tokens.get(k).lower();
        String next = k + 1 < tokens.size() ? tokens.get(k + 1).lower() : "";
        String third = k + 2 < tokens.size() ? tokens.get(k + 2).lower() : "";
        String fourth = k + 3 < tokens.size() ? tokens.get(k + 3).lower() : "";
        if (w.equals("heads") && next.equals("of") && third.equals("state")
                || w.equals("ministers") && next.equals("of") && third.equals("foreign") && fourth.equals("affairs")) {
            return w.equals("heads") ? 3 : 4;
        }
        if (w.startsWith("министр") && next.startsWith("иностранн") && third.equals("дел")
                || (w.equals("сырткы") && next.equals("истер") || w.equals("тышкы") && next.equals("иштер"))
                && third.startsWith("министрлер")
                || w.startsWith("глав") && next.startsWith("внешнеполитическ") && third.startsWith("ведомств")) {
            return 3;
        }
        if (w.equals("foreign") && next.equals("ministers")
                || w.startsWith("глав") && (next.equals("мид") || next.startsWith("государств"))) {
            return 2;
        }
        return w.equals("leaders") || w.equals("presidents") || w.startsWith("лидер") && !w.startsWith("лидерств")
                || w.startsWith("президентов") || w.startsWith("президентам") || w.startsWith("президенты")
                || w.startsWith("президенттер") || w.startsWith("басшылар") || w.startsWith("башчылар")
                || w.startsWith("кошбасшылар") ? 1 : 0;
    }

    /** The office of a plural {@link #officeLength} found at token {@code k}. */
    private static Office office(List<Token> tokens, int k) {
        String w = tokens.get(k).lower();
        String next = k + 1 < tokens.size() ? tokens.get(k + 1).lower() : "";
        boolean foreign = w.equals("foreign") || w.equals("ministers") || w.startsWith("министр") || w.equals("сырткы")
                || w.equals("тышкы") || w.startsWith("глав") && !next.startsWith("государств");
        return foreign ? Office.FOREIGN_MINISTER : Office.PRESIDENT;
    }

    private static boolean same(List<Token> tokens, int a, int b) {
        return tokens.get(a).sentence() == tokens.get(b).sentence();
    }
}
