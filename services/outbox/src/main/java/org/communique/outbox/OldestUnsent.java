package org.communique.outbox;

/**
 * The smallest id an unsent row can have, as far as this instance knows: the oldest unsent row the last
 * backlog count saw (or, if it saw none, the id after the newest row), lowered by this instance's commits
 * since (ids are taken at insert, so a transaction can commit rows below it, also while a count runs).
 * Rows in doubt, rows another relay holds and rows waiting for an older row of their aggregate are unsent,
 * so the count keeps this at or below them.
 * <p>
 * The poll tick claims and counts from here rather than from the first row: rows marked sent leave their
 * entries in the "unsent" indexes until a vacuum removes them, and a walk from the first row reads all of
 * them every second. What this instance cannot know of are rows another instance commits below this id
 * after a count; a rescan from the first row ({@link #reset}, every {@code communique.outbox.rescan-interval}
 * and after settling rows in doubt) finds those.
 */
final class OldestUnsent {

    private long oldest;
    /** The smallest first id appended since the current count began, 0 after a reset meanwhile. */
    private long lowestDuringCount = Long.MAX_VALUE;

    /** Where the tick's claim starts. */
    synchronized long get() {
        return oldest;
    }

    /** Where the count starts. */
    synchronized long beginCount() {
        lowestDuringCount = Long.MAX_VALUE;
        return oldest;
    }

    /**
     * The count found its oldest unsent row at {@code oldestSeen}; with none, {@code oldestSeen} is the id
     * after the newest row.
     */
    synchronized void counted(long oldestSeen) {
        oldest = Math.min(oldestSeen, lowestDuringCount);
    }

    /** A transaction committed rows from {@code firstId} up. */
    synchronized void appended(long firstId) {
        oldest = Math.min(oldest, firstId);
        lowestDuringCount = Math.min(lowestDuringCount, firstId);
    }

    /** The next tick claims and counts from the first row, even if a count that began earlier ends after this. */
    synchronized void reset() {
        oldest = 0;
        lowestDuringCount = 0;
    }
}
