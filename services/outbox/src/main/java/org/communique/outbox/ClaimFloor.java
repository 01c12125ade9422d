package org.communique.outbox;

/**
 * Where the relay's next claim starts in id order. Rows marked sent leave their entries in the partial
 * "unsent" indexes until a vacuum removes them, and a claim that starts at the oldest id walks all of them:
 * millions per run under load. A claim therefore starts at the smallest id the previous claim took (the rows
 * it skipped or could not see yet are above it, or are handled below), and goes back lower when:
 * <ul>
 *   <li>a transaction of this instance commits rows with smaller ids (ids are taken at insert, so commits
 *   come out of id order), also while a claim is running ({@link #appended});</li>
 *   <li>the poll tick claims from the oldest unsent row the last backlog count saw ({@link #lowerTo},
 *   see {@link OldestUnsent}), which covers rows another relay held or that were in doubt, and from the
 *   first row every rescan interval and after settling rows in doubt ({@link #reset}), which also covers
 *   rows another instance committed below the floor.</li>
 * </ul>
 */
final class ClaimFloor {

    private long floor;
    /** The smallest first id appended since the current claim began. */
    private long appendedDuringClaim = Long.MAX_VALUE;

    /** The id the claim starts at. */
    synchronized long beginClaim() {
        appendedDuringClaim = Long.MAX_VALUE;
        return floor;
    }

    /** The claim took rows, the smallest of them {@code smallestClaimed}. */
    synchronized void claimed(long smallestClaimed) {
        floor = Math.min(smallestClaimed, appendedDuringClaim);
    }

    /** A transaction committed rows from {@code firstId} up. */
    synchronized void appended(long firstId) {
        floor = Math.min(floor, firstId);
        appendedDuringClaim = Math.min(appendedDuringClaim, firstId);
    }

    /** The next claim starts at {@code id} or lower. */
    synchronized void lowerTo(long id) {
        floor = Math.min(floor, id);
    }

    /** The next claim starts at the oldest row. */
    synchronized void reset() {
        floor = 0;
    }
}
