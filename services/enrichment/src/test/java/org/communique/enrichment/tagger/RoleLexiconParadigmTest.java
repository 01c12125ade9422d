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
 * Role-only mentions by the words copy uses for the core offices: every sentence {@link RoleLexicon} composes (wording ×
 * country form × case × date, in ru, en, kk, ky; the country given by a dateline, a speaker, two states named before,
 * a counterpart or a guest; and what must stay unresolved) must give exactly the people the knowledge base's terms say
 * held those offices that day, the rows marked open aside. Prints the coverage matrix by language, wording and
 * country form, the open rows too.
 */
class RoleLexiconParadigmTest {

    @Test
    void everyWordingGivesTheHoldersOfItsDay() {
        KnowledgeBase kb = KbDataFiles.fromClasspath();
        Set<String> known = kb.people().stream().map(Person::id).collect(Collectors.toSet());
        List<RoleLexicon.Cell> cells = RoleLexicon.cells(kb);
        Map<String, int[]> matrix = new TreeMap<>();
        Map<String, List<String>> examples = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (RoleLexicon.Cell cell : cells) {
            Tags tags = TestTagger.get().tag(new TagInput(null, cell.text(), cell.language(), cell.date()));
            Set<String> found = new LinkedHashSet<>();
            tags.officials().stream().map(Tags.OfficialTag::id).filter(known::contains).forEach(found::add);
            int[] counts = matrix.computeIfAbsent(cell.construction(), r -> new int[2]);
            counts[1]++;
            if (found.equals(cell.expected())) {
                counts[0]++;
            } else {
                String line = cell.date() + " " + cell.text() + " expected " + cell.expected() + " got " + found;
                failures.add(cell.construction() + ": " + line);
                List<String> some = examples.computeIfAbsent(cell.construction(), r -> new ArrayList<>());
                if (some.size() < 3) {
                    some.add(line);
                }
            }
        }
        StringBuilder report = new StringBuilder("role lexicon: ").append(cells.size()).append(" cells, ")
                .append(failures.size()).append(" failing\n");
        matrix.forEach((row, c) -> report.append(String.format("  %-75s %5d/%-5d%s%n", row, c[0], c[1],
                c[0] == c[1] ? "" : "  <-- " + (c[1] - c[0]) + " failing")));
        examples.forEach((row, lines) -> lines.forEach(l -> report.append("    ").append(row).append(": ").append(l)
                .append('\n')));
        System.out.println(report);
        assertThat(cells).hasSizeGreaterThan(2000);
        assertThat(failures.stream().filter(f -> !f.contains(RoleLexicon.OPEN + ":"))).isEmpty();
    }
}
