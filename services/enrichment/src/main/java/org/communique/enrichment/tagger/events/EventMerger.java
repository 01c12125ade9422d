package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags.EventType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Merges the events found sentence by sentence: sentences about the same trip become one event, so the title and the
 * lead together describe the main visit; a bare mention of a visit joins the last one.
 */
final class EventMerger {

    private EventMerger() {
    }

    static List<EventDraft> merge(List<EventDraft> drafts, LocalDate reference) {
        List<EventDraft> out = new ArrayList<>();
        for (EventDraft d : drafts) {
            EventDraft target = null;
            for (EventDraft earlier : out) {
                if (earlier.type == d.type && earlier.compatible(d, reference)) {
                    target = earlier;
                    break;
                }
            }
            if (target == null && d.type == EventType.VISIT && d.isBare()) {
                for (int i = out.size() - 1; i >= 0 && target == null; i--) {
                    if (out.get(i).type == EventType.VISIT) {
                        target = out.get(i);
                    }
                }
            }
            if (target == null) {
                out.add(d);
            } else {
                target.absorb(d, reference);
            }
        }
        return out;
    }
}
