package org.communique.enrichment.tagger.morph;

import java.util.ArrayList;
import java.util.List;

/**
 * Russian personal names of people the knowledge base lacks, brought back to the nominative from the case of the
 * office noun they stand beside («посла ... Нурлана Сейтимова» → «Нурлан Сейтимов», «с министром ... Сергеем
 * Ивановым» → «Сергей Иванов»), and spelt in Latin letters for ids and English names. Names that do not decline
 * (Turkic «-улы», «Шойгу», «Рушайло») are left as they are.
 */
public final class PersonNames {

    /** The grammatical case of an office noun, which a name beside it shares. */
    public enum Case { NOMINATIVE, GENITIVE, DATIVE, INSTRUMENTAL, PREPOSITIONAL, UNKNOWN }

    private static final String[][] LATIN = {
            {"а", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"д", "d"}, {"е", "e"}, {"ё", "e"}, {"ж", "zh"},
            {"з", "z"}, {"и", "i"}, {"й", "y"}, {"к", "k"}, {"л", "l"}, {"м", "m"}, {"н", "n"}, {"о", "o"},
            {"п", "p"}, {"р", "r"}, {"с", "s"}, {"т", "t"}, {"у", "u"}, {"ф", "f"}, {"х", "kh"}, {"ц", "ts"},
            {"ч", "ch"}, {"ш", "sh"}, {"щ", "shch"}, {"ъ", ""}, {"ы", "y"}, {"ь", ""}, {"э", "e"}, {"ю", "yu"},
            {"я", "ya"}, {"ә", "a"}, {"ғ", "g"}, {"қ", "k"}, {"ң", "n"}, {"ө", "o"}, {"ұ", "u"}, {"ү", "u"},
            {"һ", "h"}, {"і", "i"}};

    private PersonNames() {
    }

    /**
     * The case of a Russian office noun from its ending: «посол», «министр», «поверенный» nominative; «посла»,
     * «поверенного» genitive; «послу» dative; «послом» instrumental; «после» prepositional.
     */
    public static Case caseOf(String noun) {
        String w = noun.toLowerCase(java.util.Locale.ROOT);
        if (w.length() < 3 || !isCyrillic(w)) {
            return Case.UNKNOWN;
        }
        if (w.endsWith("ого") || w.endsWith("его")) {
            return Case.GENITIVE;
        }
        if (w.endsWith("ому") || w.endsWith("ему")) {
            return Case.DATIVE;
        }
        if (w.endsWith("ый") || w.endsWith("ий")) {
            return Case.NOMINATIVE;
        }
        if (w.endsWith("ым") || w.endsWith("им") || w.endsWith("ом") || w.endsWith("ем") || w.endsWith("ой")) {
            return Case.INSTRUMENTAL;
        }
        if (w.equals("глава")) {
            return Case.NOMINATIVE;
        }
        if (w.endsWith("а") || w.endsWith("я") || w.equals("главы")) {
            return Case.GENITIVE;
        }
        if (w.endsWith("у") || w.endsWith("ю")) {
            return Case.DATIVE;
        }
        if (w.endsWith("е")) {
            return Case.PREPOSITIONAL;
        }
        char last = w.charAt(w.length() - 1);
        return "аеёиоуыэюя".indexOf(last) < 0 ? Case.NOMINATIVE : Case.UNKNOWN;
    }

