package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags;
import org.communique.contracts.Tags.EventStatus;
import org.communique.enrichment.tagger.TagInput;
import org.communique.enrichment.tagger.TestTagger;
import org.communique.enrichment.tagger.events.StatusParadigm.Cell;
import org.communique.enrichment.tagger.events.StatusParadigm.Construction;
import org.communique.enrichment.tagger.events.StatusParadigm.Expected;
import org.communique.enrichment.tagger.events.StatusParadigm.When;
import org.communique.enrichment.tagger.events.StatusParadigm.Where;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The visit status over the whole paradigm of {@link StatusParadigm}: every verb form in ru, en, kk and ky with every
 * date relation and every way of telling the place. Prints the coverage matrix (one row per construction, one column
 * per date relation, one mark per place: city, country, dateline only, venue) and checks every cell the guidelines
 * settle; the cells still open are listed in {@link #OPEN} so that a change to any of them, either way, is seen.
 */
class StatusParadigmTest {

    /** Cells whose status is still wrong, by id; each is a kind not fixed yet (see the README's tagger section). */
    private static final Set<String> OPEN = Set.of();

    private static final Map<Cell, Tags.EventTag> RESULTS = new LinkedHashMap<>();

    @BeforeAll
    static void tagEveryCell() {
        for (Cell cell : StatusParadigm.cells()) {
            Tags tags = TestTagger.get().tag(new TagInput(null, cell.text(), null, StatusParadigm.PUBLISHED));
            RESULTS.put(cell, VisitChecks.visit(tags));
        }
        System.out.println(matrix());
    }

    @Test
    void theParadigmIsWide() {
        assertThat(RESULTS).hasSizeGreaterThan(1000);
        assertThat(RESULTS.keySet()).extracting(c -> c.construction().language()).contains("ru", "en", "kk", "ky");
        for (Expected e : List.of(Expected.PLANNED, Expected.ONGOING, Expected.COMPLETED)) {
            assertThat(RESULTS.keySet()).filteredOn(c -> c.expected() == e).hasSizeGreaterThan(100);
        }
    }

    @Test
    void everySettledCellHasItsStatus() {
        List<String> wrong = new ArrayList<>();
        Set<String> fixedSinceListed = new TreeSet<>(OPEN);
        RESULTS.forEach((cell, visit) -> {
            if (cell.expected() == Expected.DISPUTED) {
                return;
            }
            boolean right = visit != null && visit.status() == cell.expected().status();
            if (!right && !OPEN.contains(cell.id())) {
                wrong.add(cell.id() + " → " + (visit == null ? "no visit" : visit.status()) + ": " + cell.text());
            }
            if (!right) {
                fixedSinceListed.remove(cell.id());
            }
        });
        assertThat(wrong).as("cells with a wrong status").isEmpty();
        assertThat(fixedSinceListed).as("open cells that are right now: take them off the list").isEmpty();
    }

    /**
     * One row per construction, one column per date relation; in each column one mark per place (city, country,
     * dateline, venue): «.» right, P/O/C the wrong status given, «n» no visit found, «?» a disputed cell (its status in
     * lower case), blank a combination left out.
     */
    private static String matrix() {
        StringBuilder out = new StringBuilder("---- status paradigm (published " + StatusParadigm.PUBLISHED + ")\n");
        out.append(String.format("%-34s", "construction (tense)"));
        for (When w : When.values()) {
            out.append(String.format(" %-4s", abbreviation(w)));
        }
        out.append('\n');
        Map<Construction, Map<When, char[]>> rows = new LinkedHashMap<>();
        int settled = 0;
        int right = 0;
        int noVisit = 0;
        int wrongPair = 0;
        Map<String, int[]> byLanguage = new LinkedHashMap<>();
        for (Map.Entry<Cell, Tags.EventTag> e : RESULTS.entrySet()) {
            Cell cell = e.getKey();
            Tags.EventTag visit = e.getValue();
            char[] marks = rows.computeIfAbsent(cell.construction(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(cell.when(), k -> "    ".toCharArray());
            char mark;
            if (visit == null) {
                mark = 'n';
                noVisit++;
            } else if (cell.expected() == Expected.DISPUTED) {
                mark = Character.toLowerCase(letter(visit.status()));
            } else if (visit.status() == cell.expected().status()) {
                mark = '.';
            } else {
                mark = letter(visit.status());
            }
            if (visit != null && (!cell.host().equals(visit.hostCountry()) || !cell.visitor().equals(visit.visitorCountry()))) {
                wrongPair++;
            }
            marks[cell.where().ordinal()] = mark;
            if (cell.expected() != Expected.DISPUTED) {
                settled++;
                int[] counts = byLanguage.computeIfAbsent(cell.construction().language(), k -> new int[2]);
                counts[1]++;
                if (mark == '.') {
                    right++;
                    counts[0]++;
                }
            }
        }
        rows.forEach((construction, byWhen) -> {
            out.append(String.format("%-34s", construction.language() + " " + construction.name() + " ("
                    + construction.tense().name().toLowerCase().replace('_', ' ') + ")"));
            for (When w : When.values()) {
                char[] marks = byWhen.get(w);
                out.append(' ').append(marks == null ? "    " : new String(marks));
            }
            out.append('\n');
        });
        out.append(String.format("settled cells right: %d/%d", right, settled));
        byLanguage.forEach((language, c) -> out.append(String.format("; %s %d/%d", language, c[0], c[1])));
        out.append(String.format("; no visit found: %d of %d cells; visitor or host wrong: %d%n", noVisit, RESULTS.size(),
                wrongPair));
        Map<Where, int[]> byPlace = new LinkedHashMap<>();
        RESULTS.forEach((cell, visit) -> {
            int[] c = byPlace.computeIfAbsent(cell.where(), k -> new int[3]);
            c[2]++;
            if (visit != null) {
                c[0]++;
            }
            if (visit != null && cell.expected() != Expected.DISPUTED && visit.status() == cell.expected().status()) {
                c[1]++;
            }
        });
        byPlace.forEach((where, c) -> out.append(String.format("%s: visit found %d/%d, status right %d%n", where, c[0],
                c[2], c[1])));
        return out.toString();
    }

    private static char letter(EventStatus s) {
        return s == null ? '-' : s.name().charAt(0);
    }

    private static String abbreviation(When w) {
        return switch (w) {
            case NONE -> "none";
            case DAY_BEFORE -> "d-5";
            case DAYS_AGO -> "ago3";
            case DAY_BEFORE_OTHERWISE -> "d-5'";
            case THIS_MORNING -> "morn";
            case PART_OF_MONTH -> "endm";
            case YESTERDAY -> "yday";
            case EVE -> "eve";
            case WEEKDAY_BEFORE -> "mon";
            case LAST_WEEK -> "lwk";
            case RECENTLY -> "rcnt";
            case MONTH_BEFORE -> "m-1";
            case YEAR_BEFORE -> "y-1";
            case TODAY -> "tday";
            case SAME_DAY -> "d0";
            case SPANNING -> "span";
            case THESE_DAYS -> "thes";
            case WEEKDAY_AFTER -> "fri";
            case TOMORROW -> "tmrw";
            case DAY_AFTER -> "d+5";
            case NEXT_WEEK -> "nwk";
            case MONTH_AFTER -> "m+1";
        };
    }
}
