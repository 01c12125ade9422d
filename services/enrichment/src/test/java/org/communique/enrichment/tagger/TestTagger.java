package org.communique.enrichment.tagger;

import org.communique.contracts.Tags;
import org.communique.enrichment.tagger.kb.KbDataFiles;

import java.time.LocalDate;
import java.util.List;

/** One tagger over the shipped data files, shared by the unit tests (building it takes about a second). */
public final class TestTagger {

    private static Tagger tagger;

    private TestTagger() {
    }

    public static synchronized Tagger get() {
        if (tagger == null) {
            tagger = Tagger.build(KbDataFiles.fromClasspath());
        }
        return tagger;
    }

    public static Tags tag(String text, String date) {
        return get().tag(new TagInput(null, text, null, date == null ? null : LocalDate.parse(date)));
    }

    public static List<String> countries(Tags tags) {
        return tags.countries().stream().map(Tags.CountryTag::code).toList();
    }

    public static List<String> officials(Tags tags) {
        return tags.officials().stream().map(Tags.OfficialTag::id).toList();
    }

    static Tags.EventTag firstVisit(Tags tags) {
        return tags.events().stream().filter(e -> e.type() == Tags.EventType.VISIT).findFirst().orElse(null);
    }
}
