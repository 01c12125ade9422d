package org.communique.enrichment.tagger;

import org.communique.contracts.Tags;
import org.communique.enrichment.tagger.kb.KbDataFiles;
import org.communique.enrichment.tagger.kb.KnowledgeBase;
import org.communique.enrichment.tagger.kb.Person;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chairs of parliament by paradigm: every sentence {@link ChairParadigm} composes (country form × parliament's name
 * between or not × house × chair word × case × date, in ru, en, kk, ky, and what must stay unresolved) must give exactly
 * the holder of that house's chair on the sentence's date, by the knowledge base's terms, and the house's country among
 * the text's countries. Prints the coverage matrix by language and construction.
 */
class ChairParadigmTest {

    @Test
    void everyCellGivesTheChairOfItsDayAndTheHousesCountry() {
        KnowledgeBase kb = KbDataFiles.fromClasspath();
        Set<String> known = kb.people().stream().map(Person::id).collect(Collectors.toSet());
        List<ChairParadigm.Cell> cells = ChairParadigm.cells(kb);
        Map<String, int[]> matrix = new TreeMap<>();
        Map<String, List<String>> examples = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (ChairParadigm.Cell cell : cells) {
            Tags tags = TestTagger.get().tag(new TagInput(null, cell.text(), cell.language(), cell.date()));
            Set<String> found = new LinkedHashSet<>();
            tags.officials().stream().map(Tags.OfficialTag::id).filter(known::contains).forEach(found::add);
            List<String> countries = TestTagger.countries(tags);
            String row = cell.language() + " | " + cell.construction();
            int[] counts = matrix.computeIfAbsent(row, r -> new int[2]);
            counts[1]++;
            if (found.equals(cell.expected()) && countries.containsAll(cell.countries())) {
                counts[0]++;
            } else {
                String line = cell.date() + " " + cell.text() + " expected " + cell.expected() + " " + cell.countries()
                        + " got " + found + " " + countries;
                failures.add(row + ": " + line);
                List<String> some = examples.computeIfAbsent(row, r -> new ArrayList<>());
                if (some.size() < 4) {
                    some.add(line);
                }
            }
        }
        StringBuilder report = new StringBuilder("chair paradigm: ").append(cells.size()).append(" cells, ")
                .append(failures.size()).append(" failing\n");
        matrix.forEach((row, c) -> report.append(String.format("  %-62s %5d/%-5d%s%n", row, c[0], c[1],
                c[0] == c[1] ? "" : "  <-- " + (c[1] - c[0]) + " failing")));
        examples.forEach((row, lines) -> lines.forEach(l -> report.append("    ").append(row).append(": ").append(l)
                .append('\n')));
        System.out.println(report);
        assertThat(cells).hasSizeGreaterThan(1000);
        assertThat(failures).isEmpty();
    }
}
