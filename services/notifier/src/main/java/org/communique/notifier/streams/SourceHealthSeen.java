package org.communique.notifier.streams;

import org.communique.notifier.sources.SourceState;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The health of the sources one stream's subscription names, as offered (by the stream's opening, this
 * instance's commits and the poll, in any order) and as seen by the stream. Only a health that changed
 * later than the one seen counts, so a stale read cannot bring back a failure the stream was told is over,
 * and a failure is told once however often it is offered.
 */
final class SourceHealthSeen {

    /** A change the stream is to be told of; {@code failing} false means the source recovered. */
    record Change(SourceState state, boolean failing) {
    }

    private final Map<UUID, SourceState> offered = new ConcurrentHashMap<>();
    /** Only the pusher thread uses it. */
    private final Map<UUID, SourceState> seen = new HashMap<>();

    SourceHealthSeen(Collection<SourceState> atOpening) {
        offer(atOpening);
    }

    void offer(Collection<SourceState> states) {
        for (SourceState state : states) {
            offered.merge(state.sourceId(), state, (old, fresh) -> fresh.changedAt().isAfter(old.changedAt()) ? fresh : old);
        }
    }

    /**
     * Takes what was offered and returns the changes to tell: a source now FAILING, or one that recovered
     * after the stream was told it was failing. A source that was never told failing has nothing to recover from.
     */
    List<Change> take() {
        List<Change> changes = new ArrayList<>();
        for (UUID sourceId : offered.keySet()) {
            SourceState state = offered.remove(sourceId);
            SourceState before = seen.get(sourceId);
            if (state == null || (before != null && !state.changedAt().isAfter(before.changedAt()))) {
                continue;
            }
            seen.put(sourceId, state);
            if (state.failing()) {
                changes.add(new Change(state, true));
            } else if (before != null && before.failing()) {
                changes.add(new Change(state, false));
            }
        }
        return changes;
    }
}
