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
    private final boolean heldOut;
    protected List<GoldDocument> docs;
    private GoldSetScore score;

    ScoredGoldSet(String title, String file, GoldFloors floors) {
        this(title, file, floors, false);
    }

    /** @param heldOut a set kept from rule writing: its report gives the figures only, not the differences */
    ScoredGoldSet(String title, String file, GoldFloors floors, boolean heldOut) {
        this.title = title;
        this.file = file;
        this.floors = floors;
        this.heldOut = heldOut;
    }

    @BeforeAll
    void evaluate() {
        docs = GoldDocument.read(file);
        String heading = title + " (" + file + ")";
        score = heldOut ? GoldFloors.scoreAndReportFigures(heading, docs) : GoldFloors.scoreAndReport(heading, docs);
    }

    @Test
    void floors() {
        floors.assertMetBy(score);
    }
}
