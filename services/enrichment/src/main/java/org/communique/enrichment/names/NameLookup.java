package org.communique.enrichment.names;

import jakarta.enterprise.context.ApplicationScoped;
import org.communique.enrichment.kb.CurrentTagger;
import org.communique.enrichment.tagger.Tagger;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Searches the names of the knowledge base behind the current tagger; the index follows each new version. */
@ApplicationScoped
public class NameLookup {

    private final CurrentTagger tagger;
    private final AtomicReference<NameIndex> index = new AtomicReference<>();

    public NameLookup(CurrentTagger tagger) {
        this.tagger = tagger;
    }

    List<NameHit> search(String kind, String query, String language, int limit) {
        Tagger current = tagger.get();
        NameIndex known = index.get();
        if (known == null || known.version() != current.kbVersion()) {
            known = NameIndex.of(current.knowledgeBase());
            index.set(known);
        }
        return known.search(kind, query, language, limit);
    }
}