    /** The nominative of a Russian name of one to three words (given name, patronymic, surname) in {@code c}. */
    public static List<String> nominative(List<String> words, Case c) {
        if (c == Case.NOMINATIVE || c == Case.UNKNOWN || c == Case.PREPOSITIONAL || words.isEmpty()
                || !isCyrillic(words.get(words.size() - 1))) {
            return words;
        }
        String surname = words.get(words.size() - 1);
        String given = words.get(0).toLowerCase(java.util.Locale.ROOT);
        boolean female = surname.endsWith("ой") || surname.endsWith("ей") && c != Case.INSTRUMENTAL
                || c == Case.INSTRUMENTAL && words.size() > 1 && (given.endsWith("ой") || given.endsWith("ией"));
        List<String> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean last = i == words.size() - 1;
            if (w.length() <= 1) {
                out.add(w);
            } else if (last) {
                out.add(surname(w, c));
            } else if (isPatronymic(w)) {
                out.add(patronymic(w));
            } else {
                out.add(female ? femaleGiven(w, c) : maleGiven(w, c));
            }
        }
        return out;
    }

    private static String surname(String w, Case c) {
        String l = w.toLowerCase(java.util.Locale.ROOT);
        switch (c) {
            case GENITIVE -> {
                if (l.endsWith("ской") || l.endsWith("цкой")) {
                    return cut(w, 2) + "ая";
                }
                if (l.endsWith("ой") && l.length() > 4) {
                    return cut(w, 2) + "а";
                }
                if (l.endsWith("ского") || l.endsWith("цкого")) {
                    return cut(w, 3) + "ий";
                }
                if (endsWithAny(l, "ова", "ева", "ёва", "ина", "ына") || consonantThen(l, 'а')) {
                    return cut(w, 1);
                }
                return w;
            }
            case DATIVE -> {
                if (l.endsWith("ой") && l.length() > 4) {
                    return cut(w, 2) + (l.endsWith("ской") ? "ая" : "а");
                }
                if (l.endsWith("скому") || l.endsWith("цкому")) {
                    return cut(w, 3) + "ий";
                }
                if (endsWithAny(l, "ову", "еву", "ину", "ыну") || consonantThen(l, 'у')) {
                    return cut(w, 1);
                }
                return w;
            }
            case INSTRUMENTAL -> {
                if (l.endsWith("ской")) {
                    return cut(w, 2) + "ая";
                }
                if (l.endsWith("ой") && l.length() > 4) {
                    return cut(w, 2) + "а";
                }
                if (l.endsWith("ским") || l.endsWith("цким")) {
                    return cut(w, 2) + "ий";
                }
                if (endsWithAny(l, "овым", "евым", "иным", "ыным")) {
                    return cut(w, 2);
                }
                if (l.endsWith("ом") && l.length() > 4) {
                    return cut(w, 2);
                }
                return w;
            }
            default -> {
                return w;
            }
        }
    }

    private static String maleGiven(String w, Case c) {
        String l = w.toLowerCase(java.util.Locale.ROOT);
        return switch (c) {
            case GENITIVE -> l.endsWith("я") ? cut(w, 1) + "й" : l.endsWith("ы") ? cut(w, 1) + "а"
                    : consonantThen(l, 'а') ? cut(w, 1) : w;
            case DATIVE -> l.endsWith("ю") ? cut(w, 1) + "й" : consonantThen(l, 'у') ? cut(w, 1) : w;
            case INSTRUMENTAL -> l.endsWith("ем") && l.length() > 4 ? cut(w, 2) + "й"
                    : l.endsWith("ом") && l.length() > 4 ? cut(w, 2) : w;
            default -> w;
        };
    }

    private static String femaleGiven(String w, Case c) {
        String l = w.toLowerCase(java.util.Locale.ROOT);
        if (l.endsWith("ии")) {
            return cut(w, 1) + "я";
        }
        return switch (c) {
            case GENITIVE -> l.endsWith("ы") ? cut(w, 1) + "а" : l.endsWith("и") ? cut(w, 1) + (afterVelar(l) ? "а" : "я") : w;
            case DATIVE -> l.endsWith("е") ? cut(w, 1) + "а" : w;
            case INSTRUMENTAL -> l.endsWith("ией") ? cut(w, 2) + "я" : l.endsWith("ой") ? cut(w, 2) + "а"
                    : l.endsWith("ей") ? cut(w, 2) + "я" : w;
            default -> w;
        };
    }

    public static boolean isPatronymic(String w) {
        String l = w.toLowerCase(java.util.Locale.ROOT);
        for (String stem : new String[]{"ович", "евич", "овна", "евна", "ична", "овны", "евны"}) {
            int at = l.indexOf(stem);
            if (at > 1 && at >= l.length() - stem.length() - 3) {
                return true;
            }
        }
        return false;
    }

    private static String patronymic(String w) {
        String l = w.toLowerCase(java.util.Locale.ROOT);
        int at = Math.max(l.lastIndexOf("вич"), l.lastIndexOf("ичн"));
        if (l.lastIndexOf("вич") >= 0 && l.lastIndexOf("вич") == at) {
            return w.substring(0, at + 3);
        }
        int f = Math.max(l.lastIndexOf("овн"), Math.max(l.lastIndexOf("евн"), l.lastIndexOf("ичн")));
        return f >= 0 ? w.substring(0, f + 3) + "а" : w;
    }

    /** A name in Latin letters («Нурлан Сейтимов» → "Nurlan Seitimov"); Latin names pass through. */
    public static String latin(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            char lower = Character.toLowerCase(c);
            String mapped = null;
            for (String[] pair : LATIN) {
                if (pair[0].charAt(0) == lower) {
                    mapped = pair[1];
                    break;
                }
            }
            if (mapped == null) {
                out.append(c);
            } else if (Character.isUpperCase(c) && !mapped.isEmpty()) {
                out.append(Character.toUpperCase(mapped.charAt(0))).append(mapped, 1, mapped.length());
            } else {
                out.append(mapped);
            }
        }
        return out.toString().replace("iy ", "y ").replace("yy", "y");
    }

    private static boolean consonantThen(String l, char vowel) {
        return l.length() > 3 && l.charAt(l.length() - 1) == vowel
                && "аеёиоуыэюяйь".indexOf(l.charAt(l.length() - 2)) < 0;
    }

    private static boolean afterVelar(String l) {
        return l.length() > 2 && "гкхжшчщ".indexOf(l.charAt(l.length() - 2)) >= 0;
    }

    private static boolean endsWithAny(String l, String... endings) {
        for (String e : endings) {
            if (l.endsWith(e) && l.length() > e.length() + 1) {
                return true;
            }
        }
        return false;
    }

    private static String cut(String w, int n) {
        return w.substring(0, w.length() - n);
    }

    private static boolean isCyrillic(String w) {
        return !w.isEmpty() && w.charAt(0) >= 'Ѐ' && w.charAt(0) <= 'ӿ';
    }
}
