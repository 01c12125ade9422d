package org.communique.ingest.releases;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NfcTest {

    private static final Normalizer.Form NFC = Normalizer.Form.NFC;

    private static List<Character> stable() {
        List<Character> stable = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Nfc.isStable((char) c)) {
                stable.add((char) c);
            }
        }
        return stable;
    }

    /**
     * Every character taken as stable is NFC alone and a starter (after a mark of the highest combining class
     * of a Latin letter nothing would need reordering), and no two of them next to each other compose: then
     * no text made of them changes under NFC, since composition joins a starter only with its neighbour.
     */
    @Test
    void textOfStableCharactersIsAlreadyNfc() {
        List<Character> stable = stable();
        assertThat(stable).hasSizeGreaterThan(1_000);
        List<String> changed = new ArrayList<>();
        for (char c : stable) {
            if (!Normalizer.isNormalized(String.valueOf(c), NFC) || !Normalizer.isNormalized("a\u0345" + c, NFC)) {
                changed.add(Integer.toHexString(c));
            }
        }
        char[] pair = new char[2];
        for (char first : stable) {
            pair[0] = first;
            for (char second : stable) {
                pair[1] = second;
                if (!Normalizer.isNormalized(new String(pair), NFC)) {
                    changed.add(Integer.toHexString(first) + "+" + Integer.toHexString(second));
                }
            }
        }
        assertThat(changed).isEmpty();
    }

    @Test
    void isWhatTheNormaliserGives() {
        for (String text : List.of("", "Визит в Астану — «переговоры» № 5… 100 €", "Қазақстан Республикасының Үкіметі",
                "Кыргыз Республикасынын Өкмөтү", "Е\u0308лка и ёлка", "Cafe\u0301 and café", "\u2126 ohm",
                "\u1100\u1161 한", "e\u0301\u0323 and \u0323\u0301", "Ѐ\u0300")) {
            assertThat(Nfc.of(text)).as(text).isEqualTo(Normalizer.normalize(text, NFC));
        }
    }

    @Test
    void returnsStableTextAsItIs() {
        String text = "Министр иностранных дел Казахстана провёл переговоры";
        assertThat(Nfc.of(text)).isSameAs(text);
        assertThat(Nfc.isStable("Cafe\u0301")).isFalse();
    }
}
