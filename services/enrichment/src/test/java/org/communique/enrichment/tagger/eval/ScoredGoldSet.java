package org.communique.enrichment.tagger.eval;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;

/**
 * A gold set scored once per class, its figures printed, and held to its floors; a subclass names the set, gives the
 * floors and asserts what the set is made of.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ScoredGoldSet {

    private final String title;
    private final String file;
    private final GoldFloors floors;
    protected List<GoldDocument> docs;
    private GoldSetScore score;

    ScoredGoldSet(String title, String file, GoldFloors floors) {
        this.title = title;
        this.file = file;
        this.floors = floors;
    }

    @BeforeAll
    void evaluate() {
        docs = GoldDocument.read(file);
        score = GoldFloors.scoreAndReport(title + " (" + file + ")", docs);
    }

    @Test
    void floors() {
        floors.assertMetBy(score);
    }
}
