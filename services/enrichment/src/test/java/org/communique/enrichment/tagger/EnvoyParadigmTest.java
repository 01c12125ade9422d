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
 * Ambassadors, spokespeople and press secretaries by paradigm: every sentence {@link EnvoyParadigm} composes for a term
 * of the knowledge base must give exactly the holder of that seat on the sentence's date (nobody for China's
 * spokespeople, several at once). Prints the coverage matrix by language and construction.
 */
class EnvoyParadigmTest {

    @Test
    void everyCellGivesTheHolderOfItsSeatThatDay() {
        KnowledgeBase kb = KbDataFiles.fromClasspath();
        Set<String> known = kb.people().stream().map(Person::id).collect(Collectors.toSet());
        List<EnvoyParadigm.Cell> cells = EnvoyParadigm.cells(kb);
        Map<String, int[]> matrix = new TreeMap<>();
        Map<String, List<String>> examples = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (EnvoyParadigm.Cell cell : cells) {
            Tags tags = TestTagger.get().tag(new TagInput(null, cell.text(), cell.language(), cell.date()));
            Set<String> found = new LinkedHashSet<>();
            tags.officials().stream().map(Tags.OfficialTag::id).filter(known::contains).forEach(found::add);
            String row = cell.language() + " | " + cell.construction();
            int[] counts = matrix.computeIfAbsent(row, r -> new int[2]);
            counts[1]++;
            if (found.equals(cell.expected())) {
                counts[0]++;
            } else {
                String line = cell.date() + " " + cell.text() + " expected " + cell.expected() + " got " + found;
                failures.add(row + ": " + line);
                List<String> some = examples.computeIfAbsent(row, r -> new ArrayList<>());
                if (some.size() < 3) {
                    some.add(line);
                }
            }
        }
        StringBuilder report = new StringBuilder("envoy paradigm: ").append(cells.size()).append(" cells, ")
                .append(failures.size()).append(" failing\n");
        matrix.forEach((row, c) -> report.append(String.format("  %-86s %5d/%-5d%s%n", row, c[0], c[1],
                c[0] == c[1] ? "" : "  <-- " + (c[1] - c[0]) + " failing")));
        examples.forEach((row, lines) -> lines.forEach(l -> report.append("    ").append(row).append(": ").append(l)
                .append('\n')));
        System.out.println(report);
        assertThat(cells).hasSizeGreaterThan(1000);
        assertThat(failures).isEmpty();
    }
}
