package org.communique.enrichment.tagger.entities;

import org.communique.enrichment.tagger.gazetteer.Match;
import org.communique.enrichment.tagger.text.Token;

import java.util.List;

/**
 * «Председатель Кабинета Министров — Руководитель Администрации Президента Кыргызской Республики», "Chairman of the
 * Cabinet of Ministers – Head of the Presidential Administration of the Kyrgyz Republic": one person's two offices
 * joined by a dash, the state named once, after the second; the first office is of that state too.
 */
final class DashedOffices {

    /** At most this many words from the dash to the state. */
    private static final int REACH = 8;

    private DashedOffices() {
    }

    /** The index among {@code matches} of the state named after a dash right after the phrase {@code m}, or -1. */
    static int stateAfterDash(List<Token> tokens, List<Match<Ref>> matches, int m) {
        int last = matches.get(m).last();
        if (last + 1 >= tokens.size() || !dashed(tokens.get(last), tokens.get(last + 1))) {
            return -1;
        }
        int sentence = tokens.get(last).sentence();
        for (int k = m + 1; k < matches.size(); k++) {
            Match<Ref> next = matches.get(k);
            if (tokens.get(next.first()).sentence() != sentence || next.first() - last > REACH) {
                return -1;
            }
            for (int i = last + 2; i <= next.first(); i++) {
                if (tokens.get(i).separator().equals(",") || dashed(tokens.get(i - 1), tokens.get(i))) {
                    return -1; // a list or a third office: not one person's pair
                }
            }
            if (next.value() instanceof Ref.CountryRef c) {
                return c.form() == Ref.CountryForm.NAME || c.form() == Ref.CountryForm.ABBREVIATION ? k : -1;
            }
        }
        return -1;
    }

    /** A dash set apart by spaces, or an en or em dash (a hyphen inside a word joins no offices). */
    private static boolean dashed(Token before, Token after) {
        String separator = after.separator();
        return separator.equals("–") || separator.equals("—") || separator.equals("-") && after.start() - before.end() > 1;
    }
}
