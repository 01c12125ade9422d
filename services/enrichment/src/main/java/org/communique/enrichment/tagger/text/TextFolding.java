package org.communique.enrichment.tagger.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normal forms the tagger compares. {@link #lower} folds case, ё and the Kazakh/Kyrgyz letters onto their
 * Russian neighbours (қ→к, ң→н, ө→о, ү/ұ→у, ә→а, ғ→г, һ→х, і→и) and strips Latin diacritics, so «Тоқаев» and
 * «Токаев», "Erdoğan" and "Erdogan" meet. {@link #key} additionally folds Latin transliteration variants
 * (Zhaparov/Japarov/Dzhaparov, Tokayev/Tokaev, Kassym/Kasym) and is what the gazetteer indexes.
 */
public final class TextFolding {

    private TextFolding() {
    }

    public static String lower(String raw) {
        String fast = plainLower(raw);
        if (fast != null) {
            return fast;
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'ё' -> out.append('е');
                case 'ә' -> out.append('а');
                case 'ғ' -> out.append('г');
                case 'қ' -> out.append('к');
                case 'ң' -> out.append('н');
                case 'ө' -> out.append('о');
                case 'ұ', 'ү' -> out.append('у');
                case 'һ' -> out.append('х');
                case 'і', 'ї' -> out.append('и');
                case 'є' -> out.append('е');
                case 'ı' -> out.append('i');
                case 'ß' -> out.append("ss");
                case '\'', '’', 'ʻ', 'ʼ', '`', '.' -> {
                    // apostrophes inside names (O'zbekiston) and dots of acronyms (U.S.) carry no meaning here
                }
                default -> {
                    if (c >= 'À' && c <= 'ɏ') {
                        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                        out.append(base.charAt(0));
                    } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * What {@link #lower} makes of a Cyrillic letter ({@link #isCyrillic}) in a word: always one letter, the same
     * as folding the whole word would give at its place (checked for every Cyrillic letter by the tests).
     */
    static char foldCyrillic(char c) {
        char lower = Character.toLowerCase(c);
        return switch (lower) {
            case 'ё', 'є' -> 'е';
            case 'ә' -> 'а';
            case 'ғ' -> 'г';
            case 'қ' -> 'к';
            case 'ң' -> 'н';
            case 'ө' -> 'о';
            case 'ұ', 'ү' -> 'у';
            case 'һ' -> 'х';
            case 'і', 'ї' -> 'и';
            default -> lower;
        };
    }

    /**
     * The lower case of a word made only of basic Latin and Russian letters and digits, which need no normalising or
     * folding beyond ё → е; null for anything else. Most words of running text take this path.
     */
    private static String plainLower(String raw) {
        char[] out = null;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            char lower;
            if (c >= 'a' && c <= 'z' || c >= 'а' && c <= 'я' || c >= '0' && c <= '9') {
                lower = c;
            } else if (c >= 'A' && c <= 'Z') {
                lower = (char) (c + ('a' - 'A'));
            } else if (c >= 'А' && c <= 'Я') {
                lower = (char) (c + ('а' - 'А'));
            } else if (c == 'ё' || c == 'Ё') {
                lower = 'е';
            } else {
                return null;
            }
            if (lower != c && out == null) {
                out = raw.toCharArray();
            }
            if (out != null) {
                out[i] = lower;
            }
        }
        return out == null ? raw : new String(out);
    }

    public static String key(String raw) {
        return latinKey(lower(raw));
    }

    /** Folds Latin transliteration variants; Cyrillic words pass through unchanged. */
    static String latinKey(String lower) {
        if (lower.isEmpty() || !isLatin(lower.charAt(0)) || !latinVariant(lower)) {
            return lower;
        }
        String s = lower.replace("dzh", "j").replace("zh", "j").replace("kh", "h").replace("y", "");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i == 0 || c != s.charAt(i - 1) || Character.isDigit(c)) {
                out.append(c);
            }
        }
        return out.isEmpty() ? lower : out.toString();
    }

    /**
     * Whether {@link #latinKey} could change the word: it holds an h or y (dzh, zh, kh, y) or a letter doubled.
     * Most words hold neither and need no replacing or copying.
     */
    private static boolean latinVariant(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == 'h' || c == 'y' || i > 0 && c == lower.charAt(i - 1) && !Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    public static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 'À' && c <= 'ɏ');
    }

    public static boolean isCyrillic(char c) {
        return c >= 'Ѐ' && c <= 'ӿ' || c >= 'Ԁ' && c <= 'ԯ';
    }
}
