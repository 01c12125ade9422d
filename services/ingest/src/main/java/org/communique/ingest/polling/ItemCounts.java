package org.communique.ingest.polling;

import java.util.ArrayList;
import java.util.List;

/** What became of the items of one poll; problems name the item and what was wrong with it. */
final class ItemCounts {

    int items;
    int created;
    int updated;
    int unchanged;
    int skipped;
    final List<String> problems = new ArrayList<>();

    void problem(String problem) {
        if (problems.size() < PollOutcome.MAX_PROBLEMS) {
            problems.add(problem);
        }
    }

    void skip(String problem) {
        skipped++;
        problem(problem);
    }
}
