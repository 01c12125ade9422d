package org.communique.enrichment.tagger.morph;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Generates the case forms of a Russian word from its dictionary form: nouns and names by their ending
 * («Бишкек» → «Бишкеке», «Россия» → «России», «Сергей» → «Сергея»), surnames in -ов/-ев/-ин/-ын with
 * their female and plural forms («Жапаров» → «Жапаровым», «Отунбаева»), adjectives in all genders and numbers
 * («казахстанский» → «казахстанских», and the compound prefix «казахстанско-»). Input and output are lower case.
 * Generation over-produces a little (a noun gets forms it never takes), which is harmless: only words of the
 * knowledge base are inflected, and a generated non-word never occurs in text.
 */
public final class RussianForms {

    private static final String CONSONANTS = "бвгджзклмнпрстфхцчшщ";
    private static final String VELARS_AND_SIBILANTS = "гкхжшчщ";
    private static final String[] ADJECTIVE_ENDINGS = {"ий", "ый", "ой", "ая", "яя", "ое", "ее", "ые", "ие"};
    private static final Pattern ANY_ADJECTIVE_FORM =
            Pattern.compile("\\p{L}{3,}(ий|ый|ой|ая|ое|ые|ие|ого|ому|ом|ую|ым|им|ых|их|ыми|ими)");

    private RussianForms() {
    }

    public static Set<String> forms(String word, WordClass wordClass) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        if (word.length() < 2 || !isCyrillicWord(word)) {
            return forms;
        }
        switch (wordClass) {
            case INVARIANT -> {
            }
            case NOUN -> noun(word, forms);
            case ADJECTIVE -> adjective(word, forms, false);
            case COUNTRY_ADJECTIVE -> adjective(word, forms, true);
            case SURNAME -> surname(word, forms);
            case AUTO -> {
                if (isNominativeAdjective(word)) {
                    adjective(word, forms, false);
                } else {
                    noun(word, forms);
                }
            }
        }
        return forms;
    }

    /** A dictionary (nominative) form of an adjective in any gender or number: «российская», «казахстанские». */
    public static boolean isNominativeAdjective(String word) {
        if (word.length() < 5) {
            return false;
        }
        for (String ending : ADJECTIVE_ENDINGS) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** An adjective in any case: «русском», «казахских». */
    public static boolean isAdjective(String word) {
        return ANY_ADJECTIVE_FORM.matcher(word).matches();
    }

    private static void surname(String word, Set<String> forms) {
        if (word.endsWith("ов") || word.endsWith("ев") || word.endsWith("ин") || word.endsWith("ын")) {
            for (String ending : new String[]{"а", "у", "ым", "е", "ой", "ы", "ых", "ыми"}) {
                forms.add(word + ending);
            }
        } else if (word.endsWith("ова") || word.endsWith("ева") || word.endsWith("ина") || word.endsWith("ына")) {
            String stem = word.substring(0, word.length() - 1);
            forms.add(stem + "ой");
            forms.add(stem + "у");
        } else if (isNominativeAdjective(word)) {
            adjective(word, forms, false);
        } else {
            noun(word, forms);
        }
    }

    private static void noun(String word, Set<String> forms) {
        char last = word.charAt(word.length() - 1);
        String stem = word.substring(0, word.length() - 1);
        if (CONSONANTS.indexOf(last) >= 0) {
            forms.add(word + "а");
            forms.add(word + "у");
            forms.add(word + "е");
            forms.add(word + ("жшчщц".indexOf(last) >= 0 ? "ем" : "ом"));
            return;
        }
        switch (last) {
            case 'й' -> {
                forms.add(stem + "я");
                forms.add(stem + "ю");
                forms.add(stem + "ем");
                forms.add(stem + (word.endsWith("ий") ? "и" : "е"));
            }
            case 'ь' -> {
                forms.add(stem + "я");
                forms.add(stem + "ю");
                forms.add(stem + "ем");
                forms.add(stem + "е");
                forms.add(stem + "и");
                forms.add(stem + "ью");
            }
            case 'а' -> {
                boolean soft = VELARS_AND_SIBILANTS.indexOf(stem.charAt(stem.length() - 1)) >= 0;
                forms.add(stem + (soft ? "и" : "ы"));
                forms.add(stem + "е");
                forms.add(stem + "у");
                forms.add(stem + (soft && "жшчщ".indexOf(stem.charAt(stem.length() - 1)) >= 0 ? "ей" : "ой"));
            }
            case 'я' -> {
                if (word.endsWith("ия")) {
                    forms.add(stem + "и");
                    forms.add(stem + "ю");
                    forms.add(stem + "ей");
                } else {
                    forms.add(stem + "и");
                    forms.add(stem + "е");
                    forms.add(stem + "ю");
                    forms.add(stem + "ей");
                }
            }
            case 'ы' -> {
                // plural names: «Штаты», «Эмираты», «Нидерланды»
                forms.add(stem + "ов");
                forms.add(stem + "ам");
                forms.add(stem + "ами");
                forms.add(stem + "ах");
            }
            default -> {
                // -о, -е, -и, -у, -ю, -э: indeclinable («Душанбе», «Алматы», «Лукашенко», «Нуртлеу»)
            }
        }
    }

    private static void adjective(String word, Set<String> forms, boolean compoundPrefix) {
        String ending = null;
        for (String candidate : ADJECTIVE_ENDINGS) {
            if (word.endsWith(candidate)) {
                ending = candidate;
                break;
            }
        }
        if (ending == null) {
            noun(word, forms);
            return;
        }
        String stem = word.substring(0, word.length() - 2);
        boolean soft = VELARS_AND_SIBILANTS.indexOf(stem.charAt(stem.length() - 1)) >= 0;
        String i = soft ? "и" : "ы";
        for (String e : new String[]{i + "й", "ой", "ого", "ому", i + "м", "ом", "ая", "ую", "ое", i + "е", i + "х",
                i + "ми", "ою"}) {
            forms.add(stem + e);
        }
        if (compoundPrefix) {
            forms.add(stem + "о");
        }
    }

    private static boolean isCyrillicWord(String word) {
        char c = word.charAt(0);
        return c >= 'а' && c <= 'я' || c == 'ё';
    }
}
