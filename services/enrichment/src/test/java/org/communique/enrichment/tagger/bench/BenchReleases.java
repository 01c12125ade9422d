package org.communique.enrichment.tagger.bench;

import org.communique.enrichment.tagger.TagInput;
import org.communique.enrichment.tagger.eval.GoldDocument;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Russian releases of 2–4 KB (UTF-8) for the benchmark, put together from the project's own gold-set texts: each
 * takes consecutive Russian documents until it passes 2 KB, and never exceeds 4 KB.
 */
public final class BenchReleases {

    static final int MIN_BYTES = 2 * 1024;
    static final int MAX_BYTES = 4 * 1024;

    private BenchReleases() {
    }

    public static List<TagInput> russian() {
        List<GoldDocument> docs = GoldDocument.read("gold/gold.jsonl").stream().filter(d -> d.lang().equals("ru")).toList();
        List<TagInput> releases = new ArrayList<>();
        for (int start = 0; start < docs.size(); start++) {
            StringBuilder text = new StringBuilder();
            int i = start;
            while (bytes(text) < MIN_BYTES) {
                GoldDocument d = docs.get(i % docs.size());
                String paragraph = d.title() + ". " + d.text() + "\n";
                if (bytes(text) + bytes(paragraph) > MAX_BYTES) {
                    break;
                }
                text.append(paragraph);
                i++;
            }
            if (bytes(text) >= MIN_BYTES) {
                GoldDocument first = docs.get(start);
                releases.add(new TagInput(first.title(), text.toString(), null,
                        first.published() == null ? null : LocalDate.parse(first.published())));
            }
        }
        return releases;
    }

    private static int bytes(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
